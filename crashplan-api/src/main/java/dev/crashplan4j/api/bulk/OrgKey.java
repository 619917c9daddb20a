package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import java.util.Objects;

/**
 * How an item names its org: by id, by uid, or by external reference. A bulk run resolves each
 * from one walk of the listing, so naming orgs by external reference costs no request per item.
 *
 * <pre>{@code
 * OrgKey.of(OrgId.of(42));
 * OrgKey.of(OrgUid.of("880000000000332598"));
 * OrgKey.externalReference("CUST-1");
 * }</pre>
 */
public sealed interface OrgKey permits OrgKey.ById, OrgKey.ByUid, OrgKey.ByExternalReference {

  /** Names the org with this id. */
  static OrgKey of(OrgId id) {
    return new ById(id);
  }

  /** Names the org with this uid. */
  static OrgKey of(OrgUid uid) {
    return new ByUid(uid);
  }

  /** Names the org whose external reference is {@code reference}; it must not be blank. */
  static OrgKey externalReference(String reference) {
    return new ByExternalReference(reference);
  }

  /** Reads as {@code org 42}, {@code org uid 1234} or {@code external reference CUST-1}: the form messages use. */
  @Override
  String toString();

  /**
   * The org with this id.
   *
   * @param id the org's id
   */
  record ById(OrgId id) implements OrgKey {
    /** Checks that the id is given. */
    public ById {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return "org " + id;
    }
  }

  /**
   * The org with this uid.
   *
   * @param uid the org's uid
   */
  record ByUid(OrgUid uid) implements OrgKey {
    /** Checks that the uid is given. */
    public ByUid {
      Objects.requireNonNull(uid, "uid");
    }

    @Override
    public String toString() {
      return "org uid " + uid;
    }
  }

  /**
   * The org whose external reference ({@code orgExtRef}) is this.
   *
   * @param reference the external reference, never blank
   */
  record ByExternalReference(String reference) implements OrgKey {
    /** Checks that the reference is not blank. */
    public ByExternalReference {
      Checks.notBlank(reference, "externalReference");
    }

    @Override
    public String toString() {
      return "external reference " + reference;
    }
  }
}
