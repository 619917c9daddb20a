package dev.crashplan4j.core.error;

/**
 * The console did not accept the credentials or the token (HTTP 401), even after the SDK
 * fetched a fresh token and tried again; or the client could not get credentials to send
 * (no status then: see {@link #beforeSending}). For a local account the message says why the login
 * failed when the console tells (SSO account, two-factor code needed).
 */
public class UnauthorizedException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure of {@code operation}; {@code detail} explains it when more is known
   * than the status ({@code ""} otherwise).
   */
  public UnauthorizedException(String operation, AnswerBody responseBody, String detail) {
    super(operation, 401, responseBody, detail, null);
  }

  /** Creates the failure of {@code operation} as above, explained by what {@code cause} tells. */
  public UnauthorizedException(String operation, AnswerBody responseBody, String detail, Throwable cause) {
    super(operation, 401, responseBody, detail, cause);
  }

  /**
   * Returns the failure of {@code operation} refused by the client itself before any request
   * was sent (a credentials supplier threw or gave nothing): it carries no status, {@code detail}
   * says why, and {@code cause} (null when none) is what the supplier threw.
   */
  public static UnauthorizedException beforeSending(String operation, String detail, Throwable cause) {
    return new UnauthorizedException(operation, detail, cause);
  }

  private UnauthorizedException(String operation, String detail, Throwable cause) {
    super(operation, 0, AnswerBody.none(), detail, cause);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private UnauthorizedException(String operation, UnauthorizedException failure) {
    super(operation, failure);
  }

  @Override
  public UnauthorizedException asFailureOf(String operation) {
    return new UnauthorizedException(operation, this);
  }
}
