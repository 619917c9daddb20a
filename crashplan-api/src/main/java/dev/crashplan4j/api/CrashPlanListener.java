package dev.crashplan4j.api;

import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.event.SignIn;

/**
 * Hears what a client does, for metrics, traces or logs of one's own: each call's start, and
 * through the {@link CallObserver} it returns, the call's attempts, retries and end; each
 * sign-in. Register with {@code CrashPlanClient.builder().listener(..)}, as many as needed.
 * Methods run on the calling thread, so keep them short; one that throws is logged and ignored.
 * With no listener registered, the client builds no event at all.
 *
 * <pre>{@code
 * CrashPlanClient.builder()...listener(new CrashPlanListener() {
 *   public CallObserver callStarted(CallStart call) {
 *     long started = System.nanoTime();
 *     return new CallObserver() {
 *       public void ended(CallEnd end) { timer(call.operation()).record(System.nanoTime() - started); }
 *     };
 *   }
 * })
 * }</pre>
 */
public interface CrashPlanListener {

  /** A call starts; the observer returned hears about it until it ends. None unless overridden. */
  default CallObserver callStarted(CallStart call) {
    return CallObserver.NONE;
  }

  /** The client signed in (or failed to), to start or to renew its token. */
  default void signedIn(SignIn signIn) {}
}
