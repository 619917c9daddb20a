package dev.crashplan4j.core.event;

import dev.crashplan4j.core.error.CrashPlanException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A call ends, succeeded or failed, after {@code attempts} attempts and {@code duration} in all. */
public final class CallEnd {

  private final CallStart call;
  private final CrashPlanException failure;
  private final Duration duration;
  private final int attempts;

  private CallEnd(CallStart call, CrashPlanException failure, Duration duration, int attempts) {
    this.call = Objects.requireNonNull(call, "call");
    this.failure = failure;
    this.duration = Objects.requireNonNull(duration, "duration");
    this.attempts = attempts;
  }

  /** The call succeeded. */
  public static CallEnd succeeded(CallStart call, Duration duration, int attempts) {
    return new CallEnd(call, null, duration, attempts);
  }

  /** The call failed with {@code failure}. */
  public static CallEnd failed(CallStart call, CrashPlanException failure, Duration duration, int attempts) {
    return new CallEnd(call, Objects.requireNonNull(failure, "failure"), duration, attempts);
  }

  /** The call that ended. */
  public CallStart call() {
    return call;
  }

  /** Whether it succeeded. */
  public boolean succeeded() {
    return failure == null;
  }

  /** Why it failed, when it did. */
  public Optional<CrashPlanException> failure() {
    return Optional.ofNullable(failure);
  }

  /** From its start to its end, waits included. */
  public Duration duration() {
    return duration;
  }

  /** How many requests it sent or tried to send, looks at the console included. */
  public int attempts() {
    return attempts;
  }
}
