package dev.crashplan4j.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's part of the {@code User-Agent}: {@code crashplan4j/<version> java/<version>}. */
final class UserAgent {

  static final String SDK = "crashplan4j/" + version() + " java/" + System.getProperty("java.version");

  private UserAgent() {}

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("crashplan4j.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
