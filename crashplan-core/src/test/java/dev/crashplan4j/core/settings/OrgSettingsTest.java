package dev.crashplan4j.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.OrgId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading every property from both shapes of the org document: own settings and inherited ones. */
class OrgSettingsTest {

  private final OrgSettings own = Documents.own();
  private final OrgSettings inherited = Documents.inherited();

  @Test
  void orgFieldsAreRead() {
    assertThat(own.orgId()).isEqualTo(OrgId.of(51));
    assertThat(own.name()).isEqualTo("Research");
    assertThat(own.externalReference()).contains("R-51");
    assertThat(own.notes()).isEmpty();
    assertThat(own.registrationKey()).contains("AAAA-BBBB-CCCC-DDDD");
    assertThat(inherited.externalReference()).isEmpty();
    assertThat(inherited.notes()).contains("inherits");
  }

  @Test
  void quotaSettingsAreReadInTheirUnits() {
    assertThat(own.quotaSettingsInherited()).isFalse();
    assertThat(own.archiveHoldDays()).contains(90);
    assertThat(own.maxUserSubscriptions()).contains(40);
    assertThat(own.orgBackupQuotaGb()).contains(2500.0);
    assertThat(own.userBackupQuotaGb()).contains(-1.0);
    assertThat(inherited.quotaSettingsInherited()).isTrue();
    assertThat(inherited.maxUserSubscriptions()).contains(-1);
    assertThat(inherited.userBackupQuotaGb()).contains(1.5);
  }

  @Test
  void webRestoreLimitsAndTheTSettingAreRead() {
    assertThat(own.webRestoreAdminLimitMb()).contains(300);
    assertThat(own.webRestoreUserLimitMb()).contains(100);
    assertThat(own.webRestoreEnabled()).contains(false);
    assertThat(inherited.webRestoreEnabled()).isEmpty();
  }

  @Test
  void aSingleReportingRecipientReadsAsAList() {
    assertThat(own.reportingSettingsInherited()).isFalse();
    assertThat(own.backupWarningEmailDays()).contains(2);
    assertThat(own.backupCriticalEmailDays()).contains(6);
    assertThat(own.backupAlertRecipientEmails()).containsExactly("ops@example.test");
    assertThat(inherited.reportingSettingsInherited()).isTrue();
    assertThat(inherited.backupAlertRecipientEmails()).isEmpty();
  }

  @Test
  void deviceDefaultsArePlainLockedOrNil() {
    assertThat(own.warningEmailEnabled()).contains(true);
    assertThat(own.criticalEmailEnabled()).as("locked").contains(true);
    assertThat(own.warningAlertDays()).as("nil").isEmpty();
    assertThat(own.criticalAlertDays()).contains(2.0);
    assertThat(own.backupStatusEmailEnabled()).contains(true);
    assertThat(own.backupStatusEmailFrequencyDays()).contains(1.0);
    assertThat(inherited.warningEmailEnabled()).contains(false);
    assertThat(inherited.warningAlertDays()).contains(3.0);
    assertThat(inherited.criticalAlertDays()).contains(5.0);
    assertThat(inherited.backupStatusEmailFrequencyDays()).contains(7.0);
  }

  @Test
  void theDestinationsOfferedAreReadByGuid() {
    assertThat(own.availableDestinations()).containsExactly(Map.entry("g-east", "East"), Map.entry("g-west", "West"));
  }

  @Test
  void backupSetsOfEveryShapeAreReadButLegalHold() {
    assertThat(own.backupSets()).extracting(BackupSet::id).containsExactly("10", "11", "12");

    BackupSet one = own.backupSet("10").orElseThrow();
    assertThat(one.name()).isEqualTo("One of each");
    assertThat(one.locked()).isFalse();
    assertThat(one.includedFiles()).containsExactly("C:/");
    assertThat(one.excludedFiles()).isEmpty();
    assertThat(one.filenameExclusions()).containsExactly(".*\\.bak");
    assertThat(one.destinations()).containsExactly(Map.entry("g-east", "East"));
    assertThat(one.lockedDestinations()).isEmpty();

    BackupSet none = own.backupSet("11").orElseThrow();
    assertThat(none.includedFiles()).isEmpty();
    assertThat(none.filenameExclusions()).isEmpty();
    assertThat(none.destinations()).isEmpty();

    BackupSet locked = own.backupSet("12").orElseThrow();
    assertThat(locked.name()).isEqualTo("Locked many");
    assertThat(locked.locked()).isTrue();
    assertThat(locked.includedFiles()).containsExactly("/a", "/b");
    assertThat(locked.excludedFiles()).containsExactly("/a/tmp");
    assertThat(locked.filenameExclusions()).containsExactly("x", "y");
    assertThat(locked.destinations()).containsOnlyKeys("g-east", "g-west");
    assertThat(locked.lockedDestinations()).containsExactly("g-east");

    assertThat(own.backupSet("99")).as("legal hold").isEmpty();
  }

  @Test
  void aLockedContainerWithOneSetIsRead() {
    assertThat(inherited.backupSets()).singleElement().satisfies(set -> {
      assertThat(set.id()).isEqualTo("20");
      assertThat(set.includedFiles()).containsExactly("/home");
      assertThat(set.excludedFiles()).containsExactly("/home/tmp");
      assertThat(set.filenameExclusions()).containsExactly("a", "b");
      assertThat(set.destinations()).containsOnlyKeys("g-east");
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSnapshotCannotBeChanged() {
    assertThatThrownBy(() -> own.document().put("orgName", "x")).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> settings = (Map<String, Object>) own.document().get("settings");
    assertThatThrownBy(() -> ((List<Object>) settings.get("destinations")).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDocumentWithoutAnOrgIdIsRefused() {
    assertThatThrownBy(() -> OrgSettings.of(Map.of("orgName", "x"), Map.of()))
        .hasMessage("an org document must hold a numeric orgId");
  }
}
