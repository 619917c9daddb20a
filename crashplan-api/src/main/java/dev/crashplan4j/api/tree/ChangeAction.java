package dev.crashplan4j.api.tree;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a change of an {@link OrgPlan} does to its org; {@link #wireName()} is the plan JSON's {@code action}. */
public enum ChangeAction {
  /** Creates the org under its parent. */
  CREATE,
  /** Changes its name or notes. */
  UPDATE,
  /** Blocks it (the console blocks its descendants with it). */
  BLOCK,
  /** Lifts its block (and its descendants'). */
  UNBLOCK,
  /** Deactivates it (and its descendants). */
  DEACTIVATE,
  /** Reactivates it (and its descendants). */
  REACTIVATE,
  /** Sets the settings the document gives. */
  SETTINGS,
  /** What the console cannot do (move an org to another parent, say): listed, never sent. */
  CONFLICT,
  /** An org of the tenant that the document does not name: listed and left alone. */
  UNMANAGED;

  /** The action in lower case: {@code create}, {@code update}... {@code unmanaged}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the action {@code name} spells (as {@link #wireName()}).
   *
   * @throws IllegalArgumentException naming the actions there are, when none is spelled so
   */
  public static ChangeAction fromWire(String name) {
    for (ChangeAction action : values()) {
      if (action.wireName().equals(name)) {
        return action;
      }
    }
    throw new IllegalArgumentException("no change action is called \"" + name + "\"; there are "
        + Arrays.stream(values()).map(ChangeAction::wireName).collect(Collectors.joining(", ")));
  }

  /** Whether apply sends something for it: every action but conflicts and unmanaged orgs. */
  public boolean sent() {
    return this != CONFLICT && this != UNMANAGED;
  }

  boolean stateChange() {
    return this == BLOCK || this == UNBLOCK || this == DEACTIVATE || this == REACTIVATE;
  }
}
