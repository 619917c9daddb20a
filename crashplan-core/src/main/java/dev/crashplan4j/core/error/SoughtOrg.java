package dev.crashplan4j.core.error;

import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import java.util.Objects;

/**
 * The org a look-up asked for, as {@link OrgNotFoundException} names it ({@code "org id 42"}):
 * a value of its own, so that it cannot be passed where the operation is meant.
 */
public final class SoughtOrg {

  private final String key;

  private SoughtOrg(String key) {
    this.key = key;
  }

  /** The org with id {@code id}: reads {@code "org id 42"}. */
  public static SoughtOrg id(OrgId id) {
    return new SoughtOrg("org id " + Objects.requireNonNull(id, "id"));
  }

  /** The org with uid {@code uid}: reads {@code "org uid 1234"}. */
  public static SoughtOrg uid(OrgUid uid) {
    return new SoughtOrg("org uid " + Objects.requireNonNull(uid, "uid"));
  }

  /**
   * The org {@code key} describes, read as it is: {@code "external reference X"},
   * {@code "id or uid 7"}.
   */
  public static SoughtOrg described(String key) {
    return new SoughtOrg(Checks.notBlank(key, "key"));
  }

  /** The identifier, as in {@code "org id 42"} or {@code "external reference X"}. */
  @Override
  public String toString() {
    return key;
  }
}
