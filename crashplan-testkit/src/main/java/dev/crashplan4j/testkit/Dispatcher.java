package dev.crashplan4j.testkit;

import java.util.Optional;

/**
 * Decides what the fake console answers to a request. The console's own routes over the
 * tenant are the default ({@link FakeCrashPlanServer#consoleRoutes()}); a test can put its own
 * in front of them with {@link FakeCrashPlanServer#dispatcher(Dispatcher)}, delegating what it
 * does not handle.
 *
 * <pre>{@code
 * Dispatcher routes = server.consoleRoutes();
 * server.dispatcher(request -> request.path().startsWith("/api/v1/User")
 *     ? Optional.of(ConsoleAnswer.enveloped(List.of()))
 *     : routes.dispatch(request));
 * }</pre>
 */
@FunctionalInterface
public interface Dispatcher {

  /**
   * Returns the answer to {@code request}, or empty when this console does not serve its
   * endpoint: the server then answers 404 (405 for a wrong method) and reports the request as
   * unserved. The console's refusals (400, 401, 404...) are answers like any other.
   */
  Optional<ConsoleAnswer> dispatch(ConsoleRequest request);
}
