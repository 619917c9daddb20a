package dev.crashplan4j.core.error;

/**
 * A request that changes state (create, block, deactivate...) failed in a way that leaves its
 * outcome unknown: it may have reached the console and taken effect. The SDK does not send it
 * again; look at the org before trying again. The cause says what failed.
 */
public class OutcomeUnknownException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the failure of {@code operation}, caused by the ambiguous {@code cause}. */
  public OutcomeUnknownException(String operation, CrashPlanException cause) {
    super(
        operation,
        cause.httpStatus().orElse(0),
        cause.responseBody().orElse(""),
        "the outcome is unknown: the request may have reached the console and taken effect, so it was"
            + " not sent again; check the org before retrying (" + cause.reason() + ")",
        cause);
  }
}
