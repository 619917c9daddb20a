package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.Credentials;
import java.time.Duration;

/**
 * The checks of the {@code crashplan.*} properties at start-up: each failure names the
 * property to set, and never shows a value.
 */
final class PropertyChecks {

  private PropertyChecks() {}

  static String url(CrashPlanProperties properties) {
    if (blank(properties.getUrl())) {
      throw new IllegalStateException("crashplan.url is not set: the console's address, such as"
          + " https://console.us1.crashplan.com");
    }
    return properties.getUrl();
  }

  static Credentials credentials(CrashPlanProperties properties) {
    boolean client = !blank(properties.getClientId()) || !blank(properties.getClientSecret());
    if (client) {
      if (blank(properties.getClientId()) || blank(properties.getClientSecret())) {
        throw new IllegalStateException("crashplan.client-id and crashplan.client-secret go together: "
            + (blank(properties.getClientId()) ? "crashplan.client-id" : "crashplan.client-secret") + " is not set");
      }
      return Credentials.apiClient(properties.getClientId(), properties.getClientSecret());
    }
    boolean account = !blank(properties.getUsername()) || !blank(properties.getPassword());
    if (account) {
      if (blank(properties.getUsername()) || blank(properties.getPassword())) {
        throw new IllegalStateException("crashplan.username and crashplan.password go together: "
            + (blank(properties.getUsername()) ? "crashplan.username" : "crashplan.password") + " is not set");
      }
      return Credentials.localAccount(properties.getUsername(), properties.getPassword());
    }
    throw new IllegalStateException("no CrashPlan credentials: set crashplan.client-id and crashplan.client-secret,"
        + " or crashplan.username and crashplan.password");
  }

  static Duration positive(Duration duration, String property) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalStateException(property + " must be a positive duration, such as 30s");
    }
    return duration;
  }

  static int atLeastOne(int value, String property) {
    if (value < 1) {
      throw new IllegalStateException(property + " must be at least 1, was " + value);
    }
    return value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
