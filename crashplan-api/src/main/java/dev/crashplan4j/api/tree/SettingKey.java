package dev.crashplan4j.api.tree;

import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The settings a document manages, by the document's names: how each is read, compared, set and written down. */
enum SettingKey {
  ARCHIVE_HOLD_DAYS("archiveHoldDays"),
  MAX_USERS("maxUsers"),
  ORG_BACKUP_QUOTA_GB("orgBackupQuotaGb"),
  USER_BACKUP_QUOTA_GB("userBackupQuotaGb"),
  WEB_RESTORE_ENABLED("webRestoreEnabled"),
  BACKUP_ALERT_RECIPIENT_EMAILS("backupAlertRecipientEmails");

  final String key;

  SettingKey(String key) {
    this.key = key;
  }

  static Optional<SettingKey> named(String key) {
    return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst();
  }

  static String spelled() {
    return Arrays.stream(values()).map(setting -> setting.key).collect(Collectors.joining(", "));
  }

  /** The value {@code values} gives, if it gives one: Integer, Double, Boolean or a list of text. */
  Optional<Object> given(SettingsValues values) {
    return switch (this) {
      case ARCHIVE_HOLD_DAYS -> values.archiveHoldDays().map(Object.class::cast);
      case MAX_USERS -> values.maxUsers().map(Object.class::cast);
      case ORG_BACKUP_QUOTA_GB -> values.orgBackupQuotaGb().map(Object.class::cast);
      case USER_BACKUP_QUOTA_GB -> values.userBackupQuotaGb().map(Object.class::cast);
      case WEB_RESTORE_ENABLED -> values.webRestoreEnabled().map(Object.class::cast);
      case BACKUP_ALERT_RECIPIENT_EMAILS -> values.backupAlertRecipientEmails().map(Object.class::cast);
    };
  }

  /** The org's value, as the console has it; empty when it has none. */
  Optional<Object> read(OrgSettings settings) {
    return switch (this) {
      case ARCHIVE_HOLD_DAYS -> settings.archiveHoldDays().map(Object.class::cast);
      case MAX_USERS -> settings.maxUserSubscriptions().map(Object.class::cast);
      case ORG_BACKUP_QUOTA_GB -> settings.orgBackupQuotaGb().map(Object.class::cast);
      case USER_BACKUP_QUOTA_GB -> settings.userBackupQuotaGb().map(Object.class::cast);
      case WEB_RESTORE_ENABLED -> settings.webRestoreEnabled().map(Object.class::cast);
      case BACKUP_ALERT_RECIPIENT_EMAILS -> Optional.of(settings.backupAlertRecipientEmails());
    };
  }

  /** Sets {@code value} (as {@link #normal} gives it) on {@code edit}. */
  @SuppressWarnings("unchecked")
  void write(OrgSettingsEdit edit, Object value) {
    switch (this) {
      case ARCHIVE_HOLD_DAYS -> edit.archiveHoldDays((Integer) value);
      case MAX_USERS -> edit.maxUserSubscriptions((Integer) value);
      case ORG_BACKUP_QUOTA_GB -> edit.orgBackupQuotaGb((Double) value);
      case USER_BACKUP_QUOTA_GB -> edit.userBackupQuotaGb((Double) value);
      case WEB_RESTORE_ENABLED -> edit.webRestoreEnabled((Boolean) value);
      case BACKUP_ALERT_RECIPIENT_EMAILS -> edit.backupAlertRecipientEmails((List<String>) value);
    }
  }

  /** Sets {@code value} on a builder of settings values. */
  @SuppressWarnings("unchecked")
  void give(SettingsValues.Builder values, Object value) {
    switch (this) {
      case ARCHIVE_HOLD_DAYS -> values.archiveHoldDays((Integer) value);
      case MAX_USERS -> values.maxUsers((Integer) value);
      case ORG_BACKUP_QUOTA_GB -> values.orgBackupQuotaGb((Double) value);
      case USER_BACKUP_QUOTA_GB -> values.userBackupQuotaGb((Double) value);
      case WEB_RESTORE_ENABLED -> values.webRestoreEnabled((Boolean) value);
      case BACKUP_ALERT_RECIPIENT_EMAILS -> values.backupAlertRecipientEmails((List<String>) value);
    }
  }

  /**
   * The value in the one form this key compares in (a plan read back from JSON has 500 where
   * the document had 500.0).
   *
   * @throws IllegalArgumentException when it is not a value of this setting
   */
  Object normal(Object value) {
    switch (this) {
      case ARCHIVE_HOLD_DAYS, MAX_USERS -> {
        if (value instanceof Integer || value instanceof Long) {
          return Math.toIntExact(((Number) value).longValue());
        }
      }
      case ORG_BACKUP_QUOTA_GB, USER_BACKUP_QUOTA_GB -> {
        if (value instanceof Number number) {
          return number.doubleValue();
        }
      }
      case WEB_RESTORE_ENABLED -> {
        if (value instanceof Boolean) {
          return value;
        }
      }
      case BACKUP_ALERT_RECIPIENT_EMAILS -> {
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
          List<String> emails = new ArrayList<>();
          list.forEach(email -> emails.add((String) email));
          return List.copyOf(emails);
        }
      }
    }
    throw new IllegalArgumentException(key + " cannot be " + value);
  }
}
