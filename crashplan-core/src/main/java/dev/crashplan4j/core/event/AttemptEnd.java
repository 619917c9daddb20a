package dev.crashplan4j.core.event;

import dev.crashplan4j.core.error.CrashPlanException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One attempt of a call ends: answered, or failed with the status the console gave, if any. */
public final class AttemptEnd {

  private final CallStart call;
  private final int number;
  private final CrashPlanException failure;
  private final Duration duration;

  private AttemptEnd(CallStart call, int number, CrashPlanException failure, Duration duration) {
    this.call = Objects.requireNonNull(call, "call");
    this.number = number;
    this.failure = failure;
    this.duration = Objects.requireNonNull(duration, "duration");
  }

  /** Attempt {@code number} (from 1) was answered. */
  public static AttemptEnd answered(CallStart call, int number, Duration duration) {
    return new AttemptEnd(call, number, null, duration);
  }

  /** Attempt {@code number} (from 1) failed with {@code failure}. */
  public static AttemptEnd failed(CallStart call, int number, CrashPlanException failure, Duration duration) {
    return new AttemptEnd(call, number, Objects.requireNonNull(failure, "failure"), duration);
  }

  /** The call the attempt belongs to. */
  public CallStart call() {
    return call;
  }

  /** Which attempt, from 1. */
  public int number() {
    return number;
  }

  /** The HTTP status of a failure the console answered; empty when answered or when no answer came. */
  public OptionalInt status() {
    return failure == null ? OptionalInt.empty() : failure.httpStatus();
  }

  /** Why it failed, when it did. */
  public Optional<CrashPlanException> failure() {
    return Optional.ofNullable(failure);
  }

  /** How long the attempt took. */
  public Duration duration() {
    return duration;
  }
}
