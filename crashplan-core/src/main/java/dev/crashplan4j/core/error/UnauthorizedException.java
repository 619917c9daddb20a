package dev.crashplan4j.core.error;

/**
 * The console did not accept the credentials or the token (HTTP 401), even after the SDK
 * fetched a fresh token and tried again. For a local account the message says why the login
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

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private UnauthorizedException(String operation, UnauthorizedException failure) {
    super(operation, failure);
  }

  @Override
  public UnauthorizedException asFailureOf(String operation) {
    return new UnauthorizedException(operation, this);
  }
}
