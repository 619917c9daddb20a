package dev.crashplan4j.core.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each editable org setting: its name in change entries, where it lives in the console's
 * documents and under which wire key, how it is read from a snapshot, and how a new value is
 * turned into what the console stores. One table, so that reading, writing and change tracking
 * cannot disagree on a key.
 */
enum Setting {
  NAME("name", Group.ORG, Place.ORG_FIELD, "orgName", OrgSettings::name),
  EXTERNAL_REFERENCE("externalReference", Group.ORG, Place.ORG_FIELD, "orgExtRef",
      s -> s.externalReference().orElse(null)),
  NOTES("notes", Group.ORG, Place.ORG_FIELD, "notes", s -> s.notes().orElse(null)),
  QUOTA_SETTINGS_INHERITED("quotaSettingsInherited", Group.QUOTA_FLAG, Place.SETTINGS, "isUsingQuotaDefaults",
      OrgSettings::quotaSettingsInherited),
  ARCHIVE_HOLD_DAYS("archiveHoldDays", Group.QUOTA, Place.SETTINGS, "archiveHoldDays",
      s -> s.archiveHoldDays().orElse(null)),
  MAX_USER_SUBSCRIPTIONS("maxUserSubscriptions", Group.QUOTA, Place.SETTINGS, "maxSeats",
      s -> s.maxUserSubscriptions().orElse(null)),
  ORG_BACKUP_QUOTA_GB("orgBackupQuotaGb", Group.QUOTA, Place.SETTINGS, "maxBytes",
      s -> s.orgBackupQuotaGb().orElse(null), gigabytes -> OrgSettings.bytes((Double) gigabytes)),
  USER_BACKUP_QUOTA_GB("userBackupQuotaGb", Group.QUOTA, Place.SETTINGS, "defaultUserMaxBytes",
      s -> s.userBackupQuotaGb().orElse(null), gigabytes -> OrgSettings.bytes((Double) gigabytes)),
  WEB_RESTORE_ADMIN_LIMIT_MB("webRestoreAdminLimitMb", Group.ORG, Place.SETTINGS, "webRestoreAdminLimitMb",
      s -> s.webRestoreAdminLimitMb().orElse(null)),
  WEB_RESTORE_USER_LIMIT_MB("webRestoreUserLimitMb", Group.ORG, Place.SETTINGS, "webRestoreUserLimitMb",
      s -> s.webRestoreUserLimitMb().orElse(null)),
  REPORTING_SETTINGS_INHERITED("reportingSettingsInherited", Group.REPORTING_FLAG, Place.SETTINGS,
      "isUsingReportingDefaults", OrgSettings::reportingSettingsInherited),
  BACKUP_WARNING_EMAIL_DAYS("backupWarningEmailDays", Group.REPORTING, Place.SETTINGS, "warnInDays",
      s -> s.backupWarningEmailDays().orElse(null)),
  BACKUP_CRITICAL_EMAIL_DAYS("backupCriticalEmailDays", Group.REPORTING, Place.SETTINGS, "alertInDays",
      s -> s.backupCriticalEmailDays().orElse(null)),
  BACKUP_ALERT_RECIPIENT_EMAILS("backupAlertRecipientEmails", Group.REPORTING, Place.SETTINGS, "recipients",
      OrgSettings::backupAlertRecipientEmails, emails -> new ArrayList<>((List<?>) emails)),
  WEB_RESTORE_ENABLED("webRestoreEnabled", Group.T_SETTING, Place.T_SETTING, "device_webRestore_enabled",
      s -> s.webRestoreEnabled().orElse(null), String::valueOf),
  WARNING_EMAIL_ENABLED("warningEmailEnabled", Group.DEVICE, Place.DEVICE_DEFAULTS, "warningEmailEnabled",
      s -> s.warningEmailEnabled().orElse(null), String::valueOf),
  CRITICAL_EMAIL_ENABLED("criticalEmailEnabled", Group.DEVICE, Place.DEVICE_DEFAULTS, "severeEmailEnabled",
      s -> s.criticalEmailEnabled().orElse(null), String::valueOf),
  WARNING_ALERT_DAYS("warningAlertDays", Group.DEVICE, Place.DEVICE_DEFAULTS, "minutesUntilWarning",
      s -> s.warningAlertDays().orElse(null), days -> OrgSettings.minutes((Double) days)),
  CRITICAL_ALERT_DAYS("criticalAlertDays", Group.DEVICE, Place.DEVICE_DEFAULTS, "minutesUntilSevere",
      s -> s.criticalAlertDays().orElse(null), days -> OrgSettings.minutes((Double) days)),
  BACKUP_STATUS_EMAIL_ENABLED("backupStatusEmailEnabled", Group.DEVICE, Place.DEVICE_DEFAULTS,
      "backupStatusEmailEnabled", s -> s.backupStatusEmailEnabled().orElse(null), String::valueOf),
  BACKUP_STATUS_EMAIL_FREQUENCY_DAYS("backupStatusEmailFrequencyDays", Group.DEVICE, Place.DEVICE_DEFAULTS,
      "backupStatusEmailFreqInMinutes", s -> s.backupStatusEmailFrequencyDays().orElse(null),
      days -> OrgSettings.minutes((Double) days));

