package dev.crashplan4j.core.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Each editable org setting: its name in change entries, how it is read from a snapshot, and
 * how a new value is written into the org document. One table, so that reading, writing and
 * change tracking cannot disagree.
 */
enum Setting {
  NAME("name", Group.ORG, OrgSettings::name, top("orgName")),
  EXTERNAL_REFERENCE("externalReference", Group.ORG, s -> s.externalReference().orElse(null), top("orgExtRef")),
  NOTES("notes", Group.ORG, s -> s.notes().orElse(null), top("notes")),
  QUOTA_SETTINGS_INHERITED("quotaSettingsInherited", Group.QUOTA_FLAG, OrgSettings::quotaSettingsInherited,
      settings("isUsingQuotaDefaults")),
  ARCHIVE_HOLD_DAYS("archiveHoldDays", Group.QUOTA, s -> s.archiveHoldDays().orElse(null), settings("archiveHoldDays")),
  MAX_USER_SUBSCRIPTIONS("maxUserSubscriptions", Group.QUOTA, s -> s.maxUserSubscriptions().orElse(null),
      settings("maxSeats")),
  ORG_BACKUP_QUOTA_GB("orgBackupQuotaGb", Group.QUOTA, s -> s.orgBackupQuotaGb().orElse(null),
      (document, value) -> settingsOf(document).put("maxBytes", OrgSettings.bytes((Double) value))),
  USER_BACKUP_QUOTA_GB("userBackupQuotaGb", Group.QUOTA, s -> s.userBackupQuotaGb().orElse(null),
      (document, value) -> settingsOf(document).put("defaultUserMaxBytes", OrgSettings.bytes((Double) value))),
  WEB_RESTORE_ADMIN_LIMIT_MB("webRestoreAdminLimitMb", Group.ORG, s -> s.webRestoreAdminLimitMb().orElse(null),
      settings("webRestoreAdminLimitMb")),
  WEB_RESTORE_USER_LIMIT_MB("webRestoreUserLimitMb", Group.ORG, s -> s.webRestoreUserLimitMb().orElse(null),
      settings("webRestoreUserLimitMb")),
  REPORTING_SETTINGS_INHERITED("reportingSettingsInherited", Group.REPORTING_FLAG,
      OrgSettings::reportingSettingsInherited, settings("isUsingReportingDefaults")),
  BACKUP_WARNING_EMAIL_DAYS("backupWarningEmailDays", Group.REPORTING, s -> s.backupWarningEmailDays().orElse(null),
      settings("warnInDays")),
  BACKUP_CRITICAL_EMAIL_DAYS("backupCriticalEmailDays", Group.REPORTING, s -> s.backupCriticalEmailDays().orElse(null),
      settings("alertInDays")),
  BACKUP_ALERT_RECIPIENT_EMAILS("backupAlertRecipientEmails", Group.REPORTING, OrgSettings::backupAlertRecipientEmails,
      (document, value) -> settingsOf(document).put("recipients", new ArrayList<>((List<?>) value))),
  WEB_RESTORE_ENABLED("webRestoreEnabled", Group.T_SETTING, s -> s.webRestoreEnabled().orElse(null),
      (document, value) -> {}),
  WARNING_EMAIL_ENABLED("warningEmailEnabled", Group.DEVICE, s -> s.warningEmailEnabled().orElse(null),
      deviceDefault("warningEmailEnabled", String::valueOf)),
  CRITICAL_EMAIL_ENABLED("criticalEmailEnabled", Group.DEVICE, s -> s.criticalEmailEnabled().orElse(null),
      deviceDefault("severeEmailEnabled", String::valueOf)),
  WARNING_ALERT_DAYS("warningAlertDays", Group.DEVICE, s -> s.warningAlertDays().orElse(null),
      deviceDefault("minutesUntilWarning", days -> OrgSettings.minutes((Double) days))),
  CRITICAL_ALERT_DAYS("criticalAlertDays", Group.DEVICE, s -> s.criticalAlertDays().orElse(null),
      deviceDefault("minutesUntilSevere", days -> OrgSettings.minutes((Double) days))),
  BACKUP_STATUS_EMAIL_ENABLED("backupStatusEmailEnabled", Group.DEVICE, s -> s.backupStatusEmailEnabled().orElse(null),
      deviceDefault("backupStatusEmailEnabled", String::valueOf)),
  BACKUP_STATUS_EMAIL_FREQUENCY_DAYS("backupStatusEmailFrequencyDays", Group.DEVICE,
      s -> s.backupStatusEmailFrequencyDays().orElse(null),
      deviceDefault("backupStatusEmailFreqInMinutes", days -> OrgSettings.minutes((Double) days)));

  /** Where a setting lives, and which "inherited" flag setting it turns off. */
  enum Group { ORG, QUOTA, QUOTA_FLAG, REPORTING, REPORTING_FLAG, DEVICE, T_SETTING }

  final String label;
  final Group group;
  private final Function<OrgSettings, Object> reader;
  private final BiConsumer<Map<String, Object>, Object> writer;

  Setting(String label, Group group, Function<OrgSettings, Object> reader, BiConsumer<Map<String, Object>, Object> writer) {
    this.label = label;
    this.group = group;
    this.reader = reader;
    this.writer = writer;
  }

  Object read(OrgSettings settings) {
    return reader.apply(settings);
  }

  void write(Map<String, Object> document, Object value) {
    writer.accept(document, value);
  }

  private static BiConsumer<Map<String, Object>, Object> top(String key) {
    return (document, value) -> document.put(key, value);
  }

  private static BiConsumer<Map<String, Object>, Object> settings(String key) {
    return (document, value) -> settingsOf(document).put(key, value);
  }

  private static BiConsumer<Map<String, Object>, Object> deviceDefault(String key, Function<Object, String> text) {
    return (document, value) -> {
      Map<String, Object> config = objectIn(objectIn(document, "deviceDefaults"), "serviceBackupConfig");
      config.put(key, XmlValue.replacing(config.get(key), text.apply(value)));
    };
  }

  static Map<String, Object> settingsOf(Map<String, Object> document) {
    return objectIn(document, "settings");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectIn(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    if (child instanceof Map<?, ?>) {
      return (Map<String, Object>) child;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    parent.put(key, created);
    return created;
  }
}
