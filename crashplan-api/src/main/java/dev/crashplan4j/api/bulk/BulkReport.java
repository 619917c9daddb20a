package dev.crashplan4j.api.bulk;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every result of a bulk run held in memory, in input order, with the summary: what the runs of
 * a list return. Runs over an iterator or a stream hand each result to a consumer instead.
 *
 * @param <T> the type of the run's inputs
 * @param results the results, in input order
 * @param summary the counts
 */
public record BulkReport<T>(List<BulkResult<T>> results, BulkSummary summary) {

  /** Copies the results. */
  public BulkReport {
    results = List.copyOf(results);
    Objects.requireNonNull(summary, "summary");
  }

  /** The results that ended with {@code outcome}, in input order. */
  public List<BulkResult<T>> results(BulkOutcome outcome) {
    return results.stream().filter(result -> result.outcome() == outcome).toList();
  }

  /** The items done or already so, for {@link BulkOptions#resumed()}: a run given them does only the rest. */
  public Map<BulkItem, BulkOutcome> resumable() {
    return BulkResult.resumable(results);
  }
}
