package dev.crashplan4j.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Editing settings: what is written where, change tracking, refusals, and nothing lost. */
class OrgSettingsEditTest {

  private final OrgSettings own = Documents.own();
  private final OrgSettings inherited = Documents.inherited();

  private static Object at(Map<String, Object> document, String... path) {
    return JsonTree.at(document, path);
  }

  @Test
  void anEditWithNoChangesWritesBackTheDocumentAsItCame() {
    OrgSettingsEdit edit = own.edit();

    assertThat(edit.changes()).isEmpty();
    assertThat(edit.hasChanges()).isFalse();
    assertThat(edit.orgDocumentChanged()).isFalse();
    assertThat(edit.tSettingPackets()).isEmpty();
    assertThat(Documents.json(edit.orgDocument())).isEqualTo(Documents.json(own.document()));
  }

  @Test
  void orgFieldsAreWrittenAtTheTopOfTheDocument() {
    Map<String, Object> document = own.edit().name("Research EU").externalReference("R-52").notes("moved").orgDocument();

    assertThat(document).containsEntry("orgName", "Research EU").containsEntry("orgExtRef", "R-52").containsEntry("notes", "moved");
  }

  @Test
  void quotaValuesAreWrittenInTheConsolesUnits() {
    OrgSettingsEdit edit = inherited.edit()
        .archiveHoldDays(60).maxUserSubscriptions(25).orgBackupQuotaGb(1.5).userBackupQuotaGb(-1);
    Map<String, Object> document = edit.orgDocument();

    assertThat(at(document, "settings", "archiveHoldDays")).isEqualTo(60);
    assertThat(at(document, "settings", "maxSeats")).isEqualTo(25);
    assertThat(at(document, "settings", "maxBytes")).isEqualTo(1_500_000_000L);
    assertThat(at(document, "settings", "defaultUserMaxBytes")).isEqualTo(-1L);
    assertThat(at(document, "settings", "isUsingQuotaDefaults")).isEqualTo(false);
    assertThat(at(document, "settings", "isUsingReportingDefaults")).as("untouched").isEqualTo(true);
    assertThat(edit.changes()).containsExactly(
        "quotaSettingsInherited: true -> false",
        "archiveHoldDays: 14 -> 60",
        "maxUserSubscriptions: -1 -> 25",
        "orgBackupQuotaGb: -1 -> 1.5",
        "userBackupQuotaGb: 1.5 -> -1");
  }

  @Test
  void reportingValuesTurnReportingInheritanceOff() {
    OrgSettingsEdit edit = inherited.edit().backupWarningEmailDays(3).backupCriticalEmailDays(9)
        .backupAlertRecipientEmails("oncall@example.test");
    Map<String, Object> document = edit.orgDocument();

    assertThat(at(document, "settings", "warnInDays")).isEqualTo(3);
    assertThat(at(document, "settings", "alertInDays")).isEqualTo(9);
    assertThat(at(document, "settings", "recipients")).isEqualTo(List.of("oncall@example.test"));
    assertThat(at(document, "settings", "isUsingReportingDefaults")).isEqualTo(false);
    assertThat(at(document, "settings", "isUsingQuotaDefaults")).isEqualTo(true);
  }

  @Test
  void inheritanceCanBeSetExplicitly() {
    OrgSettingsEdit edit = own.edit().quotaSettingsInherited(true).reportingSettingsInherited(true);

    assertThat(edit.changes()).containsExactly(
        "quotaSettingsInherited: false -> true", "reportingSettingsInherited: false -> true");
    assertThat(at(edit.orgDocument(), "settings", "isUsingQuotaDefaults")).isEqualTo(true);
  }

  @Test
  void webRestoreLimitsAreWrittenInMegabytes() {
    Map<String, Object> document = own.edit().webRestoreAdminLimitMb(1000).webRestoreUserLimitMb(10).orgDocument();

    assertThat(at(document, "settings", "webRestoreAdminLimitMb")).isEqualTo(1000);
    assertThat(at(document, "settings", "webRestoreUserLimitMb")).isEqualTo(10);
  }

