package dev.crashplan4j.api.tree;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The state a document asks of an org. The console blocks and deactivates an org's descendants
 * with it, so a child is at least as far from active as its parent: {@code active} under a
 * blocked parent is a document error, and an org that names no state takes its parent's.
 */
public enum OrgState {
  /** Users and devices may log in and back up. */
  ACTIVE,
  /** Users and devices can no longer log in; backups go on. */
  BLOCKED,
  /** Backups stop; archives go to cold storage. */
  DEACTIVATED;

  /** How the document spells it: {@code active}, {@code blocked}, {@code deactivated}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state {@code name} spells (as {@link #wireName()}, exactly), if any. */
  public static Optional<OrgState> fromWire(String name) {
    return Arrays.stream(values()).filter(state -> state.wireName().equals(name)).findFirst();
  }

  /** The states, as a document spells them: {@code active, blocked, deactivated}. */
  static String spelled() {
    return Arrays.stream(values()).map(OrgState::wireName).collect(Collectors.joining(", "));
  }

  /** Whether a child may ask for this state under a parent whose state is {@code parent}. */
  boolean allowedUnder(OrgState parent) {
    return compareTo(parent) >= 0;
  }
}
