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

  /** How the client knows that a request succeeded. */
  public enum Confirmation {
    /** The console's answer said so. */
    ANSWERED,
    /** The console's 200 said so, though its body lacked what an org needs. */
    ANSWER_INCOMPLETE,
    /** The answer was lost; a read of the console afterwards showed that the request took. */
    READ_BACK
  }

  private static final RequestOutcome NOT_SENT = new RequestOutcome(State.NOT_SENT, null, null, null);

  private final State state;
  private final Org updatedOrg;
  private final CrashPlanException failure;
  private final Confirmation confirmation;

  private RequestOutcome(State state, Org updatedOrg, CrashPlanException failure, Confirmation confirmation) {
    this.state = state;
    this.updatedOrg = updatedOrg;
    this.failure = failure;
    this.confirmation = confirmation;
  }

  /** A request that was not needed. */
  public static RequestOutcome notSent() {
    return NOT_SENT;
  }

  /** A request the console accepted, known {@code how}, with no org to show for it. */
  public static RequestOutcome succeeded(Confirmation how) {
    return new RequestOutcome(State.SUCCEEDED, null, null, Objects.requireNonNull(how, "how"));
  }

  /** A request the console accepted, answering the org as it saved it. */
  public static RequestOutcome succeeded(Org updatedOrg) {
    return new RequestOutcome(State.SUCCEEDED, Objects.requireNonNull(updatedOrg, "updatedOrg"), null,
        Confirmation.ANSWERED);
  }

  /** A request that failed. */
  public static RequestOutcome failed(CrashPlanException failure) {
    return new RequestOutcome(State.FAILED, null, Objects.requireNonNull(failure, "failure"), null);
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

  /** How the client knows the request succeeded; empty unless it did. */
  public Optional<Confirmation> confirmation() {
    return Optional.ofNullable(confirmation);
  }

  /** Whether the request was sent. */
  public boolean sent() {
    return state != State.NOT_SENT;
  }

  /** Two outcomes are equal when state, org, failure and confirmation are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOutcome that && state == that.state && confirmation == that.confirmation
        && Objects.equals(updatedOrg, that.updatedOrg) && Objects.equals(failure, that.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, updatedOrg, failure, confirmation);
  }

  /** Reads as {@code SUCCEEDED (READ_BACK)}, {@code NOT_SENT}, or {@code FAILED (<message>)}. */
  @Override
  public String toString() {
    if (failure != null) {
      return state + " (" + failure.getMessage() + ")";
    }
    return confirmation == null ? state.name() : state + " (" + confirmation + ")";
  }
}
