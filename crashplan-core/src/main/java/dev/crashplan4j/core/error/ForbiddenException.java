package dev.crashplan4j.core.error;

/** The credentials are valid but may not do this (HTTP 403): a role or org scope is missing. */
public class ForbiddenException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation}, keeping the start of the console's answer. */
  public ForbiddenException(String operation, AnswerBody responseBody) {
    super(operation, 403, responseBody, "", null);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private ForbiddenException(String operation, ForbiddenException failure) {
    super(operation, failure);
  }

  @Override
  public ForbiddenException asFailureOf(String operation) {
    return new ForbiddenException(operation, this);
  }
}
