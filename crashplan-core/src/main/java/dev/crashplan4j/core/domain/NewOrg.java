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
  public static ImmutableNewOrg.Builder builder() {
    return ImmutableNewOrg.builder();
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
}
