package dev.crashplan4j.core.event;

import java.time.Duration;
import java.util.Objects;

/**
 * A call will try again after {@code wait}: {@code reason} says why, from a small fixed set
 * ({@code "429"}, {@code "5xx"}, {@code "408"}, {@code "transport"}, {@code "sign-in"},
 * {@code "unknown-outcome"}).
 */
public final class RetryScheduled {

  private final CallStart call;
  private final String reason;
  private final Duration wait;

  /** A retry of {@code call} after {@code wait}, for {@code reason}. */
  public RetryScheduled(CallStart call, String reason, Duration wait) {
    this.call = Objects.requireNonNull(call, "call");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /** The call that retries. */
  public CallStart call() {
    return call;
  }

  /** Why it retries, from a small fixed set. */
  public String reason() {
    return reason;
  }

  /** How long it waits first. */
  public Duration waitBefore() {
    return wait;
  }
}
