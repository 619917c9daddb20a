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
  public static ImmutableOrgUpdate.Builder builder() {
    return ImmutableOrgUpdate.builder();
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
}
