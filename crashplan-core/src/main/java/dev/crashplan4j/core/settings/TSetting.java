package dev.crashplan4j.core.settings;

import java.util.Objects;

/**
 * One "t-setting" of an org, as {@code GET /api/v1/OrgSetting/<orgId>} answers it.
 *
 * @param key the setting's key, such as {@code device_webRestore_enabled}
 * @param value the value, always text
 * @param locked whether a parent org locked it
 */
public record TSetting(String key, String value, boolean locked) {

  /** Checks that the key is given. */
  public TSetting {
    Objects.requireNonNull(key, "key");
  }
}
