package dev.crashplan4j.testkit;

import dev.crashplan4j.core.settings.JsonTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A description of an org to seed into a {@link FakeTenant}, with its users, devices and
 * children: test data that reads like the tree it builds.
 *
 * <pre>{@code
 * tenant.seed(org("Acme").externalReference("CUST-1")
 *     .user("ana@acme.example")
 *     .child(org("Acme Sales")
 *         .device("mac-ana", Map.of("fullDiskAccess", "true"))
 *         .child(org("Sales EMEA")))
 *     .child(org("Acme Engineering").blocked()));
 * }</pre>
 */
public final class OrgSeed {

  final String name;
  String externalReference;
  String notes;
  boolean blocked;
  boolean deactivated;
  final List<String> users = new ArrayList<>();
  final Map<String, Map<String, String>> devices = new LinkedHashMap<>();
  final List<OrgSeed> children = new ArrayList<>();
  final Map<String, Object> settings = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> tSettings = new LinkedHashMap<>();

  private OrgSeed(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Starts the description of an org named {@code name}. */
  public static OrgSeed org(String name) {
    return new OrgSeed(name);
  }

  /** Gives the org an external reference. */
  public OrgSeed externalReference(String externalReference) {
    this.externalReference = externalReference;
    return this;
  }

  /** Gives the org notes. */
  public OrgSeed notes(String notes) {
    this.notes = notes;
    return this;
  }

  /** Seeds the org (and so its descendants) blocked. */
  public OrgSeed blocked() {
    this.blocked = true;
    return this;
  }

  /** Seeds the org (and so its descendants) deactivated. */
  public OrgSeed deactivated() {
    this.deactivated = true;
    return this;
  }

  /** Adds a user of this org; it cannot sign in (it has no password), but it is counted. */
  public OrgSeed user(String username) {
    users.add(Objects.requireNonNull(username, "username"));
    return this;
  }

  /** Adds a device reporting {@code agentProperties}, such as {@code fullDiskAccess=true}. */
  public OrgSeed device(String name, Map<String, String> agentProperties) {
    devices.put(Objects.requireNonNull(name, "name"), Map.copyOf(agentProperties));
    return this;
  }

  /**
   * Sets values of the org document's {@code settings} part, by the console's names, such as
   * {@code archiveHoldDays} or {@code isUsingQuotaDefaults}; the others keep the fake's defaults.
   */
  public OrgSeed settings(Map<String, ?> values) {
    values.forEach((key, value) -> settings.put(Objects.requireNonNull(key, "settings key"), JsonTree.copy(value)));
    return this;
  }

  /** Sets a t-setting of the org, such as {@code device_webRestore_enabled}, locked or not. */
  public OrgSeed tSetting(String key, String value, boolean locked) {
    Map<String, Object> setting = new LinkedHashMap<>();
    setting.put("value", Objects.requireNonNull(value, "value"));
    setting.put("locked", locked);
    tSettings.put(Objects.requireNonNull(key, "key"), setting);
    return this;
  }

  /** Adds a child org. */
  public OrgSeed child(OrgSeed child) {
    children.add(Objects.requireNonNull(child, "child"));
    return this;
  }
}
