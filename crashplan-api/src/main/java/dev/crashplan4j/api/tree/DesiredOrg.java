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
  public static Builder builder() {
    return ImmutableDesiredOrg.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableDesiredOrg.builder().from(this);
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

  /**
   * Builds a {@code DesiredOrg}: {@link DesiredOrg#builder()} returns one, {@link DesiredOrg#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link DesiredOrg#externalReference()} to {@code externalReference}. */
    Builder externalReference(String externalReference);

    /** Sets {@link DesiredOrg#name()} to {@code name}. */
    Builder name(String name);

    /** Sets {@link DesiredOrg#notes()} to {@code notes}; null leaves it empty. */
    Builder notes(String notes);

    /** Sets {@link DesiredOrg#notes()} to {@code notes}, which may be empty. */
    Builder notes(Optional<String> notes);

    /** Sets {@link DesiredOrg#state()} to {@code state}; null leaves it empty. */
    Builder state(OrgState state);

    /** Sets {@link DesiredOrg#state()} to {@code state}, which may be empty. */
    Builder state(Optional<? extends OrgState> state);

    /** Sets {@link DesiredOrg#settings()} to {@code settings}; null leaves it empty. */
    Builder settings(SettingsValues settings);

    /** Sets {@link DesiredOrg#settings()} to {@code settings}, which may be empty. */
    Builder settings(Optional<? extends SettingsValues> settings);

    /** Adds {@code element} to {@link DesiredOrg#children()}. */
    Builder addChildren(DesiredOrg element);

    /** Adds {@code elements} to {@link DesiredOrg#children()}. */
    Builder addChildren(DesiredOrg... elements);

    /** Sets {@link DesiredOrg#children()} to the elements of {@code elements}, replacing any added before. */
    Builder children(Iterable<? extends DesiredOrg> elements);

    /** Adds every element of {@code elements} to {@link DesiredOrg#children()}. */
    Builder addAllChildren(Iterable<? extends DesiredOrg> elements);

    /** Sets {@link DesiredOrg#line()} to {@code line}; null leaves it empty. */
    Builder line(int line);

    /** Sets {@link DesiredOrg#line()} to {@code line}, which may be empty. */
    Builder line(OptionalInt line);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    DesiredOrg build();
  }
}
