package dev.crashplan4j.api.tree;

import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One org of an {@link OrgTree}, as the document wants it: named by its external reference,
 * with a name, optional notes, state and settings, and its children.
 *
 * <pre>{@code
 * DesiredOrg acme = DesiredOrg.builder().externalReference("CUST-1").name("Acme")
 *     .settings(SettingsValues.builder().archiveHoldDays(90).build())
 *     .addChildren(DesiredOrg.builder().externalReference("CUST-1-SALES").name("Acme Sales").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class DesiredOrg {

  /** Returns a builder; the external reference and the name are required and must not be blank. */
  public static ImmutableDesiredOrg.Builder builder() {
    return ImmutableDesiredOrg.builder();
  }

  /** The org's external reference ({@code orgExtRef}): unique in the document, and how the plan finds the org. */
  public abstract String externalReference();

  /** The org's name. */
  public abstract String name();

  /** The org's notes; absent, the plan leaves the console's notes as they are. */
  public abstract Optional<String> notes();

  /** The state the document names; absent, the org takes its parent's (active at the top). */
  public abstract Optional<OrgState> state();

  /** The settings the document manages on the org; only the values given are compared and set. */
  public abstract Optional<SettingsValues> settings();

  /** The org's children, in document order. */
  public abstract List<DesiredOrg> children();

  /** The line of the document where the org starts; absent for an org built in code. */
  public abstract OptionalInt line();

  @Value.Check
  void check() {
    Checks.notBlank(externalReference(), "externalReference");
    Checks.notBlank(name(), "name");
  }
}
