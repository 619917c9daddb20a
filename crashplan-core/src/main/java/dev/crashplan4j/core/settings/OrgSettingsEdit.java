package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.OrgId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The explicit edit step of an org's settings: what will change, tracked against the snapshot
 * it started from. Setting a value back to what was read removes its change. Nothing is sent
 * until {@code OrgService.updateSettings(edit)}, which sends only what changed. Not
 * thread-safe: one edit belongs to one thread.
 *
 * <pre>{@code
 * OrgSettingsEdit edit = orgs.getSettings(id).edit()
 *     .archiveHoldDays(30)                 // turns "quota settings inherited" off
 *     .webRestoreEnabled(false);           // a t-setting
 * edit.backupSet("1").addIncludedFile("/home/shared");
 * edit.changes();   // [archiveHoldDays: 14 -> 30, quotaSettingsInherited: true -> false, ...]
 * }</pre>
 */
public final class OrgSettingsEdit {

  private final OrgSettings original;
  private final Map<Setting, Object> edits = new EnumMap<>(Setting.class);
  private final Map<String, BackupSetEdit> backupSets = new LinkedHashMap<>();

  OrgSettingsEdit(OrgSettings original) {
    this.original = original;
  }

  /** The snapshot this edit started from. */
  public OrgSettings original() {
    return original;
  }

  /** The id of the org being edited. */
  public OrgId orgId() {
    return original.orgId();
  }

  /** Renames the org; must not be blank. */
  public OrgSettingsEdit name(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return set(Setting.NAME, name);
  }

  /** Sets the external reference; an empty string clears it. */
  public OrgSettingsEdit externalReference(String externalReference) {
    return set(Setting.EXTERNAL_REFERENCE, Objects.requireNonNull(externalReference, "externalReference"));
  }

  /** Sets the notes; an empty string clears them. */
  public OrgSettingsEdit notes(String notes) {
    return set(Setting.NOTES, Objects.requireNonNull(notes, "notes"));
  }

  /** Whether the quota settings are inherited; setting any quota value turns this off. */
  public OrgSettingsEdit quotaSettingsInherited(boolean inherited) {
    return set(Setting.QUOTA_SETTINGS_INHERITED, inherited);
  }

  /** Sets how many days deleted files stay in archives (a quota setting). */
  public OrgSettingsEdit archiveHoldDays(int days) {
    return set(Setting.ARCHIVE_HOLD_DAYS, atLeast(days, 1, "archiveHoldDays"));
  }

  /** Sets how many users the org may have, -1 for no limit (a quota setting). */
  public OrgSettingsEdit maxUserSubscriptions(int users) {
    return set(Setting.MAX_USER_SUBSCRIPTIONS, limitOrUnlimited(users, "maxUserSubscriptions"));
  }

  /** Sets the org's backup quota in GB (1 GB = 1000^3 bytes), -1 for no limit (a quota setting). */
  public OrgSettingsEdit orgBackupQuotaGb(double gigabytes) {
    return set(Setting.ORG_BACKUP_QUOTA_GB, gigabytesOrUnlimited(gigabytes, "orgBackupQuotaGb"));
  }

  /** Sets each user's backup quota in GB, -1 for no limit (a quota setting). */
  public OrgSettingsEdit userBackupQuotaGb(double gigabytes) {
    return set(Setting.USER_BACKUP_QUOTA_GB, gigabytesOrUnlimited(gigabytes, "userBackupQuotaGb"));
  }

  /** Sets the web restore limit for admins, in MB. */
  public OrgSettingsEdit webRestoreAdminLimitMb(int megabytes) {
    return set(Setting.WEB_RESTORE_ADMIN_LIMIT_MB, atLeast(megabytes, 0, "webRestoreAdminLimitMb"));
  }

  /** Sets the web restore limit for users, in MB. */
  public OrgSettingsEdit webRestoreUserLimitMb(int megabytes) {
    return set(Setting.WEB_RESTORE_USER_LIMIT_MB, atLeast(megabytes, 0, "webRestoreUserLimitMb"));
  }

  /** Whether the reporting settings are inherited; setting any reporting value turns this off. */
  public OrgSettingsEdit reportingSettingsInherited(boolean inherited) {
    return set(Setting.REPORTING_SETTINGS_INHERITED, inherited);
  }

  /** Sets after how many days without backup a warning email goes out (a reporting setting). */
  public OrgSettingsEdit backupWarningEmailDays(int days) {
    return set(Setting.BACKUP_WARNING_EMAIL_DAYS, atLeast(days, 1, "backupWarningEmailDays"));
  }

