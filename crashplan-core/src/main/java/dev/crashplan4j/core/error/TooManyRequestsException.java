package dev.crashplan4j.core.error;

/** The console is rate limiting these credentials (HTTP 429). */
public class TooManyRequestsException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation}, keeping the start of the console's answer. */
  public TooManyRequestsException(String operation, String responseBody) {
    super(operation, 429, responseBody, "", null);
  }
}
