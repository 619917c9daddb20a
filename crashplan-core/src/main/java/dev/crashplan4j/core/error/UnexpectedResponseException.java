package dev.crashplan4j.core.error;

/**
 * The console answered with success, but the body was not what the operation expects:
 * not JSON, truncated, or of the wrong shape. The message says what was expected and shows
 * the start of what came.
 */
public class UnexpectedResponseException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  private final boolean parsed;

  /**
   * Creates the failure of {@code operation}: {@code expected} says what should have come,
   * {@code responseBody} is what came.
   */
  public UnexpectedResponseException(
      String operation, int httpStatus, String expected, AnswerBody responseBody, Throwable cause) {
    super(
        operation,
        httpStatus,
        responseBody,
        "expected " + expected + " but got" + (excerpt(responseBody.text()).isEmpty() ? " an empty body" : ""),
        cause);
    this.parsed = false;
  }

  private UnexpectedResponseException(String operation, int httpStatus, String reason, Throwable cause) {
    super(operation, httpStatus, AnswerBody.none(), "the answer could not be read: " + reason, cause);
    this.parsed = true;
  }

  /**
   * Whether the body parsed as the JSON of the console's answer and only its content did not
   * fit (a field missing, a date out of shape): then a 200 is the console's own word that it
   * did what was asked. False for a body that is not JSON at all, such as a proxy's HTML page.
   */
  public boolean answerParsed() {
    return parsed;
  }

  /**
   * Returns the failure of {@code operation} whose answer parsed as JSON but could not be
   * turned into the SDK's values, such as an org without its {@code orgUid}; {@code reason}
   * says what was wrong.
   */
  public static UnexpectedResponseException unreadable(
      String operation, int httpStatus, String reason, Throwable cause) {
    return new UnexpectedResponseException(operation, httpStatus, reason, cause);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private UnexpectedResponseException(String operation, UnexpectedResponseException failure) {
    super(operation, failure);
    this.parsed = failure.parsed;
  }

  @Override
  public UnexpectedResponseException asFailureOf(String operation) {
    return new UnexpectedResponseException(operation, this);
  }
}
