package dev.crashplan4j.core.error;

/**
 * No organization with the id, uid or guid asked for exists in the tenant: neither the org
 * listing nor the console knows it.
 */
public class OrgNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  private final String orgKey;

  /**
   * Creates the failure of {@code operation} for the {@code sought} org, which the org listing
   * does not know; no request for the org itself was answered.
   */
  public OrgNotFoundException(String operation, SoughtOrg sought) {
    super(operation, 0, AnswerBody.none(), "no organization with " + sought + " exists", null);
    this.orgKey = sought.toString();
  }

  /**
   * Creates the failure of {@code operation} for the {@code sought} org, after the console's
   * 404 {@code cause}.
   */
  public OrgNotFoundException(String operation, SoughtOrg sought, NotFoundException cause) {
    super(operation, 404, AnswerBody.of(cause.responseBody().orElse("")),
        "no organization with " + sought + " exists", cause);
    this.orgKey = sought.toString();
  }

  /** The identifier that was not found, as in {@code "org id 42"} or {@code "org uid 1234"}. */
  public String orgKey() {
    return orgKey;
  }

  /** Creates {@code failure} again as a failure of {@code operation}. */
  private OrgNotFoundException(String operation, OrgNotFoundException failure) {
    super(operation, failure);
    this.orgKey = failure.orgKey;
  }

  @Override
  public OrgNotFoundException asFailureOf(String operation) {
    return new OrgNotFoundException(operation, this);
  }
}
