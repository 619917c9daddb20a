package dev.crashplan4j.core.settings;

import java.util.Objects;

/**
 * A change of one t-setting, as {@code PUT /api/v1/OrgSetting/<orgId>} takes it in
 * {@code {"packets": [...]}}.
 *
 * @param key the setting's key
 * @param value the new value, as text
 * @param locked whether to lock it for the org's children
 */
public record TSettingPacket(String key, String value, boolean locked) {

  /** Checks that key and value are given. */
  public TSettingPacket {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
