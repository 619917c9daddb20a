package dev.crashplan4j.core.error;

/** The console answered that the thing asked for does not exist (HTTP 404). */
public class NotFoundException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation}, keeping the start of the console's answer. */
  public NotFoundException(String operation, AnswerBody responseBody) {
    super(operation, 404, responseBody, "", null);
  }

  /** For subclasses that explain what was not found. */
  protected NotFoundException(
      String operation, int httpStatus, AnswerBody responseBody, String detail, Throwable cause) {
    super(operation, httpStatus, responseBody, detail, cause);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  protected NotFoundException(String operation, NotFoundException failure) {
    super(operation, failure);
  }

  @Override
  public NotFoundException asFailureOf(String operation) {
    return new NotFoundException(operation, this);
  }
}
