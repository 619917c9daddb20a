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
  public static Builder builder() {
    return ImmutableSettingsValues.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableSettingsValues.builder().from(this);
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

  /**
   * Builds a {@code SettingsValues}: {@link SettingsValues#builder()} returns one, {@link SettingsValues#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link SettingsValues#archiveHoldDays()} to {@code archiveHoldDays}; null leaves it empty. */
    Builder archiveHoldDays(Integer archiveHoldDays);

    /** Sets {@link SettingsValues#archiveHoldDays()} to {@code archiveHoldDays}, which may be empty. */
    Builder archiveHoldDays(Optional<Integer> archiveHoldDays);

    /** Sets {@link SettingsValues#maxUsers()} to {@code maxUsers}; null leaves it empty. */
    Builder maxUsers(Integer maxUsers);

    /** Sets {@link SettingsValues#maxUsers()} to {@code maxUsers}, which may be empty. */
    Builder maxUsers(Optional<Integer> maxUsers);

    /** Sets {@link SettingsValues#orgBackupQuotaGb()} to {@code orgBackupQuotaGb}; null leaves it empty. */
    Builder orgBackupQuotaGb(Double orgBackupQuotaGb);

    /** Sets {@link SettingsValues#orgBackupQuotaGb()} to {@code orgBackupQuotaGb}, which may be empty. */
    Builder orgBackupQuotaGb(Optional<Double> orgBackupQuotaGb);

    /** Sets {@link SettingsValues#userBackupQuotaGb()} to {@code userBackupQuotaGb}; null leaves it empty. */
    Builder userBackupQuotaGb(Double userBackupQuotaGb);

    /** Sets {@link SettingsValues#userBackupQuotaGb()} to {@code userBackupQuotaGb}, which may be empty. */
    Builder userBackupQuotaGb(Optional<Double> userBackupQuotaGb);

    /** Sets {@link SettingsValues#webRestoreEnabled()} to {@code webRestoreEnabled}; null leaves it empty. */
    Builder webRestoreEnabled(Boolean webRestoreEnabled);

    /** Sets {@link SettingsValues#webRestoreEnabled()} to {@code webRestoreEnabled}, which may be empty. */
    Builder webRestoreEnabled(Optional<Boolean> webRestoreEnabled);

    /**
     * Sets {@link SettingsValues#backupAlertRecipientEmails()} to {@code backupAlertRecipientEmails};
     * null leaves it empty.
     */
    Builder backupAlertRecipientEmails(List<String> backupAlertRecipientEmails);

    /**
     * Sets {@link SettingsValues#backupAlertRecipientEmails()} to {@code backupAlertRecipientEmails},
     * which may be empty.
     */
    Builder backupAlertRecipientEmails(Optional<? extends List<String>> backupAlertRecipientEmails);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    SettingsValues build();
  }
}
