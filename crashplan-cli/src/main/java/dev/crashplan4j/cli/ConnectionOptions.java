package dev.crashplan4j.cli;

import picocli.CommandLine.Option;

/**
 * The options that say which console to speak to and how: on every command that speaks to
 * one, and on {@code crashplan4j} itself, so that they may stand before or after the command.
 */
final class ConnectionOptions {

  @Option(names = "--url", paramLabel = "URL", description = "The console, such as https://console.us1.crashplan.com."
      + " Default: the profile's url, else $CRASHPLAN_URL.")
  String url;

  @Option(names = "--profile", paramLabel = "NAME", description = "A profile of"
      + " $XDG_CONFIG_HOME/crashplan4j/profiles.properties (~/.config/crashplan4j/...): NAME.url and NAME.client-id"
      + " or NAME.username. The secret comes from the environment or is asked for, never from the file.")
  String profile;

  @Option(names = {"-v", "--verbose"}, description = "Logs each request (masked: no header, no secret) and each"
      + " retry to standard error, and shows the stack trace of an error.")
  boolean verbose;

  /** These options where given, else {@code fallback}'s: a command's own win over {@code crashplan4j}'s. */
  ConnectionOptions or(ConnectionOptions fallback) {
    ConnectionOptions merged = new ConnectionOptions();
    merged.url = url != null ? url : fallback.url;
    merged.profile = profile != null ? profile : fallback.profile;
    merged.verbose = verbose || fallback.verbose;
    return merged;
  }
}