  @Test
  void webRestoreEnabledIsSentAsAPacketOnly() {
    OrgSettingsEdit edit = own.edit().webRestoreEnabled(true);

    assertThat(edit.tSettingPackets()).containsExactly(new TSettingPacket("device_webRestore_enabled", "true", false));
    assertThat(edit.orgDocumentChanged()).isFalse();
    assertThat(edit.changes()).containsExactly("webRestoreEnabled: false -> true");
    assertThat(edit.preview().webRestoreEnabled()).contains(true);
  }

  @Test
  void aDeviceDefaultKeepsItsLockOrNone() {
    Map<String, Object> document = own.edit().criticalEmailEnabled(false).warningAlertDays(3).orgDocument();

    assertThat(at(document, "deviceDefaults", "serviceBackupConfig", "severeEmailEnabled"))
        .isEqualTo(Map.of("@locked", "true", "#text", "false"));
    assertThat(at(document, "deviceDefaults", "serviceBackupConfig", "minutesUntilWarning")).isEqualTo("4320");
  }

  @Test
  void deviceDefaultDaysAreWrittenAsMinutes() {
    OrgSettingsEdit edit = inherited.edit().warningEmailEnabled(true).criticalEmailEnabled(true)
        .criticalAlertDays(0.5).backupStatusEmailEnabled(true).backupStatusEmailFrequencyDays(1);
    Map<String, Object> config = JsonTree.objectAt(edit.orgDocument(), "deviceDefaults", "serviceBackupConfig");

    assertThat(config.get("warningEmailEnabled")).isEqualTo(Map.of("@locked", "true", "#text", "true"));
    assertThat(config.get("severeEmailEnabled")).isEqualTo("true");
    assertThat(config.get("minutesUntilSevere")).isEqualTo("720");
    assertThat(config.get("backupStatusEmailFreqInMinutes")).isEqualTo(Map.of("@locked", "true", "#text", "1440"));
    assertThat(edit.preview().criticalAlertDays()).contains(0.5);
  }

  @Test
  void settingAValueBackToWhatWasReadRemovesTheChange() {
    OrgSettingsEdit edit = inherited.edit().archiveHoldDays(60).name("Other");

    edit.archiveHoldDays(14).name("Research Lab");

    assertThat(edit.changes()).isEmpty();
    assertThat(edit.orgDocumentChanged()).isFalse();
    assertThat(Documents.json(edit.orgDocument())).isEqualTo(Documents.json(inherited.document()));
  }

  @Test
  void anEditedDocumentDiffersFromTheOneReadOnlyWhereItWasEdited() {
    Map<String, Object> document = own.edit().archiveHoldDays(120).orgDocument();

    JsonTree.objectAt(document, "settings").put("archiveHoldDays", 90);
    assertThat(Documents.json(document)).isEqualTo(Documents.json(own.document()));
    assertThat(at(document, "unknownTopLevel", "kept")).isEqualTo(at(own.document(), "unknownTopLevel", "kept"));
  }

  @Test
  void badValuesAreRefusedBeforeAnythingChanges() {
    OrgSettingsEdit edit = own.edit();

    assertThatThrownBy(() -> edit.archiveHoldDays(0)).hasMessage("archiveHoldDays must be at least 1, was 0");
    assertThatThrownBy(() -> edit.maxUserSubscriptions(-2)).hasMessage("maxUserSubscriptions must be -1 (no limit) or at least 0, was -2");
    assertThatThrownBy(() -> edit.orgBackupQuotaGb(Double.NaN)).hasMessageStartingWith("orgBackupQuotaGb must be");
    assertThatThrownBy(() -> edit.warningAlertDays(0)).hasMessage("warningAlertDays must be a positive number of days, was 0.0");
    assertThatThrownBy(() -> edit.name(" ")).hasMessage("name must not be blank");
    assertThatThrownBy(() -> edit.backupAlertRecipientEmails(List.of("a@b", " "))).hasMessage("backupAlertRecipientEmails element must not be blank");
    assertThat(edit.changes()).isEmpty();
  }

  // ---- backup sets ------------------------------------------------------------------------

