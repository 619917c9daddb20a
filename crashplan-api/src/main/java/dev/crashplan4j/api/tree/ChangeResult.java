package dev.crashplan4j.api.tree;

import dev.crashplan4j.core.domain.OrgRef;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one change of a plan.
 *
 * @param change the change, as the plan has it
 * @param outcome what became of it
 * @param org the org's identifiers, when it was found or created
 * @param reason why it was stale or not sent; empty otherwise
 * @param failure why it failed or its outcome is unknown (a
 *     {@link dev.crashplan4j.core.error.CrashPlanException} from the console's side); empty otherwise
 */
public record ChangeResult(OrgChange change, ChangeOutcome outcome, Optional<OrgRef> org, Optional<String> reason,
    Optional<RuntimeException> failure) {

  /** Checks that nothing is missing and that a failure goes with a failed or unknown outcome. */
  public ChangeResult {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(failure, "failure");
    boolean failing = outcome == ChangeOutcome.FAILED || outcome == ChangeOutcome.UNKNOWN;
    if (failing != failure.isPresent()) {
      throw new IllegalArgumentException("a " + outcome.wireName() + " result " + (failing ? "needs" : "has no") + " failure");
    }
  }

  /** Reads as {@code done     + CUST-1 create under the top org: name "Acme"}, with the reason or failure after. */
  @Override
  public String toString() {
    String why = reason.or(() -> failure.map(Throwable::getMessage)).map(text -> " [" + text + "]").orElse("");
    return String.format(java.util.Locale.ROOT, "%-11s %s%s", outcome.wireName(), change.line(), why);
  }
}
