package dev.crashplan4j.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.settings.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings every fake org starts with: this package's {@code org-settings.json}, written for
 * the testkit in the console's shapes (locked, plain and nil values, a locked backup set, a set
 * with several paths, an empty set, a legal-hold set).
 */
final class SettingsTemplate {

  private static final Map<String, Object> TEMPLATE = load();

  private SettingsTemplate() {}

  /** A fresh copy of the template; the root org sets its own quota and reporting settings. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> newSettings(boolean root) {
    Map<String, Object> settings = (Map<String, Object>) JsonTree.copy(TEMPLATE);
    if (root) {
      Map<String, Object> own = (Map<String, Object>) settings.get("settings");
      own.put("isUsingQuotaDefaults", false);
      own.put("isUsingReportingDefaults", false);
      own.put("isUsingDestinationDefaults", false);
    }
    return settings;
  }

  /** The t-settings every fake org starts with. */
  static Map<String, Map<String, Object>> newTSettings() {
    Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
    settings.put("device_webRestore_enabled", tSetting("true", false, 1));
    settings.put("device_archiveEncryption_enabled", tSetting("true", true, 2));
    return settings;
  }

  private static Map<String, Object> tSetting(String value, boolean locked, int id) {
    Map<String, Object> setting = new LinkedHashMap<>();
    setting.put("scope", "ORG");
    setting.put("value", value);
    setting.put("locked", locked);
    setting.put("id", id);
    return setting;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load() {
    try (InputStream in = SettingsTemplate.class.getResourceAsStream("org-settings.json")) {
      if (in == null) {
        throw new IllegalStateException("org-settings.json is missing from the testkit");
      }
      return new ObjectMapper().readValue(in, LinkedHashMap.class);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