  @Test
  void filesAddedToASetAreWrittenAsTheConsolesSelection() {
    OrgSettingsEdit edit = own.edit();
    edit.backupSet("10").addIncludedFile("D:/").addExcludedFile("C:/Windows/");

    Map<String, Object> set = BackupSetDocument.sets(edit.orgDocument()).get(0);

    assertThat(Documents.json(JsonTree.at(set, "backupPaths", "pathset"))).isEqualTo(
        "{\"paths\":{\"@os\":\"Windows\",\"@cleared\":\"false\",\"path\":["
            + "{\"@include\":\"C:/\",\"@und\":\"false\"},{\"@include\":\"D:/\",\"@und\":\"false\"},"
            + "{\"@exclude\":\"C:/Windows/\",\"@und\":\"false\"}]}}");
    assertThat(edit.preview().backupSet("10").orElseThrow().includedFiles()).containsExactly("C:/", "D:/");
    assertThat(edit.changes()).containsExactly(
        "backupSet 10 includedFiles: [C:/] -> [C:/, D:/]", "backupSet 10 excludedFiles: [] -> [C:/Windows/]");
  }

  @Test
  void removingEveryIncludedFileWritesAClearedSelection() {
    OrgSettingsEdit edit = own.edit();
    edit.backupSet("10").removeIncludedFile("C:/");

    Map<String, Object> set = BackupSetDocument.sets(edit.orgDocument()).get(0);

    assertThat(Documents.json(JsonTree.at(set, "backupPaths", "pathset")))
        .isEqualTo("{\"paths\":{\"@os\":\"Windows\",\"@cleared\":\"true\"}}");
    assertThat(edit.preview().backupSet("10").orElseThrow().includedFiles()).isEmpty();
  }

  @Test
  void filenameExclusionsAreWrittenAsAPatternList() {
    OrgSettingsEdit edit = own.edit();
    edit.backupSet("11").filenameExclusions(List.of(".*\\.mp4", ".*\\.iso"));

    Map<String, Object> set = BackupSetDocument.sets(edit.orgDocument()).get(1);

    assertThat(Documents.json(JsonTree.at(set, "backupPaths", "excludeUser"))).isEqualTo(
        "{\"patternList\":{\"pattern\":[{\"@regex\":\".*\\\\.mp4\"},{\"@regex\":\".*\\\\.iso\"}],"
            + "\"windows\":{\"pattern\":[]},\"macintosh\":{\"pattern\":[]},\"linux\":{\"pattern\":[]}}}");
    assertThat(edit.preview().backupSet("11").orElseThrow().filenameExclusions()).containsExactly(".*\\.mp4", ".*\\.iso");
  }

  @Test
  void destinationsAreAddedLockedUnlockedAndRemoved() {
    OrgSettingsEdit edit = own.edit();
    BackupSetEdit set = edit.backupSet("10").addDestination("g-west").lockDestination("g-west");

    assertThat(set.current().destinations()).containsOnlyKeys("g-east", "g-west");
    assertThat(set.current().lockedDestinations()).containsExactly("g-west");
    assertThat(BackupSetDocument.sets(edit.orgDocument()).get(0).get("destinations")).isEqualTo(List.of(
        Map.of("@id", "g-east"), Map.of("@id", "g-west", "@locked", "true")));
    assertThat(edit.changes()).containsExactly("backupSet 10 destinations: [East] -> [East, West (locked)]");

    set.unlockDestination("g-west").removeDestination("g-west");

    assertThat(edit.changes()).isEmpty();
  }

  @Test
  void removingTheLastDestinationWritesItCleared() {
    OrgSettingsEdit edit = own.edit();
    edit.backupSet("10").removeDestination("g-east");

    assertThat(BackupSetDocument.sets(edit.orgDocument()).get(0).get("destinations")).isEqualTo(Map.of("@cleared", "true"));
  }