  /** Which "inherited" flag a setting turns off, if any, and whether it is a t-setting. */
  enum Group { ORG, QUOTA, QUOTA_FLAG, REPORTING, REPORTING_FLAG, DEVICE, T_SETTING }

  /** Where a setting's value lives on the wire. */
  enum Place {
    /** A field of the org document itself. */
    ORG_FIELD,
    /** A field of the document's {@code settings} object. */
    SETTINGS,
    /** A field of {@code deviceDefaults.serviceBackupConfig}, translated from XML. */
    DEVICE_DEFAULTS,
    /** A t-setting of {@code /api/v1/OrgSetting}, by key. */
    T_SETTING
  }

  final String label;
  final Group group;
  final Place place;
  final String wireKey;
  // Stateless method references and lambdas: the enum stays as immutable as its constants.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<OrgSettings, Object> reader;
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<Object, Object> toWire;

  Setting(String label, Group group, Place place, String wireKey, Function<OrgSettings, Object> reader) {
    this(label, group, place, wireKey, reader, Function.identity());
  }

  Setting(String label, Group group, Place place, String wireKey, Function<OrgSettings, Object> reader,
      Function<Object, Object> toWire) {
    this.label = label;
    this.group = group;
    this.place = place;
    this.wireKey = wireKey;
    this.reader = reader;
    this.toWire = toWire;
  }

  /** The value as a snapshot reads it, in the SDK's units. */
  Object read(OrgSettings settings) {
    return reader.apply(settings);
  }

  /**
   * The value as the console stores it in {@code document}: a plain JSON value, the text of a
   * device default, or the value of a t-setting; null when absent.
   */
  Object wireValue(Map<String, Object> document, Map<String, TSetting> tSettings) {
    return switch (place) {
      case ORG_FIELD -> document.get(wireKey);
      case SETTINGS -> JsonTree.at(document, "settings", wireKey);
      case DEVICE_DEFAULTS -> XmlValue.text(JsonTree.at(document, "deviceDefaults", "serviceBackupConfig", wireKey));
      case T_SETTING -> {
        TSetting setting = tSettings.get(wireKey);
        yield setting == null ? null : setting.value();
      }
    };
  }

  /** Writes {@code value} (in the SDK's units) into the org document; t-settings go as packets instead. */
  void write(Map<String, Object> document, Object value) {
    Object wire = toWire.apply(value);
    switch (place) {
      case ORG_FIELD -> document.put(wireKey, wire);
      case SETTINGS -> objectIn(document, "settings").put(wireKey, wire);
      case DEVICE_DEFAULTS -> {
        Map<String, Object> config = objectIn(objectIn(document, "deviceDefaults"), "serviceBackupConfig");
        config.put(wireKey, XmlValue.replacing(config.get(wireKey), (String) wire));
      }
      case T_SETTING ->
          throw new IllegalStateException(label + " is a t-setting: it is sent as a packet, not in the org document");
    }
  }

  /** The t-setting packet that sets {@code value}. */
  TSettingPacket packet(Object value) {
    if (place != Place.T_SETTING) {
      throw new IllegalStateException(label + " is not a t-setting");
    }
    return new TSettingPacket(wireKey, (String) toWire.apply(value), false);
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
