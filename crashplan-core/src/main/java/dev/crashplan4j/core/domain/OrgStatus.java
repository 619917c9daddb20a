package dev.crashplan4j.core.domain;

/**
 * Whether an organization is active, as the console's {@code status} field says. A status that
 * this SDK does not know yet reads as {@link #UNKNOWN}; {@link Org#statusText()} keeps the
 * server's word for it.
 */
public enum OrgStatus {
  /** The org, its users and devices may log in and back up. */
  ACTIVE,
  /** The org was deactivated: backups stopped, archives went to cold storage. */
  DEACTIVATED,
  /** A status the console sent that this version of the SDK does not know. */
  UNKNOWN;

  /** Reads the console's {@code status} text ({@code Active}, {@code Deactivated}), ignoring case. */
  public static OrgStatus fromWire(String text) {
    if ("active".equalsIgnoreCase(text)) {
      return ACTIVE;
    }
    if ("deactivated".equalsIgnoreCase(text)) {
      return DEACTIVATED;
    }
    return UNKNOWN;
  }
}
