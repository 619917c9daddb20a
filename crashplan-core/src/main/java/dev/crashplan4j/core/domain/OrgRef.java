package dev.crashplan4j.core.domain;

import java.util.Objects;

/**
 * All three identifiers of one organization. Transports receive an {@code OrgRef} so that each
 * endpoint can take the identifier it needs ({@code v1} the id, {@code v3} the guid) and every
 * error message can name the id the user knows.
 *
 * @param id the numeric id
 * @param uid the uid
 * @param guid the guid
 */
public record OrgRef(OrgId id, OrgUid uid, OrgGuid guid) {

  /** Checks that no identifier is missing. */
  public OrgRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(guid, "guid");
  }

  // Written out, as the ids' are (see OrgId), with the values the record's own would have.
  @Override
  public boolean equals(Object other) {
    return other instanceof OrgRef that && id.equals(that.id) && uid.equals(that.uid) && guid.equals(that.guid);
  }

  @Override
  public int hashCode() {
    return (31 * id.hashCode() + uid.hashCode()) * 31 + guid.hashCode();
  }

  /** Reads as {@code org 42 (uid 1234, guid abc)}, the form error messages use. */
  @Override
  public String toString() {
    return "org " + id + " (uid " + uid + ", guid " + guid + ")";
  }
}
