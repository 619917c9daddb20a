package dev.crashplan4j.core.error;

/**
 * No answer was read: the connection was refused, dropped or timed out. {@link #requestSent()}
 * says whether the request may have reached the console; when it may have, whether a request
 * that changes state took effect is unknown.
 */
public class TransportFailureException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  private final boolean requestSent;

  /** Creates the failure of {@code operation} caused by an I/O failure after the request may have been sent. */
  public TransportFailureException(String operation, Throwable cause) {
    this(operation, cause, true);
  }

  /**
   * Creates the failure of {@code operation} caused by {@code cause}; {@code requestSent} is
   * false only when the request surely never reached the console (the connection was never made).
   */
  public TransportFailureException(String operation, Throwable cause, boolean requestSent) {
    super(operation, 0, AnswerBody.none(), String.valueOf(cause.getMessage()), cause);
    this.requestSent = requestSent;
  }

  /** Whether the request may have reached the console; false when the connection was never made. */
  public boolean requestSent() {
    return requestSent;
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private TransportFailureException(String operation, TransportFailureException failure) {
    super(operation, failure);
    this.requestSent = failure.requestSent;
  }

  @Override
  public TransportFailureException asFailureOf(String operation) {
    return new TransportFailureException(operation, this);
  }
}
