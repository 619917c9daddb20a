package dev.crashplan4j.api.tree;

import java.util.Locale;

/** What became of one change of a plan when it was applied. */
public enum ChangeOutcome {
  /** Sent, and the console made it. */
  DONE,
  /** The console already had it: nothing was sent. */
  ALREADY,
  /** The org moved on since the plan (changed, gone, or taken by another org): not sent; plan again. */
  STALE,
  /** Sent or tried and failed: the console did not make it; the result holds the typed exception. */
  FAILED,
  /** Sent, its answer lost, and no read of the console could tell whether it took. */
  UNKNOWN,
  /** Not started: the run stopped early (cancelled, failure budget) or was dry. */
  NOT_STARTED,
  /** A conflict or an unmanaged org: listed by the plan, never sent. */
  NOT_SENT;

  /** How a report spells it: {@code done}, {@code already}, {@code stale}... {@code not-sent}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
