package dev.crashplan4j.core.domain;

/**
 * The guid of an organization ({@code orgGuid} on the wire): the id that {@code v3} endpoints
 * take. Users rarely know it; the SDK resolves it from an {@link OrgId} or {@link OrgUid}.
 *
 * @param value the guid, never blank
 */
public record OrgGuid(String value) {

  /** Checks that the guid is not null or blank. */
  public OrgGuid {
    value = Checks.notBlank(value, "orgGuid");
  }

  /** Returns the guid {@code value}; fails fast on null or blank. */
  public static OrgGuid of(String value) {
    return new OrgGuid(value);
  }

  // Written out, as OrgId's are and for the same reason.
  @Override
  public boolean equals(Object other) {
    return other instanceof OrgGuid that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
