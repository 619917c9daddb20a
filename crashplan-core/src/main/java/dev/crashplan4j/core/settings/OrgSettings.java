package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.domain.OrgId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An org's settings as the console answered them: the org document of
 * {@code GET /api/v1/Org/<orgId>?incSettings=true&incDeviceDefaults=true&incInheritedOrgInfo=true}
 * and the t-settings of {@code GET /api/v1/OrgSetting/<orgId>}. An immutable snapshot; change
 * it through {@link #edit()} and {@code OrgService.updateSettings}.
 *
 * <p>Values that the document may lack or hold as null read as empty. Quotas in GB are
 * decimal (1 GB = 1000^3 bytes); -1 means unlimited. Alert intervals stored in minutes read
 * in days.
 *
 * <pre>{@code
 * OrgSettings settings = orgs.getSettings(OrgId.of(42));
 * settings.archiveHoldDays().ifPresent(days -> ...);
 * OrgSettingsEdit edit = settings.edit().archiveHoldDays(30);
 * orgs.updateSettings(edit);
 * }</pre>
 */
public final class OrgSettings {

  private static final double BYTES_PER_GB = 1_000_000_000d;
  private static final double MINUTES_PER_DAY = 1_440d;

  private final Map<String, Object> document;
  private final Map<String, TSetting> tSettings;

  private OrgSettings(Map<String, Object> document, Map<String, TSetting> tSettings) {
    this.document = document;
    this.tSettings = tSettings;
  }

  /**
   * Returns the settings of the org {@code orgDocument} describes (the {@code data} of the
   * org document, as plain Java values) with its {@code tSettings}. Both are copied.
   */
  @SuppressWarnings("unchecked")
  public static OrgSettings of(Map<String, Object> orgDocument, Map<String, TSetting> tSettings) {
    Objects.requireNonNull(orgDocument, "orgDocument");
    Objects.requireNonNull(tSettings, "tSettings");
    if (!(orgDocument.get("orgId") instanceof Number)) {
      throw new IllegalArgumentException("an org document must hold a numeric orgId");
    }
    return new OrgSettings(
        (Map<String, Object>) JsonTree.freeze(orgDocument),
        Collections.unmodifiableMap(new LinkedHashMap<>(tSettings)));
  }

  /** Starts an edit of these settings; the snapshot itself never changes. */
  public OrgSettingsEdit edit() {
    return new OrgSettingsEdit(this);
  }

  /** The org document exactly as read, unmodifiable. */
  public Map<String, Object> document() {
    return document;
  }

  /** The t-settings as read, by key. */
  public Map<String, TSetting> tSettings() {
    return tSettings;
  }

  /** The org's id (read-only). */
  public OrgId orgId() {
    return OrgId.of(((Number) document.get("orgId")).longValue());
  }

  /** The org's name. */
  public String name() {
    return String.valueOf(wire(Setting.NAME));
  }

  /** The org's external reference. */
  public Optional<String> externalReference() {
    return text(wire(Setting.EXTERNAL_REFERENCE));
  }

  /** The org's notes. */
  public Optional<String> notes() {
    return text(wire(Setting.NOTES));
  }

  /** The key devices register with (read-only). */
  public Optional<String> registrationKey() {
    return text(document.get("registrationKey"));
  }

  /** Whether the quota settings are inherited from the parent org. */
  public boolean quotaSettingsInherited() {
    return Boolean.TRUE.equals(wire(Setting.QUOTA_SETTINGS_INHERITED));
  }

  /** How many days deleted files are kept in archives. */
  public Optional<Integer> archiveHoldDays() {
    return integer(wire(Setting.ARCHIVE_HOLD_DAYS));
  }

  /** How many users the org may have; -1 for no limit. */
  public Optional<Integer> maxUserSubscriptions() {
    return integer(wire(Setting.MAX_USER_SUBSCRIPTIONS));
  }

  /** The org's backup quota in GB; -1 for no limit. */
  public Optional<Double> orgBackupQuotaGb() {
    return gigabytes(wire(Setting.ORG_BACKUP_QUOTA_GB));
  }

  /** Each user's backup quota in GB; -1 for no limit. */
  public Optional<Double> userBackupQuotaGb() {
    return gigabytes(wire(Setting.USER_BACKUP_QUOTA_GB));
  }

  /** The web restore limit for admins, in MB. */
  public Optional<Integer> webRestoreAdminLimitMb() {
    return integer(wire(Setting.WEB_RESTORE_ADMIN_LIMIT_MB));
  }

  /** The web restore limit for users, in MB. */
  public Optional<Integer> webRestoreUserLimitMb() {
    return integer(wire(Setting.WEB_RESTORE_USER_LIMIT_MB));
  }

  /** Whether the reporting settings are inherited from the parent org. */
  public boolean reportingSettingsInherited() {
    return Boolean.TRUE.equals(wire(Setting.REPORTING_SETTINGS_INHERITED));
  }

  /** After how many days without backup a warning email goes out. */
  public Optional<Integer> backupWarningEmailDays() {
    return integer(wire(Setting.BACKUP_WARNING_EMAIL_DAYS));
  }

  /** After how many days without backup a critical email goes out. */
  public Optional<Integer> backupCriticalEmailDays() {
    return integer(wire(Setting.BACKUP_CRITICAL_EMAIL_DAYS));
  }

  /** Who receives the backup alert emails. */
  public List<String> backupAlertRecipientEmails() {
    Object recipients = wire(Setting.BACKUP_ALERT_RECIPIENT_EMAILS);
    List<String> emails = new ArrayList<>();
    if (recipients instanceof List<?> list) {
      list.stream().filter(Objects::nonNull).forEach(email -> emails.add(email.toString()));
    } else if (recipients != null) {
      emails.add(recipients.toString());
    }
    return Collections.unmodifiableList(emails);
  }

  /** Whether users may restore from the web (the t-setting {@code device_webRestore_enabled}). */
  public Optional<Boolean> webRestoreEnabled() {
    return bool((String) wire(Setting.WEB_RESTORE_ENABLED));
  }

  /** Whether devices send warning emails (device defaults). */
  public Optional<Boolean> warningEmailEnabled() {
    return bool((String) wire(Setting.WARNING_EMAIL_ENABLED));
  }

  /** Whether devices send critical emails (device defaults). */
  public Optional<Boolean> criticalEmailEnabled() {
    return bool((String) wire(Setting.CRITICAL_EMAIL_ENABLED));
  }

  /** After how many days without backup a device warns (device defaults, stored in minutes). */
  public Optional<Double> warningAlertDays() {
    return days((String) wire(Setting.WARNING_ALERT_DAYS));
  }

  /** After how many days without backup a device sends a critical alert (stored in minutes). */
  public Optional<Double> criticalAlertDays() {
    return days((String) wire(Setting.CRITICAL_ALERT_DAYS));
  }

  /** Whether devices send backup status emails (device defaults). */
  public Optional<Boolean> backupStatusEmailEnabled() {
    return bool((String) wire(Setting.BACKUP_STATUS_EMAIL_ENABLED));
  }

  /** How often, in days, devices send backup status emails (stored in minutes). */
  public Optional<Double> backupStatusEmailFrequencyDays() {
    return days((String) wire(Setting.BACKUP_STATUS_EMAIL_FREQUENCY_DAYS));
  }

  /** The destinations offered to the org, guid to name, in the document's order. */
  public Map<String, String> availableDestinations() {
    Map<String, String> destinations = new LinkedHashMap<>();
    for (Map<String, Object> destination : JsonTree.objects(JsonTree.at(document, "settings", "destinations"))) {
      if (destination.get("guid") != null) {
        destinations.put(destination.get("guid").toString(), String.valueOf(destination.get("destinationName")));
      }
    }
    return Collections.unmodifiableMap(destinations);
  }

  /** The backup sets of the device defaults, in the document's order; legal-hold sets are left out. */
  public List<BackupSet> backupSets() {
    Map<String, String> offered = availableDestinations();
    List<BackupSet> sets = new ArrayList<>();
    for (Map<String, Object> set : BackupSetDocument.sets(document)) {
      if (BackupSetDocument.legalHold(set)) {
        continue;
      }
      Map<String, String> inUse = new LinkedHashMap<>();
      Set<String> locked = new LinkedHashSet<>();
      for (BackupSetDocument.Destination destination : BackupSetDocument.destinations(set)) {
        inUse.put(destination.guid(), offered.getOrDefault(destination.guid(), destination.guid()));
        if (destination.locked()) {
          locked.add(destination.guid());
        }
      }
      sets.add(BackupSet.builder()
          .id(BackupSetDocument.id(set))
          .name(Objects.requireNonNullElse(BackupSetDocument.name(set), ""))
          .locked(BackupSetDocument.selectionLocked(set))
          .includedFiles(BackupSetDocument.included(set))
          .excludedFiles(BackupSetDocument.excluded(set))
          .filenameExclusions(BackupSetDocument.exclusions(set))
          .destinations(inUse)
          .lockedDestinations(locked)
          .build());
    }
    return Collections.unmodifiableList(sets);
  }

  /** The backup set with this id, unless it is unknown or held for legal reasons. */
  public Optional<BackupSet> backupSet(String id) {
    return backupSets().stream().filter(set -> set.id().equals(id)).findFirst();
  }

  /** Reads as {@code OrgSettings[42 "Sales"]}. */
  @Override
  public String toString() {
    return "OrgSettings[" + orgId() + " \"" + name() + "\"]";
  }

  private Object wire(Setting setting) {
    return setting.wireValue(document, tSettings);
  }

  private static Optional<String> text(Object value) {
    return value == null ? Optional.empty() : Optional.of(value.toString());
  }

  private static Optional<Integer> integer(Object value) {
    if (value instanceof Number number) {
      return Optional.of(number.intValue());
    }
    return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.toString().strip()));
  }

  private static Optional<Double> gigabytes(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    double bytes = value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString());
    return Optional.of(bytes < 0 ? -1d : bytes / BYTES_PER_GB);
  }

  private static Optional<Boolean> bool(String text) {
    return text == null ? Optional.empty() : Optional.of(Boolean.parseBoolean(text.strip()));
  }

  private static Optional<Double> days(String minutes) {
    return minutes == null ? Optional.empty() : Optional.of(Double.parseDouble(minutes.strip()) / MINUTES_PER_DAY);
  }

  static long bytes(double gigabytes) {
    return gigabytes < 0 ? -1L : Math.round(gigabytes * BYTES_PER_GB);
  }

  static String minutes(double days) {
    return Long.toString(Math.round(days * MINUTES_PER_DAY));
  }
}
