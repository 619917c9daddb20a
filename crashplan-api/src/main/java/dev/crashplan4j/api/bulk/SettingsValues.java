package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings to set on an org, each only when given: the settings columns of a bulk CSV and the
 * {@code settings} of an org document. A value equal to the org's leaves it as it is. Values
 * are checked as {@link OrgSettingsEdit} checks them, when built.
 *
 * <pre>{@code
 * SettingsValues values = SettingsValues.builder().archiveHoldDays(90).webRestoreEnabled(false).build();
 * BulkItem item = BulkItem.editSettings(OrgKey.externalReference("CUST-1"), values);
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class SettingsValues implements SettingsEdit {

  // Any org's settings: building an edit of them runs OrgSettingsEdit's own checks on the values.
  private static final OrgSettings ANY_ORG = OrgSettings.of(Map.of("orgId", 1), Map.of());

  /** Returns a builder; give at least one value. */
  public static ImmutableSettingsValues.Builder builder() {
    return ImmutableSettingsValues.builder();
  }

  /** How many days deleted files stay in archives ({@code archiveHoldDays}), at least 1. */
  public abstract Optional<Integer> archiveHoldDays();

  /** How many users the org may have ({@code maxUsers}), -1 for no limit. */
  public abstract Optional<Integer> maxUsers();

  /** The org's backup quota in GB ({@code orgBackupQuotaGb}), -1 for no limit. */
  public abstract Optional<Double> orgBackupQuotaGb();

  /** Each user's backup quota in GB ({@code userBackupQuotaGb}), -1 for no limit. */
  public abstract Optional<Double> userBackupQuotaGb();

  /** Whether users may restore from the web ({@code webRestoreEnabled}). */
  public abstract Optional<Boolean> webRestoreEnabled();

  /** Who receives the backup alert emails ({@code backupAlertRecipientEmails}). */
  public abstract Optional<List<String>> backupAlertRecipientEmails();

  /** Returns the edit of {@code current} that sets the values given. */
  @Override
  public OrgSettingsEdit edit(OrgSettings current) {
    OrgSettingsEdit edit = current.edit();
    archiveHoldDays().ifPresent(edit::archiveHoldDays);
    maxUsers().ifPresent(edit::maxUserSubscriptions);
    orgBackupQuotaGb().ifPresent(edit::orgBackupQuotaGb);
    userBackupQuotaGb().ifPresent(edit::userBackupQuotaGb);
    webRestoreEnabled().ifPresent(edit::webRestoreEnabled);
    backupAlertRecipientEmails().ifPresent(edit::backupAlertRecipientEmails);
    return edit;
  }

  /** Reads as {@code SettingsValues{archiveHoldDays=90, webRestoreEnabled=false}}. */
  @Override
  public abstract String toString();

  @Value.Check
  void check() {
    if (archiveHoldDays().isEmpty() && maxUsers().isEmpty() && orgBackupQuotaGb().isEmpty()
        && userBackupQuotaGb().isEmpty() && webRestoreEnabled().isEmpty() && backupAlertRecipientEmails().isEmpty()) {
      throw new IllegalArgumentException("SettingsValues must set at least one setting");
    }
    edit(ANY_ORG);
  }
}