  /** Sets after how many days without backup a critical email goes out (a reporting setting). */
  public OrgSettingsEdit backupCriticalEmailDays(int days) {
    return set(Setting.BACKUP_CRITICAL_EMAIL_DAYS, atLeast(days, 1, "backupCriticalEmailDays"));
  }

  /** Sets who receives the backup alert emails (a reporting setting). */
  public OrgSettingsEdit backupAlertRecipientEmails(List<String> emails) {
    Objects.requireNonNull(emails, "emails");
    List<String> checked = new ArrayList<>();
    for (String email : emails) {
      checked.add(Checks.notBlank(email, "backupAlertRecipientEmails element"));
    }
    return set(Setting.BACKUP_ALERT_RECIPIENT_EMAILS, Collections.unmodifiableList(checked));
  }

  /** Makes {@code email} the one recipient of the backup alert emails (a reporting setting). */
  public OrgSettingsEdit backupAlertRecipientEmails(String email) {
    return backupAlertRecipientEmails(List.of(Checks.notBlank(email, "email")));
  }

  /** Whether users may restore from the web; sent as the t-setting {@code device_webRestore_enabled}. */
  public OrgSettingsEdit webRestoreEnabled(boolean enabled) {
    return set(Setting.WEB_RESTORE_ENABLED, enabled);
  }

  /** Whether devices send warning emails (device defaults; a locked value stays locked). */
  public OrgSettingsEdit warningEmailEnabled(boolean enabled) {
    return set(Setting.WARNING_EMAIL_ENABLED, enabled);
  }

  /** Whether devices send critical emails (device defaults). */
  public OrgSettingsEdit criticalEmailEnabled(boolean enabled) {
    return set(Setting.CRITICAL_EMAIL_ENABLED, enabled);
  }

  /** Sets after how many days without backup a device warns (device defaults, stored in minutes). */
  public OrgSettingsEdit warningAlertDays(double days) {
    return set(Setting.WARNING_ALERT_DAYS, positiveDays(days, "warningAlertDays"));
  }

  /** Sets after how many days without backup a device sends a critical alert. */
  public OrgSettingsEdit criticalAlertDays(double days) {
    return set(Setting.CRITICAL_ALERT_DAYS, positiveDays(days, "criticalAlertDays"));
  }

  /** Whether devices send backup status emails (device defaults). */
  public OrgSettingsEdit backupStatusEmailEnabled(boolean enabled) {
    return set(Setting.BACKUP_STATUS_EMAIL_ENABLED, enabled);
  }

  /** Sets how often, in days, devices send backup status emails. */
  public OrgSettingsEdit backupStatusEmailFrequencyDays(double days) {
    return set(Setting.BACKUP_STATUS_EMAIL_FREQUENCY_DAYS, positiveDays(days, "backupStatusEmailFrequencyDays"));
  }

  /**
   * Returns the edit of the backup set with this id, the same one each time.
   *
   * @throws IllegalArgumentException when the org has no such set (or it is held for legal reasons)
   */
  public BackupSetEdit backupSet(String id) {
    Objects.requireNonNull(id, "id");
    BackupSetEdit existing = backupSets.get(id);
    if (existing != null) {
      return existing;
    }
    BackupSet set = original.backupSet(id).orElseThrow(() -> new IllegalArgumentException(
        "org " + orgId() + " has no backup set " + id + "; its sets are "
            + original.backupSets().stream().map(BackupSet::id).toList()));
    BackupSetEdit edit = new BackupSetEdit(orgId(), set, original.availableDestinations());
    backupSets.put(id, edit);
    return edit;
  }

