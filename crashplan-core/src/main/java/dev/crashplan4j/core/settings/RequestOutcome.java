package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.CrashPlanException;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one request of a settings update: not sent (nothing of its kind changed),
 * succeeded, or failed with the typed exception.
 */
public final class RequestOutcome {

  /** What became of a request. */
  public enum State {
    /** Nothing of its kind changed, so it was not sent. */
    NOT_SENT,
    /** The console accepted it. */
    SUCCEEDED,
    /** It was sent and failed; see {@link RequestOutcome#failure()}. */
    FAILED
  }

  private static final RequestOutcome NOT_SENT = new RequestOutcome(State.NOT_SENT, null, null);
  private static final RequestOutcome SUCCEEDED = new RequestOutcome(State.SUCCEEDED, null, null);

  private final State state;
  private final Org updatedOrg;
  private final CrashPlanException failure;

  private RequestOutcome(State state, Org updatedOrg, CrashPlanException failure) {
    this.state = state;
    this.updatedOrg = updatedOrg;
    this.failure = failure;
  }

  /** A request that was not needed. */
  public static RequestOutcome notSent() {
    return NOT_SENT;
  }

  /** A request the console accepted, answering no org. */
  public static RequestOutcome succeeded() {
    return SUCCEEDED;
  }

  /** A request the console accepted, answering the org as it saved it. */
  public static RequestOutcome succeeded(Org updatedOrg) {
    return new RequestOutcome(State.SUCCEEDED, Objects.requireNonNull(updatedOrg, "updatedOrg"), null);
  }

  /** A request that failed. */
  public static RequestOutcome failed(CrashPlanException failure) {
    return new RequestOutcome(State.FAILED, null, Objects.requireNonNull(failure, "failure"));
  }

  /** What became of the request. */
  public State state() {
    return state;
  }

  /** The org as the console answered it, when the org document was saved. */
  public Optional<Org> updatedOrg() {
    return Optional.ofNullable(updatedOrg);
  }

  /** Why it failed, when it did. */
  public Optional<CrashPlanException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the request was sent. */
  public boolean sent() {
    return state != State.NOT_SENT;
  }

  /** Two outcomes are equal when state, org and failure are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOutcome that && state == that.state
        && Objects.equals(updatedOrg, that.updatedOrg) && Objects.equals(failure, that.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, updatedOrg, failure);
  }

  /** Reads as {@code SUCCEEDED}, or {@code FAILED (<message>)}. */
  @Override
  public String toString() {
    return failure == null ? state.name() : state + " (" + failure.getMessage() + ")";
  }
}
