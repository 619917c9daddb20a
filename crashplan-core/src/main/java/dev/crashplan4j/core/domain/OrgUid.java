package dev.crashplan4j.core.domain;

/**
 * The uid of an organization ({@code orgUid} on the wire): a string of digits that users copy
 * from the console and that parent references use.
 *
 * @param value the uid, never blank
 */
public record OrgUid(String value) {

  /** Checks that the uid is not null or blank. */
  public OrgUid {
    value = Checks.notBlank(value, "orgUid");
  }

  /** Returns the uid {@code value}; fails fast on null or blank. */
  public static OrgUid of(String value) {
    return new OrgUid(value);
  }

  // Written out, as OrgId's are and for the same reason.
  @Override
  public boolean equals(Object other) {
    return other instanceof OrgUid that && value.equals(that.value);
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
