package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import java.io.Console;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the command line reaches the console: the URL from {@code --url}, the profile or
 * {@code CRASHPLAN_URL}; the credentials from the profile and the environment
 * ({@code CRASHPLAN_CLIENT_ID} and {@code CRASHPLAN_CLIENT_SECRET}, or
 * {@code CRASHPLAN_USERNAME} and {@code CRASHPLAN_PASSWORD}), a missing secret asked for on the
 * terminal without echo; the proxy from curl's variables.
 */
final class Connection {

  private final ConnectionOptions options;
  private final UnaryOperator<String> environment;

  Connection(ConnectionOptions options, UnaryOperator<String> environment) {
    this.options = options;
    this.environment = environment;
  }

  /**
   * A client of the console the options and environment name; nothing is sent yet.
   *
   * @throws CommandFailure (exit 2) when the URL or credentials are missing or unusable
   */
  CrashPlanClient open() {
    Optional<Profiles.Profile> profile = Optional.ofNullable(options.profile)
        .map(name -> Profiles.read(Profiles.location(environment)).profile(name));
    String url = Optional.ofNullable(options.url).or(() -> profile.flatMap(Profiles.Profile::url))
        .or(() -> variable("CRASHPLAN_URL"))
        .orElseThrow(() -> CommandFailure.badInput("no console URL: give --url, a --profile with NAME.url,"
            + " or set CRASHPLAN_URL"));
    CrashPlanClient.Builder builder = CrashPlanClient.builder();
    try {
      builder.baseUrl(url);
    } catch (IllegalArgumentException badUrl) {
      throw CommandFailure.badInput("--url: " + badUrl.getMessage());
    }
    builder.credentials(credentials(profile));
    builder.userAgentPrefix("crashplan4j-cli/" + RootCommand.version() + " ");
    try {
      return builder.proxyFromEnvironment(environment).build();
    } catch (IllegalArgumentException badProxy) {
      throw CommandFailure.badInput(badProxy.getMessage());
    }
  }

  private Credentials credentials(Optional<Profiles.Profile> profile) {
    Optional<String> fromProfile = profile.flatMap(Profiles.Profile::clientId);
    Optional<String> userFromProfile = profile.flatMap(Profiles.Profile::username);
    boolean profileSays = fromProfile.isPresent() || userFromProfile.isPresent();
    Optional<String> clientId = profileSays ? fromProfile : variable("CRASHPLAN_CLIENT_ID");
    Optional<String> username = profileSays ? userFromProfile
        : clientId.isPresent() ? Optional.empty() : variable("CRASHPLAN_USERNAME");
    if (clientId.isPresent()) {
      String secret = variable("CRASHPLAN_CLIENT_SECRET")
          .orElseGet(() -> ask("CRASHPLAN_CLIENT_SECRET", "Secret of API client " + clientId.get() + ": "));
      return Credentials.apiClient(clientId.get(), secret);
    }
    if (username.isPresent()) {
      String password = variable("CRASHPLAN_PASSWORD")
          .orElseGet(() -> ask("CRASHPLAN_PASSWORD", "Password of " + username.get() + ": "));
      return Credentials.localAccount(username.get(), password);
    }
    throw CommandFailure.badInput("no credentials: set CRASHPLAN_CLIENT_ID and CRASHPLAN_CLIENT_SECRET,"
        + " or CRASHPLAN_USERNAME and CRASHPLAN_PASSWORD, or give a --profile");
  }

  // Asked without echo, and only of a person: a script gets the variable's name to set instead.
  private static String ask(String variable, String prompt) {
    Console console = Terminal.console().orElseThrow(() ->
        CommandFailure.badInput(variable + " is not set, and there is no terminal to ask for it on"));
    char[] answer = console.readPassword("%s", prompt);
    if (answer == null || answer.length == 0) {
      throw CommandFailure.badInput("no " + variable.substring("CRASHPLAN_".length()).toLowerCase(java.util.Locale.ROOT)
          + " given");
    }
    return new String(answer);
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(environment.apply(name)).filter(value -> !value.isBlank());
  }
}
