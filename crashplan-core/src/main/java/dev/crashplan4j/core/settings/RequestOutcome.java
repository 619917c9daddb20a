package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.CrashPlanException;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one request of a settings update: not sent (nothing of its kind changed),
 * succeeded, or failed with the typed exception.
 *
 * @param state what became of it
 * @param updatedOrg the org as the console answered it, when the org document was saved
 * @param failure why it failed, when it did
 */
public record RequestOutcome(State state, Optional<Org> updatedOrg, Optional<CrashPlanException> failure) {

  /** What became of a request. */
  public enum State {
    /** Nothing of its kind changed, so it was not sent. */
    NOT_SENT,
    /** The console accepted it. */
    SUCCEEDED,
    /** It was sent and failed; see {@link RequestOutcome#failure()}. */
    FAILED
  }

  /** Checks that the parts agree with the state. */
  public RequestOutcome {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(updatedOrg, "updatedOrg");
    Objects.requireNonNull(failure, "failure");
    if ((state == State.FAILED) != failure.isPresent()) {
      throw new IllegalArgumentException("a failure is given exactly when the state is FAILED");
    }
  }

  /** A request that was not needed. */
  public static RequestOutcome notSent() {
    return new RequestOutcome(State.NOT_SENT, Optional.empty(), Optional.empty());
  }

  /** A request the console accepted, answering {@code updatedOrg} when it answers an org. */
  public static RequestOutcome succeeded(Optional<Org> updatedOrg) {
    return new RequestOutcome(State.SUCCEEDED, updatedOrg, Optional.empty());
  }

  /** A request that failed. */
  public static RequestOutcome failed(CrashPlanException failure) {
    return new RequestOutcome(State.FAILED, Optional.empty(), Optional.of(failure));
  }

  /** Whether the request was sent. */
  public boolean sent() {
    return state != State.NOT_SENT;
  }
}
