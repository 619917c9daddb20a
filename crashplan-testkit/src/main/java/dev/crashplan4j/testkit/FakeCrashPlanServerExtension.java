package dev.crashplan4j.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A JUnit 5 extension that starts the fake CrashPlan console for each test, resets and stops
 * it, and injects it; nothing else. After each test it checks that every request went to an
 * endpoint the fake serves. It knows no client: any CrashPlan client, in any language, can be
 * pointed at {@link FakeCrashPlanServer#baseUrl()}. (For a ready crashplan4j client as well,
 * use {@code FakeCrashPlanExtension} of {@code crashplan-testkit-junit5}.)
 *
 * <p>On an instance field, each test gets its own server. On a static field, the tests of the
 * class share one server, reset to a fresh tenant before each test; tests that run
 * concurrently get a server each, so parallel execution stays isolated. Tests receive
 * {@link FakeCrashPlanServer} or {@link FakeTenant} as parameters, or call {@link #server()}.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension()
 *       .seed(tenant -> tenant.addApiClient("key", "secret"));
 *
 *   @Test
 *   void listsOrgs(FakeCrashPlanServer server) {
 *     new MyClient(server.baseUrl(), "key", "secret").listOrgs();
 *     assertThat(server.requests()).extracting(RecordedRequest::line).contains("GET /api/v1/Org");
 *   }
 * }
 * }</pre>
 */
public final class FakeCrashPlanServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeCrashPlanServerExtension.class);

  // Per extension, not static: two extensions in one test class each know their own fixture.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Fixture> current = new ThreadLocal<>();
  private Consumer<FakeTenant> seed = tenant -> {};
  private boolean strict = true;
  private volatile FakeCrashPlanServer classServer;

  /** Creates the extension: strict, no seed data beyond the root org. */
  public FakeCrashPlanServerExtension() {}

  /** Seeds each test's tenant before the test runs. */
  public FakeCrashPlanServerExtension seed(Consumer<FakeTenant> seed) {
    this.seed = Objects.requireNonNull(seed, "seed");
    return this;
  }

  /** Does not fail a test that sent requests to endpoints the fake does not serve. */
  public FakeCrashPlanServerExtension lenient() {
    this.strict = false;
    return this;
  }

  /** The server of the test running on this thread. */
  public FakeCrashPlanServer server() {
    Fixture fixture = current.get();
    if (fixture == null) {
      throw new IllegalStateException("no test of this extension is running on this thread");
    }
    return fixture.server;
  }

  /** Starts the class's shared server; JUnit calls it when the extension is on a static field. */
  @Override
  public void beforeAll(ExtensionContext context) {
    classServer = FakeCrashPlanServer.start();
  }

  /** Gives the test a fresh tenant, seeded: its own server, or the class's one reset. */
  @Override
  public void beforeEach(ExtensionContext context) {
    FakeCrashPlanServer shared = classServer;
    boolean own = shared == null || context.getExecutionMode() == ExecutionMode.CONCURRENT;
    FakeCrashPlanServer server = own ? FakeCrashPlanServer.start() : shared;
    if (!own) {
      server.reset();
    }
    seed.accept(server.tenant());
    Fixture fixture = new Fixture(server, own);
    context.getStore(NAMESPACE).put(Fixture.class, fixture);
    current.set(fixture);
  }

  /** Strict, fails the test if it sent requests the fake does not serve; stops the test's own server. */
  @Override
  public void afterEach(ExtensionContext context) {
    Fixture fixture = context.getStore(NAMESPACE).remove(Fixture.class, Fixture.class);
    current.remove();
    if (fixture == null) {
      return;
    }
    try {
      if (strict) {
        fixture.server.verifyAllRequestsServed();
      }
    } finally {
      if (fixture.ownServer) {
        fixture.server.close();
      }
    }
  }

  /** Stops the class's shared server. */
  @Override
  public void afterAll(ExtensionContext context) {
    FakeCrashPlanServer shared = classServer;
    classServer = null;
    if (shared != null) {
      shared.close();
    }
  }

  /** Resolves parameters of type {@link FakeCrashPlanServer} and {@link FakeTenant}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeCrashPlanServer.class || type == FakeTenant.class;
  }

  /** Returns the test's server, or its tenant. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fixture fixture = context.getStore(NAMESPACE).get(Fixture.class, Fixture.class);
    if (fixture == null) {
      throw new IllegalStateException(
          "the fake CrashPlan console is made per test: ask for it in a test or @BeforeEach method");
    }
    return parameter.getParameter().getType() == FakeTenant.class ? fixture.server.tenant() : fixture.server;
  }

  private record Fixture(FakeCrashPlanServer server, boolean ownServer) {}
}
