package dev.crashplan4j.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Settings read from JVM system properties, then environment variables: the client's
 * {@code fromEnvironment()}. Messages name where a value was looked for, never what it was.
 */
final class EnvironmentSettings {

  /**
   * One setting: its system property in the Spring Boot starter's form ({@code crashplan.client-id}),
   * the camel-case spelling also taken ({@code crashplan.clientId}, which Spring's relaxed
   * binding takes too), and its environment variable.
   */
  record Name(String property, Optional<String> camelCase, String variable) {
    Name(String property, String variable) {
      this(property, Optional.empty(), variable);
    }

    Name(String property, String camelCase, String variable) {
      this(property, Optional.of(camelCase), variable);
    }

    @Override
    public String toString() {
      return "system property " + property + " or environment variable " + variable;
    }
  }

  static final Name URL = new Name("crashplan.url", "CRASHPLAN_URL");
  static final Name CLIENT_ID = new Name("crashplan.client-id", "crashplan.clientId", "CRASHPLAN_CLIENT_ID");
  static final Name CLIENT_SECRET =
      new Name("crashplan.client-secret", "crashplan.clientSecret", "CRASHPLAN_CLIENT_SECRET");
  static final Name USERNAME = new Name("crashplan.username", "CRASHPLAN_USERNAME");
  static final Name PASSWORD = new Name("crashplan.password", "CRASHPLAN_PASSWORD");

  private final UnaryOperator<String> properties;
  private final UnaryOperator<String> environment;

  EnvironmentSettings(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  Optional<String> find(Name name) {
    Optional<String> fromProperty = property(name.property())
        .or(() -> name.camelCase().flatMap(this::property));
    if (fromProperty.isPresent()) {
      return fromProperty;
    }
    String fromEnvironment = environment.apply(name.variable());
    return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment.strip());
  }

  private Optional<String> property(String key) {
    String value = properties.apply(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  String required(Name name) {
    return find(name).orElseThrow(() -> new IllegalStateException(
        "the CrashPlan console's URL is not configured: set " + name));
  }

  /** An API client if its id or secret is set, else a local account if its username or password is. */
  Credentials credentials() {
    Optional<String> clientId = find(CLIENT_ID);
    Optional<String> secret = find(CLIENT_SECRET);
    if (clientId.isPresent() || secret.isPresent()) {
      return Credentials.apiClient(both(clientId, CLIENT_ID, secret, CLIENT_SECRET, "an API client"),
          secret.orElseThrow());
    }
    Optional<String> username = find(USERNAME);
    Optional<String> password = find(PASSWORD);
    if (username.isPresent() || password.isPresent()) {
      return Credentials.localAccount(both(username, USERNAME, password, PASSWORD, "a local account"),
          password.orElseThrow());
    }
    throw new IllegalStateException("no CrashPlan credentials are configured: looked at " + String.join(", ",
        List.of(CLIENT_ID.property(), CLIENT_SECRET.property(), USERNAME.property(), PASSWORD.property()))
        + " (system properties) and " + String.join(", ",
        List.of(CLIENT_ID.variable(), CLIENT_SECRET.variable(), USERNAME.variable(), PASSWORD.variable()))
        + " (environment variables); set an API client's id and secret, or a username and password");
  }

  // Half a pair is a mistake worth naming: which half is missing, and where it was looked for.
  private static String both(Optional<String> first, Name firstName, Optional<String> second, Name secondName,
      String what) {
    List<Name> missing = new ArrayList<>();
    if (first.isEmpty()) {
      missing.add(firstName);
    }
    if (second.isEmpty()) {
      missing.add(secondName);
    }
    if (!missing.isEmpty()) {
      Name found = missing.contains(firstName) ? secondName : firstName;
      throw new IllegalStateException("the credentials of " + what + " are half set: " + found.property() + " / "
          + found.variable() + " is set, but not " + missing.get(0));
    }
    return first.orElseThrow();
  }
}