  // The console writes no destinations as {"@cleared": "true"}; older fakes and documents wrote
  // [{"@cleared": "true"}]. Both read as none, and a destination added to either is written alone.
  @ParameterizedTest
  @ValueSource(strings = {"{\"@cleared\":\"true\"}", "[{\"@cleared\":\"true\"}]"})
  void noDestinationsReadAsNoneInEitherShape(String cleared) throws Exception {
    Map<String, Object> document = Documents.read("own-settings.json");
    BackupSetDocument.sets(document).get(1).put("destinations", Documents.JSON.readValue(cleared, Object.class));
    OrgSettings settings = OrgSettings.of(document, Map.of());

    assertThat(settings.backupSet("11").orElseThrow().destinations()).isEmpty();

    OrgSettingsEdit edit = settings.edit();
    edit.backupSet("11").addDestination("g-west");

    assertThat(BackupSetDocument.sets(edit.orgDocument()).get(1).get("destinations")).isEqualTo(List.of(Map.of("@id", "g-west")));
    assertThat(edit.preview().backupSet("11").orElseThrow().destinations()).containsExactly(Map.entry("g-west", "West"));
    assertThat(edit.changes()).containsExactly("backupSet 11 destinations: [] -> [West]");
  }

  @Test
  void aLockedSetRefusesFileChangesButTakesDestinationChanges() {
    OrgSettingsEdit edit = own.edit();
    BackupSetEdit locked = edit.backupSet("12");

    assertThatThrownBy(() -> locked.addIncludedFile("/c"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("backup set 12 of org 51 is locked by a parent org: its includedFiles cannot change (its destinations can)");
    assertThatThrownBy(() -> locked.filenameExclusions(List.of())).isInstanceOf(IllegalStateException.class);
    assertThat(edit.changes()).isEmpty();

    locked.unlockDestination("g-east");

    assertThat(edit.changes()).containsExactly("backupSet 12 destinations: [East (locked), West] -> [East, West]");
  }

  @Test
  void aDestinationNotOfferedOrNotInUseIsRefused() {
    OrgSettingsEdit edit = own.edit();
    BackupSetEdit set = edit.backupSet("10");

    assertThatThrownBy(() -> set.addDestination("g-mars"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add destination g-mars on backup set 10: org 51 is not offered it; offered: {g-east=East, g-west=West}");
    assertThatThrownBy(() -> set.lockDestination("g-west"))
        .hasMessage("cannot lock destination g-west on backup set 10: the set does not use it; in use: [g-east]");
    assertThatThrownBy(() -> set.unlockDestination("g-west")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.removeDestination("g-mars")).isInstanceOf(IllegalArgumentException.class);
    assertThat(edit.changes()).isEmpty();
  }

  @Test
  void anUnknownOrLegalHoldSetCannotBeEdited() {
    assertThatThrownBy(() -> own.edit().backupSet("99"))
        .hasMessage("org 51 has no backup set 99; its sets are [10, 11, 12]");
    assertThatThrownBy(() -> own.edit().backupSet("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void setsInALockedContainerAreWrittenInPlace() {
    OrgSettingsEdit edit = inherited.edit();
    edit.backupSet("20").includedFiles(List.of("/home", "/data"));

    Map<String, Object> container = JsonTree.objectAt(edit.orgDocument(),
        "deviceDefaults", "serviceBackupConfig", "backupConfig", "backupSets");

    assertThat(container).containsEntry("@locked", "true").containsKey("backupSet");
    assertThat(edit.preview().backupSet("20").orElseThrow().includedFiles()).containsExactly("/home", "/data");
    assertThat(edit.preview().backupSet("20").orElseThrow().excludedFiles()).containsExactly("/home/tmp");
  }

  @Test
  void editingABackupSetAddsNothingElseToTheDocument() {
    OrgSettingsEdit edit = own.edit();
    edit.backupSet("10").addIncludedFile("E:/");
    Map<String, Object> document = edit.orgDocument();

    assertThat(document.keySet()).containsExactlyElementsOf(own.document().keySet());
    assertThat(JsonTree.objectAt(document, "deviceDefaults").keySet())
        .containsExactlyElementsOf(JsonTree.objectAt(own.document(), "deviceDefaults").keySet());
    assertThat(BackupSetDocument.sets(document).get(3)).as("the legal-hold set").isEqualTo(BackupSetDocument.sets(own.document()).get(3));
  }
}
