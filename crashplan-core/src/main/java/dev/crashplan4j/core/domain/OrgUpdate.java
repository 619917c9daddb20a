package dev.crashplan4j.core.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields {@code updateOrg} changes: only those given are sent, the others stay as the
 * server has them. At least one field must be given.
 *
 * <pre>{@code
 * OrgUpdate rename = OrgUpdate.builder().name("Sales EMEA").build();
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class OrgUpdate {

  /** Returns a builder; give at least one of name, notes, external reference. */
  public static Builder builder() {
    return ImmutableOrgUpdate.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableOrgUpdate.builder().from(this);
  }

  /** The new name; must not be blank when given. */
  public abstract Optional<String> name();

  /** The new notes; an empty string clears them. */
  public abstract Optional<String> notes();

  /** The new external reference; an empty string clears it. */
  public abstract Optional<String> externalReference();

  @Value.Check
  void check() {
    name().ifPresent(name -> Checks.notBlank(name, "name"));
    if (name().isEmpty() && notes().isEmpty() && externalReference().isEmpty()) {
      throw new IllegalArgumentException(
          "an OrgUpdate must change at least one of name, notes, externalReference");
    }
  }

  /**
   * Builds a {@code OrgUpdate}: {@link OrgUpdate#builder()} returns one, {@link OrgUpdate#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link OrgUpdate#name()} to {@code name}; null leaves it empty. */
    Builder name(String name);

    /** Sets {@link OrgUpdate#name()} to {@code name}, which may be empty. */
    Builder name(Optional<String> name);

    /** Sets {@link OrgUpdate#notes()} to {@code notes}; null leaves it empty. */
    Builder notes(String notes);

    /** Sets {@link OrgUpdate#notes()} to {@code notes}, which may be empty. */
    Builder notes(Optional<String> notes);

    /** Sets {@link OrgUpdate#externalReference()} to {@code externalReference}; null leaves it empty. */
    Builder externalReference(String externalReference);

    /** Sets {@link OrgUpdate#externalReference()} to {@code externalReference}, which may be empty. */
    Builder externalReference(Optional<String> externalReference);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    OrgUpdate build();
  }
}