  /**
   * What this edit changes, as {@code name: old -> new} entries in a stable order, including
   * an "inherited" flag that a quota or reporting change turns off. Empty when nothing changed.
   */
  public List<String> changes() {
    List<String> changes = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      Object before = setting.read(original);
      Object after = effective(setting);
      if (!Objects.equals(before, after)) {
        changes.add(setting.label + ": " + show(before) + " -> " + show(after));
      }
    }
    backupSets.values().forEach(set -> changes.addAll(set.changes()));
    return Collections.unmodifiableList(changes);
  }

  /** Whether anything changed. */
  public boolean hasChanges() {
    return !changes().isEmpty();
  }

  /** Whether the org document changed, so that {@code PUT /api/v1/Org/<orgId>} is needed. */
  public boolean orgDocumentChanged() {
    for (Setting setting : Setting.values()) {
      if (setting.group != Setting.Group.T_SETTING && !Objects.equals(setting.read(original), effective(setting))) {
        return true;
      }
    }
    return backupSets.values().stream().anyMatch(BackupSetEdit::changed);
  }

  /**
   * Whether every edit of the org document reads as edited in {@code now}, the settings as the
   * console has them afterwards: the check that a save whose answer was lost took.
   */
  public boolean orgDocumentEditsHoldIn(OrgSettings now) {
    for (Setting setting : Setting.values()) {
      if (setting.group != Setting.Group.T_SETTING && !Objects.equals(setting.read(original), effective(setting))
          && !Objects.equals(setting.read(now), effective(setting))) {
        return false;
      }
    }
    return backupSets.values().stream().filter(BackupSetEdit::changed)
        .allMatch(edit -> now.backupSet(edit.id()).map(set -> set.equals(edit.current())).orElse(false));
  }

  /** Whether every t-setting packet of this edit reads as sent in {@code now}, the t-settings afterwards. */
  public boolean tSettingEditsHoldIn(Map<String, TSetting> now) {
    return tSettingPackets().stream().allMatch(packet ->
        now.containsKey(packet.key()) && packet.value().equals(now.get(packet.key()).value()));
  }

  /** The t-setting packets to send with {@code PUT /api/v1/OrgSetting/<orgId>}; empty when none changed. */
  public List<TSettingPacket> tSettingPackets() {
    List<TSettingPacket> packets = new ArrayList<>();
    edits.forEach((setting, value) -> {
      if (setting.place == Setting.Place.T_SETTING) {
        packets.add(setting.packet(value));
      }
    });
    return List.copyOf(packets);
  }

  /**
   * The org document to send back: the one read, with the edits written in, and every field
   * not edited exactly as it came.
   */
  public Map<String, Object> orgDocument() {
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) JsonTree.copy(original.document());
    for (Setting setting : Setting.values()) {
      if (setting.group == Setting.Group.T_SETTING) {
        continue;
      }
      Object before = setting.read(original);
      Object after = effective(setting);
      if (!Objects.equals(before, after)) {
        setting.write(document, after);
      }
    }
    List<Map<String, Object>> sets = BackupSetDocument.sets(document);
    for (BackupSetEdit edit : backupSets.values()) {
      sets.stream()
          .filter(set -> BackupSetDocument.id(set).equals(edit.id()))
          .findFirst()
          .ifPresent(edit::writeInto);
    }
    return document;
  }

  /** The settings as they will read once this edit is saved. */
  public OrgSettings preview() {
    Map<String, TSetting> tSettings = new LinkedHashMap<>(original.tSettings());
    for (TSettingPacket packet : tSettingPackets()) {
      tSettings.put(packet.key(), new TSetting(packet.key(), packet.value(), packet.locked()));
    }
    return OrgSettings.of(orgDocument(), tSettings);
  }

  /** Lists the changes. */
  @Override
  public String toString() {
    return "OrgSettingsEdit[" + orgId() + ": " + String.join(", ", changes()) + "]";
  }

  private OrgSettingsEdit set(Setting setting, Object value) {
    if (Objects.equals(setting.read(original), value)) {
      edits.remove(setting);
    } else {
      edits.put(setting, value);
    }
    return this;
  }

  // What a setting will be once saved: its edit, else the flag a quota or reporting edit turns
  // off, else what was read.
  private Object effective(Setting setting) {
    if (edits.containsKey(setting)) {
      return edits.get(setting);
    }
    Object read = setting.read(original);
    if (setting.group == Setting.Group.QUOTA_FLAG && Boolean.TRUE.equals(read) && editsIn(Setting.Group.QUOTA)) {
      return false;
    }
    if (setting.group == Setting.Group.REPORTING_FLAG && Boolean.TRUE.equals(read) && editsIn(Setting.Group.REPORTING)) {
      return false;
    }
    return read;
  }

  private boolean editsIn(Setting.Group group) {
    return edits.keySet().stream().anyMatch(setting -> setting.group == group);
  }

  private static String show(Object value) {
    if (value == null) {
      return "(none)";
    }
    if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
      return Long.toString(number.longValue());
    }
    return value.toString();
  }

  private static int atLeast(int value, int minimum, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
    }
    return value;
  }

  private static int limitOrUnlimited(int value, String name) {
    if ((value < 0 && value != -1)) {
      throw new IllegalArgumentException(name + " must be -1 (no limit) or at least 0, was " + value);
    }
    return value;
  }

  private static double gigabytesOrUnlimited(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value) || (value < 0 && value != -1)) {
      throw new IllegalArgumentException(name + " must be -1 (no limit) or at least 0, was " + value);
    }
    return value;
  }

  private static double positiveDays(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value <= 0) {
      throw new IllegalArgumentException(name + " must be a positive number of days, was " + value);
    }
    return value;
  }
}
