package dev.crashplan4j.core.event;

import java.time.Duration;
import java.util.Objects;

/** The client signed in, or tried to: the first time, renewing early, or after a rejected token. */
public final class SignIn {

  /** Why the client signed in. */
  public enum Reason {
    /** No token yet, or the last one was dropped or is at its end. */
    SIGN_IN,
    /** A little before the token expires. */
    EARLY_RENEWAL
  }

  private final Reason reason;
  private final boolean succeeded;
  private final Duration duration;

  /** A sign-in for {@code reason}, which {@code succeeded} or not, taking {@code duration}. */
  public SignIn(Reason reason, boolean succeeded, Duration duration) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.succeeded = succeeded;
    this.duration = Objects.requireNonNull(duration, "duration");
  }

  /** Why the client signed in. */
  public Reason reason() {
    return reason;
  }

  /** Whether a token came. */
  public boolean succeeded() {
    return succeeded;
  }

  /** How long it took. */
  public Duration duration() {
    return duration;
  }
}
