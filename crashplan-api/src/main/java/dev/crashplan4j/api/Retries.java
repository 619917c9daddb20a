package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the client retries a failed call: reads and updates after a connection failure, a lost
 * answer or HTTP 408, 429, 500, 502, 503, 504; a request that changes state (create, block,
 * deactivate...) only when it never left for the console or the console answered 429. Waits
 * grow exponentially with full jitter, and honour {@code Retry-After}.
 *
 * <pre>{@code
 * CrashPlanClient.builder()...retries(Retries.builder().maxAttempts(5).build())   // more patient
 * CrashPlanClient.builder()...retries(Retries.none())                            // fail at once
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class Retries {

  private static final Retries STANDARD = builder().build();
  private static final Retries NONE = builder().maxAttempts(1).build();

  /** Returns a builder whose defaults are {@link #standard()}. */
  public static Builder builder() {
    return ImmutableRetries.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableRetries.builder().from(this);
  }

  /** 3 attempts, waits from 500 ms up to 20 s, and a {@code Retry-After} of up to 60 s honoured. */
  public static Retries standard() {
    return STANDARD;
  }

  /** One attempt: every failure reaches the caller at once. */
  public static Retries none() {
    return NONE;
  }

  /** How many times a call is tried in all, the first included; 1 turns retries off. */
  @Value.Default
  public int maxAttempts() {
    return 3;
  }

  /** The wait before the first retry, before jitter; it doubles for each retry after. */
  @Value.Default
  public Duration baseDelay() {
    return Duration.ofMillis(500);
  }

  /** The longest wait between two attempts, before jitter. */
  @Value.Default
  public Duration maxDelay() {
    return Duration.ofSeconds(20);
  }

  /**
   * The longest {@code Retry-After} the client waits for; a longer one fails the call at once
   * with a {@code TooManyRequestsException} that carries the wait.
   */
  @Value.Default
  public Duration retryAfterCap() {
    return Duration.ofSeconds(60);
  }

  /**
   * Whether the client finds out, by reading the console, what became of a change whose
   * answer was lost (a dropped connection, a cut answer, 408, 500, 502, 503, 504): if it took,
   * the call succeeds; if not, the change is sent again. On unless set; off, such a change
   * fails with {@code OutcomeUnknownException} at once.
   */
  @Value.Default
  public boolean verifyUnknownOutcomes() {
    return true;
  }

  @Value.Check
  void check() {
    if (maxAttempts() < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts());
    }
    for (Duration duration : new Duration[] {baseDelay(), maxDelay(), retryAfterCap()}) {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("retry delays must not be negative, was " + duration);
      }
    }
    if (maxDelay().compareTo(baseDelay()) < 0) {
      throw new IllegalArgumentException("maxDelay must not be shorter than baseDelay");
    }
  }

  /**
   * Builds a {@code Retries}: {@link Retries#builder()} returns one, {@link Retries#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link Retries#maxAttempts()} to {@code maxAttempts}. */
    Builder maxAttempts(int maxAttempts);

    /** Sets {@link Retries#baseDelay()} to {@code baseDelay}. */
    Builder baseDelay(Duration baseDelay);

    /** Sets {@link Retries#maxDelay()} to {@code maxDelay}. */
    Builder maxDelay(Duration maxDelay);

    /** Sets {@link Retries#retryAfterCap()} to {@code retryAfterCap}. */
    Builder retryAfterCap(Duration retryAfterCap);

    /** Sets {@link Retries#verifyUnknownOutcomes()} to {@code verifyUnknownOutcomes}. */
    Builder verifyUnknownOutcomes(boolean verifyUnknownOutcomes);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    Retries build();
  }
}
