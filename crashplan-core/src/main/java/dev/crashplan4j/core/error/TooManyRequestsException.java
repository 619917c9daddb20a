package dev.crashplan4j.core.error;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The console is rate limiting these credentials (HTTP 429), or the client's own rate limit
 * or wait limit ran out. {@link #retryAfter()} says how long the console asked to wait.
 */
public class TooManyRequestsException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;
  private final String retryAfterHeader;

  /** The console's 429 to {@code operation}, which said nothing of how long to wait. */
  public TooManyRequestsException(String operation, AnswerBody responseBody) {
    this(operation, 429, responseBody, "", null, null, null);
  }

  /** The console's 429 to {@code operation}, asking to wait {@code retryAfter} ({@code Retry-After}). */
  public TooManyRequestsException(String operation, AnswerBody responseBody, Duration retryAfter) {
    this(operation, 429, responseBody, "retry after " + Objects.requireNonNull(retryAfter, "retryAfter").toSeconds() + " s",
        retryAfter, null, null);
  }

  private TooManyRequestsException(String operation, int httpStatus, AnswerBody responseBody, String detail,
      Duration retryAfter, String retryAfterHeader, Throwable cause) {
    super(operation, httpStatus, responseBody, detail, cause);
    this.retryAfter = retryAfter;
    this.retryAfterHeader = retryAfterHeader;
  }

  /**
   * The console's 429 to {@code operation} with its {@code Retry-After} header as sent (seconds
   * or an HTTP date; null when absent), read as of {@code now} for {@link #retryAfter()}.
   */
  static TooManyRequestsException withHeader(
      String operation, AnswerBody responseBody, String retryAfterHeader, Instant now) {
    Optional<Duration> wait = RetryAfter.parse(retryAfterHeader, now);
    return new TooManyRequestsException(operation, 429, responseBody,
        wait.map(seconds -> "retry after " + seconds.toSeconds() + " s").orElse(""), wait.orElse(null),
        wait.isPresent() ? retryAfterHeader : null, null);
  }

  /**
   * The client's own refusal of {@code operation}: its rate limit leaves no room before the
   * call's deadline. No request was sent for it.
   */
  public static TooManyRequestsException rateLimitFull(String operation) {
    return new TooManyRequestsException(operation, 0, AnswerBody.none(),
        "the client-side rate limit leaves no room before the call's deadline", null, null, null);
  }

  /**
   * The client's own refusal of {@code operation}: the thread was interrupted while it waited
   * for its rate limit. No request was sent for it.
   */
  public static TooManyRequestsException rateLimitInterrupted(String operation) {
    return new TooManyRequestsException(operation, 0, AnswerBody.none(),
        "interrupted while waiting for the client-side rate limit", null, null, null);
  }

  /**
   * The client's decision not to wait {@code retryAfter}, longer than the {@code cap} it waits
   * at most, after the console's 429 {@code cause}: the failure keeps the wait and the
   * console's answer.
   */
  public static TooManyRequestsException waitBeyondCap(
      String operation, Duration retryAfter, Duration cap, CrashPlanException cause) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(cause, "cause");
    return new TooManyRequestsException(operation, cause.httpStatus().orElse(0),
        AnswerBody.of(cause.responseBody().orElse("")), "the console asked to wait " + retryAfter.toSeconds()
            + " s, longer than the " + cap.toSeconds() + " s this client waits", retryAfter, null, cause);
  }

  /** How long the console asked to wait before the next request ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * How long to wait as of {@code now}: an HTTP-date {@code Retry-After} is read against the
   * caller's clock (the client's, which a test may drive), not the moment the answer came.
   */
  public Optional<Duration> retryAfter(Instant now) {
    return retryAfterHeader == null ? retryAfter() : RetryAfter.parse(retryAfterHeader, now);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private TooManyRequestsException(String operation, TooManyRequestsException failure) {
    super(operation, failure);
    this.retryAfter = failure.retryAfter;
    this.retryAfterHeader = failure.retryAfterHeader;
  }

  @Override
  public TooManyRequestsException asFailureOf(String operation) {
    return new TooManyRequestsException(operation, this);
  }
}
