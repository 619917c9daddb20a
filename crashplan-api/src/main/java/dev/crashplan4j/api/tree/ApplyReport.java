package dev.crashplan4j.api.tree;

import java.util.List;
import java.util.Objects;

/**
 * What an apply did: one result per change of the plan, in plan order, none left out.
 *
 * @param results the results, in plan order
 */
public record ApplyReport(List<ChangeResult> results) {

  /** Copies the results. */
  public ApplyReport {
    results = List.copyOf(Objects.requireNonNull(results, "results"));
  }

  /** The results that ended with {@code outcome}, in plan order. */
  public List<ChangeResult> results(ChangeOutcome outcome) {
    return results.stream().filter(result -> result.outcome() == outcome).toList();
  }

  /** How many changes ended with {@code outcome}. */
  public long count(ChangeOutcome outcome) {
    return results.stream().filter(result -> result.outcome() == outcome).count();
  }

  /** Whether every change that is sent at all is now on the console: done or already so. */
  public boolean allApplied() {
    return results.stream().allMatch(result -> result.outcome() == ChangeOutcome.DONE
        || result.outcome() == ChangeOutcome.ALREADY || result.outcome() == ChangeOutcome.NOT_SENT);
  }

  /** One line per result, then the counts: {@code Applied: 5 done, 0 already, 1 stale, 0 failed, 0 unknown, 0 not started, 1 not sent.} */
  public String print() {
    StringBuilder out = new StringBuilder();
    results.forEach(result -> out.append(result).append('\n'));
    out.append("Applied: ").append(count(ChangeOutcome.DONE)).append(" done, ").append(count(ChangeOutcome.ALREADY))
        .append(" already, ").append(count(ChangeOutcome.STALE)).append(" stale, ").append(count(ChangeOutcome.FAILED))
        .append(" failed, ").append(count(ChangeOutcome.UNKNOWN)).append(" unknown, ")
        .append(count(ChangeOutcome.NOT_STARTED)).append(" not started, ").append(count(ChangeOutcome.NOT_SENT))
        .append(" not sent.\n");
    return out.toString();
  }

  /** Reads as {@link #print()}. */
  @Override
  public String toString() {
    return print();
  }
}
