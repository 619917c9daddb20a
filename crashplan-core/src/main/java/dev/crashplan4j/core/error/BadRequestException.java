package dev.crashplan4j.core.error;

/** The console rejected the request as malformed or invalid (HTTP 400). */
public class BadRequestException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation}, keeping the start of the console's answer. */
  public BadRequestException(String operation, AnswerBody responseBody) {
    super(operation, 400, responseBody, "", null);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private BadRequestException(String operation, BadRequestException failure) {
    super(operation, failure);
  }

  @Override
  public BadRequestException asFailureOf(String operation) {
    return new BadRequestException(operation, this);
  }
}
