package dev.crashplan4j.api.bulk;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What became of one item of a bulk run. */
public enum BulkOutcome {
  /** The change was sent and the console made it (or a read of the console showed it took). */
  DONE,
  /** The org was already so (created, blocked, with those settings...): nothing was sent. */
  ALREADY,
  /** The item failed and the console did not make the change; the result holds the typed exception. */
  FAILED,
  /**
   * The change was sent, its answer was lost, and no read of the console could tell whether it
   * took: look at the org before trying again.
   */
  UNKNOWN,
  /** The run stopped (cancelled, or its failure budget spent) before the item started, or a dry run: nothing was sent. */
  NOT_STARTED;

  /** How a report spells it: {@code done}, {@code already}, {@code failed}, {@code unknown}, {@code not-started}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the org is now as the item asked: {@link #DONE} or {@link #ALREADY}. */
  public boolean succeeded() {
    return this == DONE || this == ALREADY;
  }

  /**
   * Returns the outcome {@code name} spells (as {@link #wireName()}, any case).
   *
   * @throws IllegalArgumentException naming the outcomes there are, when none is spelled so
   */
  public static BulkOutcome fromWire(String name) {
    for (BulkOutcome outcome : values()) {
      if (outcome.wireName().equalsIgnoreCase(name.strip())) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("no bulk outcome is called \"" + name + "\"; there are "
        + Arrays.stream(values()).map(BulkOutcome::wireName).collect(Collectors.joining(", ")));
  }
}
