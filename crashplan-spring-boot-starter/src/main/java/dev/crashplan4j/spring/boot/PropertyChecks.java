package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.Credentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * The checks of the {@code crashplan.*} properties at start-up: each failure names the
 * property to set and what to do, and never shows a credential.
 */
final class PropertyChecks {

  private static final String URL_ACTION = "Set crashplan.url (or the environment variable CRASHPLAN_URL) to the"
      + " console's address, such as https://console.us1.crashplan.com.";
  private static final String CREDENTIALS_ACTION = "Set crashplan.client-id and crashplan.client-secret"
      + " (or CRASHPLAN_CLIENT_ID and CRASHPLAN_CLIENT_SECRET) for an API client, or crashplan.username and"
      + " crashplan.password (or CRASHPLAN_USERNAME and CRASHPLAN_PASSWORD) for a local account.";

  private PropertyChecks() {}

  static String url(CrashPlanProperties properties) {
    String url = properties.getUrl();
    if (blank(url)) {
      throw new InvalidCrashPlanPropertyException("crashplan.url",
          "crashplan.url is not set: the starter has no console to connect to.", URL_ACTION);
    }
    URI parsed;
    try {
      parsed = new URI(url.strip());
    } catch (URISyntaxException malformed) {
      parsed = null;
    }
    String scheme = parsed == null || parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
    // The value is not shown: a URL may carry a user and password.
    if ((!scheme.equals("http") && !scheme.equals("https")) || parsed.getHost() == null) {
      throw new InvalidCrashPlanPropertyException("crashplan.url",
          "crashplan.url is not an http or https URL with a host.", URL_ACTION);
    }
    return url.strip();
  }

  static Credentials credentials(CrashPlanProperties properties) {
    boolean client = !blank(properties.getClientId()) || !blank(properties.getClientSecret());
    boolean account = !blank(properties.getUsername()) || !blank(properties.getPassword());
    // As fromEnvironment() does: signing in as one when the other is also set would hide a mistake.
    if (client && account) {
      String clientSet = set("crashplan.client-id", properties.getClientId(), "crashplan.client-secret",
          properties.getClientSecret());
      String accountSet = set("crashplan.username", properties.getUsername(), "crashplan.password",
          properties.getPassword());
      String property = blank(properties.getUsername()) ? "crashplan.password" : "crashplan.username";
      throw new InvalidCrashPlanPropertyException(property, "both an API client ("
          + clientSet.replace(" and ", ", ") + ") and a local account (" + accountSet.replace(" and ", ", ")
          + ") are configured: which one to sign in with is not clear.", "Keep one: remove " + accountSet
          + " for the API client, or " + clientSet + " for the local account (each as it is set: a property, or"
          + " its environment variable).");
    }
    if (client) {
      pair("crashplan.client-id", properties.getClientId(), "crashplan.client-secret", properties.getClientSecret(),
          "an API client");
      return Credentials.apiClient(properties.getClientId(), properties.getClientSecret());
    }
    if (account) {
      pair("crashplan.username", properties.getUsername(), "crashplan.password", properties.getPassword(),
          "a local account");
      return Credentials.localAccount(properties.getUsername(), properties.getPassword());
    }
    throw new InvalidCrashPlanPropertyException("crashplan.client-id", "no CrashPlan credentials: neither"
        + " crashplan.client-id and crashplan.client-secret nor crashplan.username and crashplan.password are set.",
        CREDENTIALS_ACTION);
  }

  private static void pair(String first, String firstValue, String second, String secondValue, String what) {
    if (blank(firstValue) || blank(secondValue)) {
      String missing = blank(firstValue) ? first : second;
      String set = blank(firstValue) ? second : first;
      throw new InvalidCrashPlanPropertyException(missing,
          first + " and " + second + " go together: " + missing + " is not set",
          "Set " + missing + " (or the environment variable " + variable(missing) + ") too, for " + what
              + ", or remove " + set + ". " + CREDENTIALS_ACTION);
    }
  }

  static Duration positive(Duration duration, String property) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new InvalidCrashPlanPropertyException(property,
          property + " must be a positive duration, was " + duration + ".",
          "Set " + property + " to a positive duration: 30 (seconds, when no unit is given), 30s, 500ms or PT30S.");
    }
    return duration;
  }

  static int atLeastOne(int value, String property) {
    if (value < 1) {
      throw new InvalidCrashPlanPropertyException(property, property + " must be at least 1, was " + value + ".",
          "Set " + property + " to how many times a call is tried in all: 1 turns retries off, 3 is the default.");
    }
    return value;
  }

  static int port(int value, String property) {
    if (value < 1 || value > 65_535) {
      throw new InvalidCrashPlanPropertyException(property, property + " must be a port from 1 to 65535, was "
          + value + ".", "Set " + property + " to the proxy's port, such as 3128.");
    }
    return value;
  }

  // The names of the pair's properties that have a value, "a and b" or one of them.
  private static String set(String first, String firstValue, String second, String secondValue) {
    if (!blank(firstValue) && !blank(secondValue)) {
      return first + " and " + second;
    }
    return blank(firstValue) ? second : first;
  }

  private static String variable(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
