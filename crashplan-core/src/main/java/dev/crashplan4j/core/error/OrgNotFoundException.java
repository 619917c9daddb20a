package dev.crashplan4j.core.error;

/**
 * No organization with the id, uid or guid asked for exists in the tenant: neither the org
 * listing nor the console knows it.
 */
public class OrgNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  private final String orgKey;

  /**
   * Creates the failure of {@code operation} for the org named by {@code orgKey} (for
   * example {@code "org id 42"}); {@code cause} is the console's 404 when there was one.
   */
  public OrgNotFoundException(String operation, String orgKey, NotFoundException cause) {
    super(
        operation,
        cause == null ? 0 : 404,
        cause == null ? "" : cause.responseBody().orElse(""),
        "no organization with " + orgKey + " exists",
        cause);
    this.orgKey = orgKey;
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
