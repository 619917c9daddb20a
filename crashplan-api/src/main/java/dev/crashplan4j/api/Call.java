package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.port.BearerToken;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a service to the console, as the service describes it once: what the request
 * does (which decides when it may be sent again), the service operation ({@code "block"}),
 * the org it concerns, and the look-up that settles a lost answer. Every failure of the call
 * carries its {@link #label()}, such as {@code "block org 42"}; listeners hear its operation.
 *
 * @param <T> what the call returns
 */
final class Call<T> {

  /** Reads the console to find out whether a change whose answer was lost took. */
  @FunctionalInterface
  interface Look<T> {
    /** The change's result when the console shows it took; empty when it shows it did not. */
    Optional<T> find(BearerToken token);
  }

  private final Effect effect;
  private final String operation;
  private final String label;
  private final Optional<OrgId> org;
  private final Optional<Look<T>> look;

  // The org sits between operation and label so that the two names cannot trade places unseen.
  private Call(Effect effect, String operation, Optional<OrgId> org, String label, Optional<Look<T>> look) {
    this.effect = Objects.requireNonNull(effect, "effect");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.label = Objects.requireNonNull(label, "label");
    this.org = org;
    this.look = look;
  }

  /** A call of {@code operation} about nothing more: labelled by the operation alone. */
  static <T> Call<T> of(Effect effect, String operation) {
    return new Call<>(effect, operation, Optional.empty(), operation, Optional.empty());
  }

  /** A call of {@code operation} on {@code org}: labelled {@code "<operation> org <id>"}. */
  static <T> Call<T> on(Effect effect, String operation, OrgId org) {
    Objects.requireNonNull(org, "id");
    return new Call<>(effect, operation, Optional.of(org), operation + " org " + org, Optional.empty());
  }

  /** This call, labelled {@code "<operation> <subject>"}: {@code "createOrg Sales"}, {@code "getPage 3"}. */
  Call<T> about(String subject) {
    return new Call<>(effect, operation, org, operation + " " + subject, look);
  }

  /**
   * This call, labelled {@code label} as it is: for a request that names itself
   * ({@code "GET /api/v1/User"}), or a read made for another call, whose failures are that call's.
   */
  Call<T> labelled(String label) {
    return new Call<>(effect, operation, org, label, look);
  }

  /** This call, heard by listeners as concerning {@code org}; its label stays. */
  Call<T> concerning(OrgId org) {
    return new Call<>(effect, operation, Optional.of(org), label, look);
  }

  /** This call, whose lost answer {@code look} settles by reading the console. */
  Call<T> settledBy(Look<T> look) {
    return new Call<>(effect, operation, org, label, Optional.of(look));
  }

  Effect effect() {
    return effect;
  }

  /** What every failure of the call is named by. */
  String label() {
    return label;
  }

  Optional<Look<T>> look() {
    return look;
  }

  /** What listeners hear when the call starts. */
  CallStart start() {
    return org.map(id -> CallStart.of(operation, id)).orElseGet(() -> CallStart.of(operation));
  }

  @Override
  public String toString() {
    return label;
  }
}
