package dev.crashplan4j.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Settings read from JVM system properties, then environment variables: the client's
 * {@code fromEnvironment()}. Each setting has the names Spring Boot's relaxed binding gives the
 * starter's property, so one set of names configures both; the first one set wins. Messages name
 * the form that was set, or every form looked for, and never a value.
 */
final class EnvironmentSettings {

  /**
   * One setting, as a message calls it, and its names in the order they are read: system
   * properties (kebab case, camel case, underscores: what Boot takes from a system property),
   * then environment variables (Boot's canonical form first: dots to underscores, dashes
   * dropped; then the form with the dash as an underscore, which Boot binds too).
   */
  record Name(String what, List<String> properties, List<String> variables) {

    /** Every name, as a message lists them: "system property a, b or c, or environment variable D or E". */
    String accepted() {
      return "system property " + alternatives(properties) + ", or environment variable " + alternatives(variables);
    }

    private static String alternatives(List<String> names) {
      return names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
  }

  /** A value and the one name it was read from, as a message says it. */
  record Found(String value, String source) {}

  static final Name URL = new Name("the console's URL", List.of("crashplan.url"), List.of("CRASHPLAN_URL"));
  static final Name CLIENT_ID = new Name("the API client's id",
      List.of("crashplan.client-id", "crashplan.clientId", "crashplan.client_id"),
      List.of("CRASHPLAN_CLIENTID", "CRASHPLAN_CLIENT_ID"));
  static final Name CLIENT_SECRET = new Name("the API client's secret",
      List.of("crashplan.client-secret", "crashplan.clientSecret", "crashplan.client_secret"),
      List.of("CRASHPLAN_CLIENTSECRET", "CRASHPLAN_CLIENT_SECRET"));
  static final Name USERNAME =
      new Name("the local account's username", List.of("crashplan.username"), List.of("CRASHPLAN_USERNAME"));
  static final Name PASSWORD =
      new Name("the local account's password", List.of("crashplan.password"), List.of("CRASHPLAN_PASSWORD"));

  private final UnaryOperator<String> properties;
  private final UnaryOperator<String> environment;

  EnvironmentSettings(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** The first of the setting's names that is set; a blank one is a mistake, not an absence. */
  Optional<Found> find(Name name) {
    for (String property : name.properties()) {
      Optional<Found> found = read(properties, "system property " + property, property);
      if (found.isPresent()) {
        return found;
      }
    }
    for (String variable : name.variables()) {
      Optional<Found> found = read(environment, "environment variable " + variable, variable);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> read(UnaryOperator<String> source, String described, String key) {
    String value = source.apply(key);
    if (value == null) {
      return Optional.empty();
    }
    // Set but empty is most often an unresolved ${...} in a deployment file: say so rather than
    // fall through to a lower name or to "not configured".
    if (value.isBlank()) {
      throw new IllegalStateException(described + " is set but blank: give it a value, or unset it");
    }
    return Optional.of(new Found(value.strip(), described));
  }

  /** The console's URL and the name it was read from. */
  Found url() {
    return find(URL).orElseThrow(() -> new IllegalStateException(
        "the CrashPlan console's URL is not configured: set " + URL.accepted()));
  }

  /** An API client if its id or secret is set, else a local account if its username or password is; not both. */
  Credentials credentials() {
    Optional<Found> clientId = find(CLIENT_ID);
    Optional<Found> secret = find(CLIENT_SECRET);
    Optional<Found> username = find(USERNAME);
    Optional<Found> password = find(PASSWORD);
    boolean client = clientId.isPresent() || secret.isPresent();
    boolean account = username.isPresent() || password.isPresent();
    if (client && account) {
      throw new IllegalStateException("both an API client (" + sources(clientId, secret) + ") and a local account ("
          + sources(username, password) + ") are configured: keep one, and unset the other");
    }
    if (client) {
      both(clientId, CLIENT_ID, secret, CLIENT_SECRET, "an API client");
      return Credentials.apiClient(clientId.orElseThrow().value(), secret.orElseThrow().value());
    }
    if (account) {
      both(username, USERNAME, password, PASSWORD, "a local account");
      return Credentials.localAccount(username.orElseThrow().value(), password.orElseThrow().value());
    }
    throw new IllegalStateException("no CrashPlan credentials are configured: set an API client's id ("
        + CLIENT_ID.accepted() + ") and its secret (" + CLIENT_SECRET.accepted() + "), or a local account's username ("
        + USERNAME.accepted() + ") and its password (" + PASSWORD.accepted() + ")");
  }

  private static String sources(Optional<Found> first, Optional<Found> second) {
    return String.join(", ", Stream.of(first, second).flatMap(Optional::stream).map(Found::source).toList());
  }

  // Half a pair is a mistake worth naming: the half that was set, as it was set, and every name of
  // the half that is missing.
  private static void both(Optional<Found> first, Name firstName, Optional<Found> second, Name secondName,
      String what) {
    List<Name> missing = new ArrayList<>();
    first.ifPresentOrElse(found -> { }, () -> missing.add(firstName));
    second.ifPresentOrElse(found -> { }, () -> missing.add(secondName));
    if (!missing.isEmpty()) {
      Found set = first.or(() -> second).orElseThrow();
      Name absent = missing.get(0);
      throw new IllegalStateException("the credentials of " + what + " are half set: " + set.source()
          + " is set, but not " + absent.what() + ": set " + absent.accepted());
    }
  }
}
