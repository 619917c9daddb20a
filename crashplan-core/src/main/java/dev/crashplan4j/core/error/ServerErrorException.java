package dev.crashplan4j.core.error;

/** The console failed to answer the request (HTTP 5xx). */
public class ServerErrorException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation} with the 5xx status the console answered. */
  public ServerErrorException(String operation, int httpStatus, AnswerBody responseBody) {
    super(operation, httpStatus, responseBody, "", null);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private ServerErrorException(String operation, ServerErrorException failure) {
    super(operation, failure);
  }

  @Override
  public ServerErrorException asFailureOf(String operation) {
    return new ServerErrorException(operation, this);
  }
}
