package dev.crashplan4j.core.domain;

import java.util.Objects;

/**
 * Argument checks whose messages name the parameter, so that bad input fails before any
 * request with the same words in every module.
 */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value}; throws {@link NullPointerException} naming {@code name} when it is
   * null and {@link IllegalArgumentException} ("{@code name} must not be blank") when blank.
   */
  public static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
