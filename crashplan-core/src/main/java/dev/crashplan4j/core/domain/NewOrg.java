package dev.crashplan4j.core.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code createOrg} sends: a name, and optionally an external reference, notes and the
 * uid of the parent org (the console's top org when absent).
 *
 * <pre>{@code
 * NewOrg sales = NewOrg.builder().name("Sales").parentOrgUid(OrgUid.of("1234")).build();
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class NewOrg {

  /** Returns a builder; {@code name} is required and must not be blank. */
  public static Builder builder() {
    return ImmutableNewOrg.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableNewOrg.builder().from(this);
  }

  /** The name of the new org. */
  public abstract String name();

  /** The external reference: serial number, asset tag, employee id, ticket id... */
  public abstract Optional<String> externalReference();

  /** Descriptive notes. */
  public abstract Optional<String> notes();

  /** The uid of the parent org; the new org is created under it. */
  public abstract Optional<OrgUid> parentOrgUid();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
  }

  /**
   * Builds a {@code NewOrg}: {@link NewOrg#builder()} returns one, {@link NewOrg#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link NewOrg#name()} to {@code name}. */
    Builder name(String name);

    /** Sets {@link NewOrg#externalReference()} to {@code externalReference}; null leaves it empty. */
    Builder externalReference(String externalReference);

    /** Sets {@link NewOrg#externalReference()} to {@code externalReference}, which may be empty. */
    Builder externalReference(Optional<String> externalReference);

    /** Sets {@link NewOrg#notes()} to {@code notes}; null leaves it empty. */
    Builder notes(String notes);

    /** Sets {@link NewOrg#notes()} to {@code notes}, which may be empty. */
    Builder notes(Optional<String> notes);

    /** Sets {@link NewOrg#parentOrgUid()} to {@code parentOrgUid}; null leaves it empty. */
    Builder parentOrgUid(OrgUid parentOrgUid);

    /** Sets {@link NewOrg#parentOrgUid()} to {@code parentOrgUid}, which may be empty. */
    Builder parentOrgUid(Optional<? extends OrgUid> parentOrgUid);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    NewOrg build();
  }
}
