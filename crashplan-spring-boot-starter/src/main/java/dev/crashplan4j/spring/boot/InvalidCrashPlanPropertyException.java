package dev.crashplan4j.spring.boot;

import java.util.Objects;

/**
 * A {@code crashplan.*} property is missing or wrong, found when the starter builds its client:
 * start-up stops, and Boot's failure report shows {@link #description()} and {@link #action()}
 * (through {@link CrashPlanPropertiesFailureAnalyzer}). Neither ever holds a secret's value.
 */
public final class InvalidCrashPlanPropertyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String action;

  InvalidCrashPlanPropertyException(String property, String description, String action) {
    super(Objects.requireNonNull(description, "description"));
    this.property = Objects.requireNonNull(property, "property");
    this.action = Objects.requireNonNull(action, "action");
  }

  /** The property to set or correct, such as {@code crashplan.client-id}. */
  public String property() {
    return property;
  }

  /** What is wrong, naming the property; the exception's message. */
  public String description() {
    return getMessage();
  }

  /** What to do about it. */
  public String action() {
    return action;
  }
}
