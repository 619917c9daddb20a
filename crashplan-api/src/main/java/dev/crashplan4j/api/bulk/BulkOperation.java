package dev.crashplan4j.api.bulk;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a bulk item does to its org; {@link #wireName()} is how a command line or a CSV report spells it. */
public enum BulkOperation {
  /** Creates an org ({@code POST /api/v3/orgs}). */
  CREATE,
  /** Blocks an org and its descendants. */
  BLOCK,
  /** Lifts the block on an org and its descendants. */
  UNBLOCK,
  /** Deactivates an org. */
  DEACTIVATE,
  /** Reactivates an org. */
  REACTIVATE,
  /** Changes an org's name, notes or external reference. */
  UPDATE,
  /** Edits an org's settings. */
  SETTINGS,
  /** Reads an org; writes nothing. */
  READ;

  /** The operation's name in lower case: {@code create}, {@code block}... {@code settings}, {@code read}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the operation {@code name} spells (as {@link #wireName()}, any case).
   *
   * @throws IllegalArgumentException naming the operations there are, when none is spelled so
   */
  public static BulkOperation fromWire(String name) {
    for (BulkOperation operation : values()) {
      if (operation.wireName().equalsIgnoreCase(name.strip())) {
        return operation;
      }
    }
    throw new IllegalArgumentException("no bulk operation is called \"" + name + "\"; there are "
        + Arrays.stream(values()).map(BulkOperation::wireName).collect(Collectors.joining(", ")));
  }
}
