package dev.crashplan4j.api.bulk;

import java.time.Duration;
import java.util.Objects;

/**
 * The counts of a bulk run, by outcome.
 *
 * @param total how many items the input held
 * @param done how many were sent and made
 * @param already how many were already so: nothing sent
 * @param failed how many failed
 * @param unknown how many were sent with an outcome that stayed unknown
 * @param notStarted how many did not start (cancelled, failure budget, dry run)
 * @param carriedOver how many of the done and already so an earlier run did (resume)
 * @param stop why the run ended
 * @param elapsed how long it took, by the client's clock
 */
public record BulkSummary(long total, long done, long already, long failed, long unknown, long notStarted,
    long carriedOver, BulkStop stop, Duration elapsed) {

  /** Checks that the counts add up to the total. */
  public BulkSummary {
    Objects.requireNonNull(stop, "stop");
    Objects.requireNonNull(elapsed, "elapsed");
    if (done + already + failed + unknown + notStarted != total) {
      throw new IllegalArgumentException("the outcomes add up to " + (done + already + failed + unknown + notStarted)
          + ", not the total " + total);
    }
  }

  /** How many items ended with {@code outcome}. */
  public long count(BulkOutcome outcome) {
    return switch (outcome) {
      case DONE -> done;
      case ALREADY -> already;
      case FAILED -> failed;
      case UNKNOWN -> unknown;
      case NOT_STARTED -> notStarted;
    };
  }

  /** Whether every item is done or already so. */
  public boolean allSucceeded() {
    return done + already == total;
  }

  /**
   * Reads as {@code 1000 items: 990 done, 5 already, 3 failed, 2 unknown, 0 not started (completed in PT12S)},
   * and after a resume with {@code , 17 carried over from the earlier report} before the parenthesis.
   */
  @Override
  public String toString() {
    return total + " items: " + done + " done, " + already + " already, " + failed + " failed, " + unknown + " unknown, "
        + notStarted + " not started" + (carriedOver > 0 ? ", " + carriedOver + " carried over from the earlier report" : "")
        + " (" + stop.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " in " + elapsed + ")";
  }
}
