package dev.crashplan4j.core.error;

/**
 * A request that changes state (create, block, deactivate...) failed in a way that leaves its
 * outcome unknown: it may have reached the console and taken effect, and the client could not
 * find out by reading the console either (the reads failed too, past the call's deadline or
 * retries; or a create found several orgs it may have made). The SDK does not send it again;
 * look at the console (the org, for an org call) before trying again. The cause says what failed.
 */
public class OutcomeUnknownException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure of {@code operation}, after the ambiguous {@code cause}, whose outcome
   * could not be decided: {@code why} says why not.
   */
  public OutcomeUnknownException(String operation, CrashPlanException cause, String why) {
    super(operation, cause.httpStatus().orElse(0), AnswerBody.of(cause.responseBody().orElse("")),
        "the outcome is unknown: " + why + causeDetail(cause), cause);
  }

  /** Creates the failure of {@code operation}, caused by the ambiguous {@code cause}. */
  public OutcomeUnknownException(String operation, CrashPlanException cause) {
    super(
        operation,
        cause.httpStatus().orElse(0),
        AnswerBody.of(cause.responseBody().orElse("")),
        "the outcome is unknown: the request may have reached the console and taken effect, so it was"
            + " not sent again; check the console before retrying" + causeDetail(cause),
        cause);
  }

  // The cause's status and body are this failure's own; only what it knew beyond them is added.
  private static String causeDetail(CrashPlanException cause) {
    return cause.detail().isEmpty() ? "" : " (" + cause.detail() + ")";
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private OutcomeUnknownException(String operation, OutcomeUnknownException failure) {
    super(operation, failure);
  }

  @Override
  public OutcomeUnknownException asFailureOf(String operation) {
    return new OutcomeUnknownException(operation, this);
  }
}
