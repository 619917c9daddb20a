package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.api.bulk.csv.BulkCsv;
import dev.crashplan4j.api.bulk.csv.BulkCsvReport;
import dev.crashplan4j.api.bulk.csv.CsvInput;
import dev.crashplan4j.api.bulk.csv.CsvInputException;
import dev.crashplan4j.api.bulk.csv.CsvRow;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.OrgSeed;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bulk work from CSV: rows to items with their lines, bad rows before anything is sent, the report, resume. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BulkCsvTest {

  @RegisterExtension
  static final FakeCrashPlanServerExtension CONSOLE = BulkConsole.extension();

  private static CsvInput read(String csv, BulkOperation operation) {
    return BulkCsv.read(new StringReader(csv), operation);
  }

  private static List<BulkItem> items(CsvInput input) {
    return input.rows().map(CsvRow::item).toList();
  }

  @Test
  void aRowNamesItsOrgByIdUidOrReferenceTheFirstGivenWinning() {
    CsvInput input = read("orgId,orgUid,externalReference,name\n42,,,ignored\n,1234,CUST-9,\n,,CUST-1,\n",
        BulkOperation.BLOCK);

    assertThat(items(input)).containsExactly(BulkItem.block(OrgId.of(42)), BulkItem.block(OrgKey.of(OrgUid.of("1234"))),
        BulkItem.block(OrgKey.externalReference("CUST-1")));
    assertThat(input.header()).containsExactly("orgId", "orgUid", "externalReference", "name");
    assertThat(input.size()).isEqualTo(3);
  }

  @Test
  void createRowsGiveNameReferenceNotesAndParent() {
    CsvInput input = read("name,externalReference,notes,parentExternalReference,parentOrgUid\n"
        + "Acme,CUST-1,Key account,,\n"
        + "Acme Sales,CUST-1-S,,CUST-1,\n"
        + "Globex,,,,5678\n", BulkOperation.CREATE);

    assertThat(items(input)).containsExactly(
        BulkItem.create(NewOrg.builder().name("Acme").externalReference("CUST-1").notes("Key account").build()),
        BulkItem.create(NewOrg.builder().name("Acme Sales").externalReference("CUST-1-S").build(),
            OrgKey.externalReference("CUST-1")),
        BulkItem.create(NewOrg.builder().name("Globex").parentOrgUid(OrgUid.of("5678")).build()));
  }

  @Test
  void anUpdateRowsReferenceIsTheNewOneWhenAnIdNamesTheOrg() {
    CsvInput input = read("orgId,externalReference,name,notes\n42,NEW-REF,,\n,CUST-1,Acme Corp,renewed\n",
        BulkOperation.UPDATE);

    assertThat(items(input)).containsExactly(
        BulkItem.update(OrgKey.of(OrgId.of(42)), OrgUpdate.builder().externalReference("NEW-REF").build()),
        BulkItem.update(OrgKey.externalReference("CUST-1"), OrgUpdate.builder().name("Acme Corp").notes("renewed").build()));
  }

  @Test
  void settingsRowsGiveTheValuesTheirColumnsName() {
    CsvInput input = read("externalReference,archiveHoldDays,maxUsers,orgBackupQuotaGb,userBackupQuotaGb,"
        + "webRestoreEnabled,backupAlertRecipientEmails\n"
        + "CUST-1,90,50,500,100.5,FALSE,\"oncall@acme.example; it@acme.example\"\n"
        + "CUST-2,,-1,,,,\n", BulkOperation.SETTINGS);

    assertThat(items(input)).containsExactly(
        BulkItem.editSettings(OrgKey.externalReference("CUST-1"), SettingsValues.builder().archiveHoldDays(90).maxUsers(50)
            .orgBackupQuotaGb(500.0).userBackupQuotaGb(100.5).webRestoreEnabled(false)
            .backupAlertRecipientEmails(List.of("oncall@acme.example", "it@acme.example")).build()),
        BulkItem.editSettings(OrgKey.externalReference("CUST-2"), SettingsValues.builder().maxUsers(-1).build()));
  }

  @Test
  void badRowsAreEachReportedWithTheirLine() {
    String csv = "orgId,name,archiveHoldDays,webRestoreEnabled\n"
        + "4x2,,,\n"
        + ",\"a name\nover two lines\",,\n"
        + "\n"
        + "7,,0,\n"
        + "8,,12d,\n"
        + "9,,,yes\n"
        + "10,,,\n"
        + "11,a,b,c,d\n"
        + "-3,,,\n";

    assertThatThrownBy(() -> read(csv, BulkOperation.SETTINGS))
        .isInstanceOfSatisfying(CsvInputException.class, bad -> assertThat(bad.problems()).extracting(Object::toString)
            .containsExactly(
                "line 2: orgId is not a whole number: \"4x2\"",
                "line 3: the row names no org: give orgId, orgUid or externalReference",
                "line 6: archiveHoldDays must be at least 1, was 0",
                "line 7: archiveHoldDays is not a whole number: \"12d\"",
                "line 8: webRestoreEnabled is true or false, not \"yes\"",
                "line 9: the settings edit sets nothing: give at least one settings column",
                "line 10: the row has 5 values, the header 4 columns",
                "line 11: orgId must be positive, was -3"))
        .hasMessageStartingWith("the CSV has 8 bad rows; nothing was sent:\n  line 2: orgId is not a whole number");
  }

  @Test
  void anUnknownColumnIsAnErrorOfTheHeaderLine() {
    assertThatThrownBy(() -> read("orgid,name\n1,a\n", BulkOperation.BLOCK))
        .isInstanceOfSatisfying(CsvInputException.class, bad -> assertThat(bad.problems()).singleElement()
            .hasToString("line 1: unknown column \"orgid\" (did you mean orgId?); the columns are orgId, orgUid,"
                + " externalReference, name, parentOrgUid, parentExternalReference, notes, archiveHoldDays, maxUsers,"
                + " orgBackupQuotaGb, userBackupQuotaGb, webRestoreEnabled, backupAlertRecipientEmails"));
    assertThatThrownBy(() -> read("orgId,orgId\n1,2\n", BulkOperation.BLOCK))
        .hasMessageContaining("line 1: column \"orgId\" is given twice");
    assertThatThrownBy(() -> read("", BulkOperation.BLOCK)).hasMessageContaining("line 1: there is no header row");
  }

  @Test
  void severalUnknownColumnsAreAllNamedInOneLine() {
    assertThatThrownBy(() -> read("orgid,colour,externalReference,sise\n1,red,A,3\n", BulkOperation.BLOCK))
        .isInstanceOfSatisfying(CsvInputException.class, bad -> assertThat(bad.problems()).singleElement()
            .hasToString("line 1: unknown columns \"orgid\" (did you mean orgId?), \"colour\", \"sise\"; the columns"
                + " are orgId, orgUid, externalReference, name, parentOrgUid, parentExternalReference, notes,"
                + " archiveHoldDays, maxUsers, orgBackupQuotaGb, userBackupQuotaGb, webRestoreEnabled,"
                + " backupAlertRecipientEmails"));
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsNotPartOfItsFirstName() {
    assertThat(items(read("\uFEFForgId\n42\n", BulkOperation.READ))).containsExactly(BulkItem.read(OrgKey.of(OrgId.of(42))));
  }

  @Test
  void aCsvReportHasTheInputColumnsThenTheResult(FakeCrashPlanServer server) throws IOException {
    Map<String, Org> seeded = server.tenant().seed(OrgSeed.org("Acme").externalReference("CUST-1"),
        OrgSeed.org("Globex").externalReference("CUST-2").blocked());
    Org acme = seeded.get("Acme");
    Org globex = seeded.get("Globex");
    CsvInput input = read("externalReference,name\nCUST-1,Acme\nCUST-2,\"Globex, Inc.\"\nNOPE,\n", BulkOperation.BLOCK);
    StringWriter out = new StringWriter();

    try (CrashPlanClient client = BulkConsole.client(server); BulkCsvReport report = BulkCsv.report(out, input.header(), false);
        Stream<CsvRow> rows = input.rows()) {
      client.orgs().bulk().run(rows, CsvRow::item, BulkOptions.defaults(), report);
    }

    assertThat(out.toString()).isEqualTo("externalReference,name,outcome,orgId,orgUid,error,operation\n"
        + "CUST-1,Acme,done," + acme.id() + "," + acme.uid() + ",,block\n"
        + "CUST-2,\"Globex, Inc.\",already," + globex.id() + "," + globex.uid() + ",,block\n"
        + "NOPE,,failed,,,\"block external reference NOPE failed: no organization with external reference NOPE exists\","
        + "block\n");
  }

  @Test
  void aDryRunsReportSaysWhatEachRowWouldSend(FakeCrashPlanServer server) throws IOException {
    Org acme = server.tenant().seed(OrgSeed.org("Acme").externalReference("CUST-1")).get("Acme");
    CsvInput input = read("externalReference\nCUST-1\n", BulkOperation.DEACTIVATE);
    StringWriter out = new StringWriter();

    try (CrashPlanClient client = BulkConsole.client(server); BulkCsvReport report = BulkCsv.report(out, input.header(), true)) {
      client.orgs().bulk().run(input.rows(), CsvRow::item, BulkOptions.builder().dryRun(true).build(), report);
    }

    assertThat(out.toString()).isEqualTo("externalReference,outcome,orgId,orgUid,error,operation,wouldSend\n"
        + "CUST-1,not-started," + acme.id() + "," + acme.uid() + ",,deactivate,\"POST /api/v3/orgs/" + acme.guid()
        + "/deactivate\"\n");
    assertThat(BulkConsole.writes(server)).isEmpty();
  }

  @Test
  void aReportOfAnotherOperationDoesNotResume() {
    String updateReport = "externalReference,outcome,orgId,orgUid,error,operation\nCUST-1,done,7,uid-7,,update\n";

    assertThatThrownBy(() -> BulkCsv.resumable(new StringReader(updateReport), BulkOperation.BLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report is of operation update (line 2), not block: resume only from a report of block");
  }

  @Test
  void aReportWithoutAnOperationColumnDoesNotResume() {
    String oldReport = "externalReference,outcome,orgId,orgUid,error\nCUST-1,done,7,uid-7,\n";

    assertThatThrownBy(() -> BulkCsv.resumable(new StringReader(oldReport), BulkOperation.BLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no operation column").hasMessageContaining("block");
  }

  @Test
  void aReportOfTheSameOperationResumesItsDoneRows() {
    String blockReport = "externalReference,outcome,orgId,orgUid,error,operation\nCUST-1,done,7,uid-7,,block\n"
        + "CUST-2,failed,,,boom,block\n";

    assertThat(BulkCsv.resumable(new StringReader(blockReport), BulkOperation.BLOCK))
        .containsExactly(Map.entry(BulkItem.block(OrgKey.externalReference("CUST-1")), BulkOutcome.DONE));
  }

  @Test
  void aRunResumedFromItsReportDoesOnlyTheRowsLeft(FakeCrashPlanServer server) throws IOException {
    server.tenant().addOrgs(20);
    StringBuilder csv = new StringBuilder("orgId\n");
    List<Org> orgs = server.tenant().orgs().stream().filter(org -> org.parentId().isPresent()).toList();
    orgs.forEach(org -> csv.append(org.id()).append('\n'));
    CsvInput input = read(csv.toString(), BulkOperation.BLOCK);
    Cancellation cancel = new Cancellation();
    BulkListener cancelAtFive = new BulkListener() {
      @Override
      public void itemFinished(BulkResult<?> result, BulkProgress progress) {
        if (progress.finished() == 5) {
          cancel.cancel();
        }
      }
    };
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    Map<BulkItem, BulkOutcome> done;
    try (CrashPlanClient client = BulkConsole.client(server)) {
      OrgBulk bulk = client.orgs().bulk();
      try (BulkCsvReport report = BulkCsv.report(first, input.header(), false)) {
        bulk.run(input.rows(), CsvRow::item, BulkOptions.builder().concurrency(2).cancellation(cancel).listener(cancelAtFive)
            .build(), report);
      }
      done = BulkCsv.resumable(new StringReader(first.toString()), BulkOperation.BLOCK);
      server.clearRequests();
      try (BulkCsvReport report = BulkCsv.report(second, input.header(), false)) {
        BulkSummary summary = bulk.run(input.rows(), CsvRow::item, BulkOptions.builder().resumed(done).build(), report);
        assertThat(summary.carriedOver()).isEqualTo(done.size());
        assertThat(summary.allSucceeded()).isTrue();
      }
      assertThat(done).hasSizeBetween(5, 6);
      assertThat(BulkConsole.writes(server)).hasSize(20 - done.size());
    }
    assertThat(first.toString().lines().skip(1).map(line -> line.split(",")[1]))
        .containsOnly("done", "not-started").filteredOn("done"::equals).hasSize(done.size());
    List<String> lines = second.toString().lines().toList();
    assertThat(lines).hasSize(21);
    for (int i = 0; i < 20; i++) {
      Org org = orgs.get(i);
      assertThat(lines.get(i + 1)).isEqualTo(org.id() + ",done," + org.id() + "," + org.uid() + ",,block");
    }
  }

  @Test
  void aFileIsCheckedWholeBeforeItsRowsAreReadAgainOneByOne(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.csv");
    Files.writeString(good, "orgId\n1\n2\n3\n", StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "orgId\n1\n2\nthree\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BulkCsv.open(bad, BulkOperation.BLOCK))
        .hasMessage(bad + " has 1 bad row; nothing was sent:\n  line 4: orgId is not a whole number: \"three\"");
    try (CsvInput input = BulkCsv.open(good, BulkOperation.BLOCK); Stream<CsvRow> rows = input.rows()) {
      assertThat(input.size()).isEqualTo(3);
      assertThat(rows.map(CsvRow::line)).containsExactly(2L, 3L, 4L);
    }
  }
}
