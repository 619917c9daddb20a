package dev.crashplan4j.core.domain;

import java.util.Objects;

/** Argument checks whose messages name the parameter, shared by the value types. */
final class Checks {

  private Checks() {}

  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
