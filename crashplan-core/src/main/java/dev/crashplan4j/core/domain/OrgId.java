package dev.crashplan4j.core.domain;

/**
 * The numeric id of an organization ({@code orgId} on the wire), the id that {@code v1}
 * endpoints take and that console users see in URLs.
 *
 * @param value the id, positive
 */
public record OrgId(long value) {

  /** Checks that the id is positive: the console never hands out zero or negative ids. */
  public OrgId {
    if (value <= 0) {
      throw new IllegalArgumentException("orgId must be positive, was " + value);
    }
  }

  /** Returns the id {@code value}; fails fast on zero or a negative number. */
  public static OrgId of(long value) {
    return new OrgId(value);
  }

  // equals and hashCode written out, with the values the record's own would have: the record's
  // are bootstrapped through invokedynamic (ObjectMethods) on first use, 16 of ~600 wall samples
  // of a cold start's first call (async-profiler), whose ids are keys of the org directory.
  @Override
  public boolean equals(Object other) {
    return other instanceof OrgId that && value == that.value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
