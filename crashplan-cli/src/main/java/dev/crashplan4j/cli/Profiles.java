package dev.crashplan4j.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The named profiles of {@code profiles.properties}: for each name, the console's URL and who
 * signs in, never a secret.
 *
 * <pre>
 * prod.url=https://console.us1.crashplan.com
 * prod.client-id=key-6f2a
 * lab.url=https://crashplan.lab.example.com
 * lab.username=admin@example.com
 * </pre>
 */
final class Profiles {

  // The SDK's masking rule (RequestLog): a name holding one of these, in any case, names a secret.
  private static final List<String> SECRET_WORDS = List.of("secret", "password", "token", "key");

  private static final List<String> KEYS = List.of("url", "client-id", "username");

  private final Path file;
  private final Properties properties;

  private Profiles(Path file, Properties properties) {
    this.file = file;
    this.properties = properties;
  }

  /** The file: {@code $XDG_CONFIG_HOME/crashplan4j/profiles.properties}, else under {@code ~/.config}. */
  static Path location(UnaryOperator<String> environment) {
    String xdg = environment.apply("XDG_CONFIG_HOME");
    Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(Optional.ofNullable(environment.apply("HOME")).orElse(System.getProperty("user.home")), ".config");
    return config.resolve("crashplan4j").resolve("profiles.properties");
  }

  /**
   * Reads the file.
   *
   * @throws CommandFailure (exit 2) when it is missing or unreadable, holds a key whose name
   *     holds secret, password, token or key, or a key that is not a profile's
   */
  static Profiles read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException missing) {
      throw CommandFailure.badInput("--profile: there is no profile file " + file);
    } catch (IOException | IllegalArgumentException unreadable) {
      throw CommandFailure.badInput("--profile: cannot read " + file + ": " + unreadable.getMessage());
    }
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String property = key.substring(key.indexOf('.') + 1);
      String lower = property.toLowerCase(Locale.ROOT);
      if (SECRET_WORDS.stream().anyMatch(lower::contains)) {
        throw CommandFailure.badInput(file + " holds a secret (" + key + "): remove it; secrets never go in that file,"
            + " they come from CRASHPLAN_CLIENT_SECRET or CRASHPLAN_PASSWORD, or are asked for");
      }
      // A misspelt key would be dropped silently and the profile used without it.
      if (!key.contains(".") || !KEYS.contains(property)) {
        throw CommandFailure.badInput(file + " has an unknown key " + key + ": a profile's keys are NAME."
            + String.join(", NAME.", KEYS));
      }
    }
    return new Profiles(file, properties);
  }

  /**
   * The profile {@code name}.
   *
   * @throws CommandFailure (exit 2) when the file has no such profile, naming those it has
   */
  Profile profile(String name) {
    String prefix = name + ".";
    boolean known = properties.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
    if (!known) {
      TreeSet<String> names = new TreeSet<>();
      properties.stringPropertyNames().forEach(key -> names.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key));
      throw CommandFailure.badInput("--profile: " + file + " has no profile \"" + name + "\""
          + (names.isEmpty() ? "" : "; it has " + String.join(", ", names)));
    }
    return new Profile(name, value(prefix + "url"), value(prefix + "client-id"), value(prefix + "username"));
  }

  private Optional<String> value(String key) {
    return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(value -> !value.isEmpty());
  }

  /**
   * One profile.
   *
   * @param name its name
   * @param url the console's URL, when given
   * @param clientId the API client that signs in, when given
   * @param username the local user who signs in, when given
   */
  record Profile(String name, Optional<String> url, Optional<String> clientId, Optional<String> username) {}
}
