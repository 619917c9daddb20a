package dev.crashplan4j.api.tree;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import org.immutables.value.Value;

/**
 * How a plan treats the tenant's orgs that the document does not name.
 *
 * <pre>{@code
 * OrgPlan plan = client.orgs().tree().plan(tree, PlanOptions.builder().prune(true).build());
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class PlanOptions {

  private static final PlanOptions DEFAULTS = builder().build();

  /** Returns a builder; nothing is pruned unless asked. */
  public static Builder builder() {
    return ImmutablePlanOptions.builder();
  }

  /** Unmanaged orgs are listed and left alone. */
  public static PlanOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the orgs the document does not name are deactivated (each active or blocked one
   * whose parent is not deactivated with it) rather than listed as unmanaged; off unless set.
   */
  @Value.Default
  public boolean prune() {
    return false;
  }

  /**
   * Builds a {@code PlanOptions}: {@link PlanOptions#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link PlanOptions#prune()} to {@code prune}. */
    Builder prune(boolean prune);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    PlanOptions build();
  }
}
