package dev.crashplan4j.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The console is rate limiting these credentials (HTTP 429), or the client's own rate limit
 * or retry budget ran out. {@link #retryAfter()} says how long the console asked to wait.
 */
public class TooManyRequestsException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /** Creates the failure of {@code operation}, keeping the start of the console's answer. */
  public TooManyRequestsException(String operation, String responseBody) {
    this(operation, responseBody, Optional.empty());
  }

  /** Creates the failure of {@code operation}, with the wait the console asked for. */
  public TooManyRequestsException(String operation, String responseBody, Optional<Duration> retryAfter) {
    super(operation, 429, responseBody, retryAfter.map(wait -> "retry after " + wait.toSeconds() + " s").orElse(""), null);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter").orElse(null);
  }

  /** Creates a failure that is the client's own decision, such as a wait beyond the allowed one. */
  public TooManyRequestsException(String operation, String detail, Duration retryAfter, Throwable cause) {
    super(operation, cause instanceof CrashPlanException known ? known.httpStatus().orElse(0) : 0, "", detail, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the console asked to wait before the next request ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
