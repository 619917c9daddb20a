package dev.crashplan4j.core.error;

/** The request conflicts with the org's current state (HTTP 409). */
public class ConflictException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation}, keeping the start of the console's answer. */
  public ConflictException(String operation, AnswerBody responseBody) {
    super(operation, 409, responseBody, "", null);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private ConflictException(String operation, ConflictException failure) {
    super(operation, failure);
  }

  @Override
  public ConflictException asFailureOf(String operation) {
    return new ConflictException(operation, this);
  }
}
