package dev.crashplan4j.core.event;

import dev.crashplan4j.core.domain.OrgId;
import java.util.Objects;
import java.util.Optional;

/**
 * A call starts: {@code operation} is the service method ({@code "block"}, {@code "getPage"}),
 * a name from a small fixed set; {@code org} the org it acts on, when there is one.
 */
public final class CallStart {

  private final String operation;
  private final OrgId org;

  private CallStart(String operation, OrgId org) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.org = org;
  }

  /** A call about no one org. */
  public static CallStart of(String operation) {
    return new CallStart(operation, null);
  }

  /** A call about {@code org}. */
  public static CallStart of(String operation, OrgId org) {
    return new CallStart(operation, Objects.requireNonNull(org, "org"));
  }

  /** The service method called, such as {@code "block"}. */
  public String operation() {
    return operation;
  }

  /** The org the call acts on, when it acts on one. */
  public Optional<OrgId> org() {
    return Optional.ofNullable(org);
  }

  /** Reads as {@code block org 42}. */
  @Override
  public String toString() {
    return org == null ? operation : operation + " org " + org;
  }
}
