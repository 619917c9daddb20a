package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.testkit.OrgSeed;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every single-org command, as a process against the fake console, its effect read from the tenant. */
class SingleOrgCommandsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeConsole console;
  private static Map<String, Org> seeded;

  @BeforeAll
  static void startTheConsole() {
    console = FakeConsole.start(12);
    seeded = console.tenant().seed(
        OrgSeed.org("Acme").externalReference("CUST-1").notes("key account")
            .child(OrgSeed.org("Acme Sales with a name far too long for any column of a narrow table")
                .externalReference("CUST-1-SALES")),
        OrgSeed.org("Blocked Ltd").externalReference("CUST-2").blocked(),
        OrgSeed.org("Closed Inc").externalReference("CUST-3").deactivated(),
        OrgSeed.org("To Block").externalReference("CUST-4"),
        OrgSeed.org("To Unblock").externalReference("CUST-5").blocked(),
        OrgSeed.org("To Deactivate").externalReference("CUST-6"),
        OrgSeed.org("To Reactivate").externalReference("CUST-7").deactivated(),
        OrgSeed.org("To Update").externalReference("CUST-8"),
        OrgSeed.org("Settings").externalReference("CUST-9"));
  }

  @AfterAll
  static void stopTheConsole() {
    console.close();
  }

  private static Cli.Result crashplan4j(String... args) {
    return console.cli().env("COLUMNS", "80").run(args);
  }

  @Test
  void listIsATableThatFits80Columns() {
    Cli.Result list = crashplan4j("orgs", "list");

    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.outLines().get(0)).matches("ID +UID +NAME +EXT REF +STATE");
    assertThat(list.outLines()).hasSize(console.orgs().size() + 1).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    assertThat(list.out()).contains("Acme Sales with", "~", "CUST-1-SALES", "active, blocked", "deactivated");
    assertThat(list.err()).isEmpty();
  }

  @Test
  void at120ColumnsTheTableShowsTheParent() {
    Cli.Result list = console.cli().env("COLUMNS", "120").run("orgs", "list");

    assertThat(list.outLines().get(0)).matches("ID +UID +NAME +EXT REF +STATE +PARENT");
    assertThat(list.outLines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(120));
    assertThat(list.out()).contains("Acme Sales with a name far too long for any column of");
  }

  @Test
  void listAsCsvHasARowPerOrgUnderAHeader() {
    Cli.Result list = crashplan4j("orgs", "list", "--format", "csv");

    assertThat(list.exit()).isZero();
    assertThat(list.outLines().get(0))
        .isEqualTo("orgId,orgUid,name,externalReference,status,blocked,parentOrgId,parentOrgUid,notes");
    assertThat(list.outLines()).hasSize(console.orgs().size() + 1);
    Org acme = seeded.get("Acme");
    assertThat(list.out()).contains(acme.id() + "," + acme.uid() + ",Acme,CUST-1,active,false,1,");
  }

  @Test
  void listAsJsonIsOneArrayOfEveryOrg() throws Exception {
    Cli.Result list = crashplan4j("orgs", "list", "--format", "json");

    JsonNode orgs = JSON.readTree(list.out());
    assertThat(orgs.isArray()).isTrue();
    assertThat(orgs).hasSize(console.orgs().size());
    JsonNode closed = orgs.findParents("externalReference").stream()
        .filter(org -> org.path("externalReference").asText().equals("CUST-3")).findFirst().orElseThrow();
    assertThat(closed.path("status").asText()).isEqualTo("deactivated");
    assertThat(closed.path("orgUid").asText()).isEqualTo(seeded.get("Closed Inc").uid().value());
  }

  @Test
  void blockedAndDeactivatedKeepOnlyThoseOrgs() {
    Cli.Result blocked = crashplan4j("orgs", "list", "--blocked", "--format", "csv");
    Cli.Result deactivated = crashplan4j("orgs", "list", "--deactivated", "--format", "csv");

    assertThat(blocked.outLines()).hasSize(1 + (int) console.orgs().stream().filter(Org::blocked).count())
        .anyMatch(line -> line.contains(",CUST-2,"));
    assertThat(deactivated.outLines()).hasSize(1 + (int) console.orgs().stream()
            .filter(org -> org.status() == OrgStatus.DEACTIVATED).count())
        .anyMatch(line -> line.contains(",CUST-3,")).noneMatch(line -> line.contains(",CUST-2,"));
  }

  @Test
  void showFindsAnOrgByIdUidOrExternalReference() {
    Org acme = seeded.get("Acme");

    Cli.Result byId = crashplan4j("orgs", "show", acme.id().toString());
    Cli.Result byUid = crashplan4j("orgs", "show", acme.uid().value());
    Cli.Result byReference = crashplan4j("orgs", "show", "ext:CUST-1");

    assertThat(byId.exit()).as(byId.toString()).isZero();
    assertThat(byId.out()).contains("orgUid             " + acme.uid(), "name               Acme",
        "notes              key account");
    assertThat(byUid.out()).isEqualTo(byId.out());
    assertThat(byReference.out()).isEqualTo(byId.out());
  }

  @Test
  void showAsJsonIsOneObject() throws Exception {
    Cli.Result show = crashplan4j("orgs", "show", "ext:CUST-2", "--format", "json");

    JsonNode org = JSON.readTree(show.out());
    assertThat(org.path("name").asText()).isEqualTo("Blocked Ltd");
    assertThat(org.path("blocked").asBoolean()).isTrue();
  }

  @Test
  void showOfAnOrgNoOneHasExits1InOneLine() {
    Cli.Result show = crashplan4j("orgs", "show", "ext:NOBODY");

    assertThat(show.exit()).isEqualTo(ExitCode.SOME_FAILED);
    assertThat(show.out()).isEmpty();
    assertThat(show.err()).isEqualTo("crashplan4j: find org ext:NOBODY failed: no organization with external"
        + " reference NOBODY exists\n");
  }

  @Test
  void createPrintsTheOrgTheConsoleCreated() {
    Cli.Result create = crashplan4j("orgs", "create", "--name", "Acme Support", "--parent", "ext:CUST-1",
        "--ext-ref", "CUST-1-SUPPORT", "--notes", "tier 2");

    assertThat(create.exit()).as(create.toString()).isZero();
    Org created = console.byReference("CUST-1-SUPPORT").orElseThrow();
    assertThat(created.parentId()).contains(seeded.get("Acme").id());
    assertThat(created.notes()).contains("tier 2");
    assertThat(create.out()).contains("orgId              " + created.id(), "name               Acme Support");
    assertThat(create.err()).isEqualTo("created org " + created.id() + " (Acme Support)\n");
  }

  @Test
  void blockLeavesAnOrgAlreadyBlockedAlone() {
    Cli.Result block = crashplan4j("orgs", "block", "ext:CUST-4", "ext:CUST-2");

    assertThat(block.exit()).as(block.toString()).isZero();
    assertThat(console.byReference("CUST-4").orElseThrow().blocked()).isTrue();
    assertThat(block.err()).contains("blocked org " + seeded.get("To Block").id() + " (To Block)",
        "org " + seeded.get("Blocked Ltd").id() + " (Blocked Ltd) is already blocked: nothing sent");
  }

  @Test
  void unblockLiftsTheBlock() {
    Cli.Result unblock = crashplan4j("orgs", "unblock", seeded.get("To Unblock").uid().value());

    assertThat(unblock.exit()).isZero();
    assertThat(console.byReference("CUST-5").orElseThrow().blocked()).isFalse();
  }

  @Test
  void deactivateOrReactivateChangesTheStatus() {
    Cli.Result deactivate = crashplan4j("orgs", "deactivate", "ext:CUST-6");
    Cli.Result reactivate = crashplan4j("orgs", "reactivate", "id:" + seeded.get("To Reactivate").id());

    assertThat(deactivate.exit()).isZero();
    assertThat(reactivate.exit()).isZero();
    assertThat(console.byReference("CUST-6").orElseThrow().status()).isEqualTo(OrgStatus.DEACTIVATED);
    assertThat(console.byReference("CUST-7").orElseThrow().status()).isEqualTo(OrgStatus.ACTIVE);
  }

  @Test
  void anOrgNoOneHasFailsAloneWithExit1() {
    int before = console.server.requestCount();
    Cli.Result block = crashplan4j("orgs", "block", "987654", "ext:CUST-1-SALES");

    assertThat(block.exit()).isEqualTo(ExitCode.SOME_FAILED);
    assertThat(block.err()).contains("crashplan4j: 987654: find org 987654 failed: no organization with id or uid"
        + " 987654 exists");
    assertThat(console.byReference("CUST-1-SALES").orElseThrow().blocked()).isTrue();
    assertThat(console.server.requestCount()).isGreaterThan(before);
  }

  @Test
  void updateChangesOnlyWhatItGives() {
    Cli.Result update = crashplan4j("orgs", "update", "ext:CUST-8", "--name", "Updated", "--notes", "renewed");

    assertThat(update.exit()).as(update.toString()).isZero();
    Org updated = console.org(seeded.get("To Update").id().value());
    assertThat(updated.name()).isEqualTo("Updated");
    assertThat(updated.notes()).contains("renewed");
    assertThat(updated.externalReference()).contains("CUST-8");
    assertThat(update.out()).contains("name               Updated");
  }

  @Test
  void settingsShowIsATableOrJson() throws Exception {
    Cli.Result table = crashplan4j("orgs", "settings", "show", "ext:CUST-9");
    Cli.Result json = crashplan4j("orgs", "settings", "show", "ext:CUST-9", "--format", "json");

    assertThat(table.exit()).isZero();
    assertThat(table.out()).containsPattern("(?m)^archiveHoldDays +\\d+$").containsPattern("(?m)^name +Settings$");
    JsonNode settings = JSON.readTree(json.out());
    assertThat(settings.path("name").asText()).isEqualTo("Settings");
    assertThat(settings.path("backupAlertRecipientEmails").isArray()).isTrue();
  }

  @Test
  void settingsSetPrintsTheChangesItSent() {
    OrgId id = seeded.get("Settings").id();
    Cli.Result set = crashplan4j("orgs", "settings", "set", "ext:CUST-9", "--archive-hold-days", "91",
        "--web-restore", "false", "--alert-emails", "ops@example.com,it@example.com");

    assertThat(set.exit()).as(set.toString()).isZero();
    assertThat(set.outLines()).contains("archiveHoldDays: 30 -> 91", "webRestoreEnabled: true -> false",
        "backupAlertRecipientEmails: [backup-alerts@example.test] -> [ops@example.com, it@example.com]");
    @SuppressWarnings("unchecked")
    Map<String, Object> saved = (Map<String, Object>) console.tenant().settingsDocument(id).get("settings");
    assertThat(saved).containsEntry("archiveHoldDays", 91);
    Cli.Result again = crashplan4j("orgs", "settings", "set", "ext:CUST-9", "--archive-hold-days", "91");
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).contains("already has these settings: nothing sent");
  }

  @Test
  void badInputExits2BeforeAnythingIsSent() {
    int before = console.server.requestCount();

    Cli.Result noSetting = crashplan4j("orgs", "settings", "set", "42");
    Cli.Result notAnOrg = crashplan4j("orgs", "show", "Acme");
    Cli.Result badFormat = crashplan4j("orgs", "list", "--format", "xml");

    assertThat(noSetting.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(noSetting.err()).startsWith("crashplan4j: nothing to set: give at least one of --archive-hold-days");
    assertThat(notAnOrg.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(notAnOrg.err()).isEqualTo("crashplan4j: ORG \"Acme\" is not an org: give an id (42), a uid"
        + " (880000000000007961) or ext:EXTERNAL-REFERENCE\n");
    assertThat(badFormat.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(badFormat.err()).isEqualTo("crashplan4j: Invalid value for option '--format': 'xml' is not a format:"
        + " table, csv or json\nTry 'crashplan4j orgs list --help' for more.\n");
    assertThat(console.server.requestCount()).isEqualTo(before);
  }
}
