package dev.crashplan4j.core.error;

/**
 * No answer was read: the connection was refused, dropped or timed out. Whether a request
 * that changes state reached the console is unknown.
 */
public class TransportFailureException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation} caused by {@code cause}, an I/O failure. */
  public TransportFailureException(String operation, Throwable cause) {
    super(operation, 0, "", String.valueOf(cause.getMessage()), cause);
  }
}
