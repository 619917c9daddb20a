package dev.crashplan4j.core.error;

/**
 * The operation acts on behalf of a signed-in user (for example the current user's org) and
 * the client signs in as an API client, which has no user.
 */
public class UserLoginRequiredException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  /** Creates the refusal of {@code operation}; no request was sent. */
  public UserLoginRequiredException(String operation) {
    super(
        operation,
        0,
        AnswerBody.none(),
        "it needs a user login (Credentials.localAccount or Credentials.jwtProvider),"
            + " and this client signs in as an API client",
        null);
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private UserLoginRequiredException(String operation, UserLoginRequiredException failure) {
    super(operation, failure);
  }

  @Override
  public UserLoginRequiredException asFailureOf(String operation) {
    return new UserLoginRequiredException(operation, this);
  }
}
