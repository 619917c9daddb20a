package dev.crashplan4j.api.bulk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a bulk run stands: what a {@link BulkListener} hears with each event. Counts only grow
 * from one event to the next.
 *
 * @param started how many items started
 * @param finished how many items were reported, carried-over ones included
 * @param total how many items the input holds, when known (a list, a CSV file, or
 *     {@link BulkOptions#expectedItems()})
 * @param succeeded how many of the finished are done or already so
 * @param failed how many of the finished failed or have an unknown outcome
 * @param elapsed the time since the run started, by the client's clock
 * @param itemsPerSecond the rate of the items that ran (carried-over ones left out), 0 before
 *     any time has passed
 * @param remaining the time left at that rate, when the total is known and the rate is not 0
 */
public record BulkProgress(long started, long finished, OptionalLong total, long succeeded, long failed,
    Duration elapsed, double itemsPerSecond, Optional<Duration> remaining) {

  /** Checks that nothing is missing. */
  public BulkProgress {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(remaining, "remaining");
  }

  /** Reads as {@code 420/1000 (3 failed), 52.1/s, PT11S left}. */
  @Override
  public String toString() {
    return finished + (total.isPresent() ? "/" + total.getAsLong() : "") + " (" + failed + " failed), "
        + String.format(java.util.Locale.ROOT, "%.1f/s", itemsPerSecond)
        + remaining.map(left -> ", " + left + " left").orElse("");
  }
}
