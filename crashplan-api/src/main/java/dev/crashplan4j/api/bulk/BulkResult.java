package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.error.CrashPlanException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one item of a bulk run, reported in input order.
 *
 * @param <T> the type of the run's inputs (a {@link BulkItem}, a CSV row, a plan's change...)
 * @param position the item's place in the input, from 0
 * @param input the input the item came from
 * @param item what the item asked
 * @param outcome what became of it
 * @param ref the org's identifiers, when the item's org was found (or created)
 * @param org the org as the console now has it, when the run read it or was answered it
 *     (creates, updates, reads, settings edits); empty for state changes, whose answer is empty
 * @param failure why the item failed or its outcome is unknown: a {@link CrashPlanException}
 *     from the console's side, an {@link IllegalArgumentException} for an edit that could not be
 *     made; empty otherwise
 * @param wouldSend in a dry run, the requests the item would send, each as
 *     {@code METHOD path: what changes}; empty otherwise, and when nothing would be sent
 * @param carriedOver whether an earlier run did the item, so this one only reports its outcome
 */
public record BulkResult<T>(long position, T input, BulkItem item, BulkOutcome outcome, Optional<OrgRef> ref,
    Optional<Org> org, Optional<RuntimeException> failure, List<String> wouldSend, boolean carriedOver) {

  /** Checks that nothing is missing and that a failure goes with a failed or unknown outcome. */
  public BulkResult {
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative, was " + position);
    }
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(failure, "failure");
    wouldSend = List.copyOf(wouldSend);
    boolean failing = outcome == BulkOutcome.FAILED || outcome == BulkOutcome.UNKNOWN;
    if (failing != failure.isPresent()) {
      throw new IllegalArgumentException("a " + outcome.wireName() + " result " + (failing ? "needs" : "has no") + " failure");
    }
  }

  /** The failure's message, or {@code ""}: the {@code error} column of a report. */
  public String error() {
    return failure.map(Throwable::getMessage).orElse("");
  }

  /**
   * Returns the items of {@code results} that are done or already so, with their outcome: what
   * {@link BulkOptions#resumed()} takes to resume a run. The last result of an item wins.
   */
  public static Map<BulkItem, BulkOutcome> resumable(Iterable<? extends BulkResult<?>> results) {
    Map<BulkItem, BulkOutcome> done = new LinkedHashMap<>();
    for (BulkResult<?> result : results) {
      if (result.outcome().succeeded()) {
        done.put(result.item(), result.outcome());
      } else {
        done.remove(result.item());
      }
    }
    return Collections.unmodifiableMap(done);
  }
}
