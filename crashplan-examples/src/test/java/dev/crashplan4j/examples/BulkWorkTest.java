package dev.crashplan4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkListener;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkOutcome;
import dev.crashplan4j.api.bulk.BulkProgress;
import dev.crashplan4j.api.bulk.BulkReport;
import dev.crashplan4j.api.bulk.BulkResult;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.Cancellation;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.api.bulk.csv.BulkCsv;
import dev.crashplan4j.api.bulk.csv.BulkCsvReport;
import dev.crashplan4j.api.bulk.csv.CsvInput;
import dev.crashplan4j.api.bulk.csv.CsvRow;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Bulk work" code, run against the fake console. */
class BulkWorkTest {

  @RegisterExtension
  static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension();

  /** The README's CSV run: onboard customers from a CRM export, a report row per customer. */
  static BulkSummary onboard(CrashPlanClient client, Path customersCsv, Path reportCsv, Cancellation cancel)
      throws IOException {
    OrgBulk bulk = client.orgs().bulk();
    CsvInput input = BulkCsv.open(customersCsv, BulkOperation.CREATE);   // every row checked; bad ones throw
    BulkListener progress = new BulkListener() {
      @Override
      public void itemFinished(BulkResult<?> result, BulkProgress now) {
        System.err.print("\r" + now);                         // 420/1000 (3 failed), 52.1/s, PT11S left
      }
    };
    try (Stream<CsvRow> rows = input.rows();
        BulkCsvReport report = BulkCsv.report(Files.newBufferedWriter(reportCsv), input.header(), false)) {
      BulkSummary summary = bulk.run(rows, CsvRow::item, BulkOptions.builder()
          .concurrency(8)                                     // 4 unless set; all share the client's rate limit
          .expectedItems(input.size())                        // for the time left
          .listener(progress)
          .cancellation(cancel)                               // cancel.cancel() from any thread
          .build(), report);                                  // each result written as it comes, in input order
      System.out.println(summary);   // 300 items: 297 done, 3 already, 0 failed, 0 unknown, 0 not started (completed in PT6S)
      return summary;
    }
  }

  /** The README's resume: a second run given the first one's report does only the rest. */
  static BulkSummary resume(CrashPlanClient client, Path customersCsv, Path reportCsv, Path nextReportCsv)
      throws IOException {
    Map<BulkItem, BulkOutcome> earlier;
    try (Reader report = Files.newBufferedReader(reportCsv)) {
      earlier = BulkCsv.resumable(report, BulkOperation.CREATE);   // the rows done or already so
    }
    CsvInput input = BulkCsv.open(customersCsv, BulkOperation.CREATE);
    try (Stream<CsvRow> rows = input.rows();
        BulkCsvReport report = BulkCsv.report(Files.newBufferedWriter(nextReportCsv), input.header(), false)) {
      return client.orgs().bulk().run(rows, CsvRow::item,
          BulkOptions.builder().resumed(earlier).expectedItems(input.size()).build(), report);
    }
  }

  /** The README's in-memory runs: a dry run first, then the same for real. */
  static BulkReport<OrgKey> holdNinetyDays(CrashPlanClient client, List<OrgKey> orgs) {
    OrgBulk bulk = client.orgs().bulk();
    SettingsValues ninetyDays = SettingsValues.builder().archiveHoldDays(90).build();
    BulkReport<OrgKey> plan = bulk.editSettings(orgs, ninetyDays, BulkOptions.builder().dryRun(true).build());
    plan.results().forEach(result -> System.out.println(result.item() + ": " + result.wouldSend()));
    BulkReport<OrgKey> done = bulk.editSettings(orgs, ninetyDays, BulkOptions.defaults());
    done.results(BulkOutcome.FAILED).forEach(failed -> System.err.println(failed.item() + ": " + failed.error()));
    return done;
  }

  @Test
  void customersFromACsvAreCreatedRowByRow(CrashPlanClient client, FakeCrashPlanServer server,
      @TempDir Path dir) throws IOException {
    Path customers = Files.writeString(dir.resolve("customers.csv"),
        "name,externalReference,parentExternalReference\nAcme,CUST-1,\nAcme Sales,CUST-1-S,CUST-1\nGlobex,CUST-2,\n");
    Path report = dir.resolve("report.csv");

    BulkSummary summary = onboard(client, customers, report, new Cancellation());

    assertThat(summary.done()).isEqualTo(3);
    Org acme = server.tenant().orgs().stream().filter(org -> org.name().equals("Acme")).findFirst().orElseThrow();
    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Acme Sales"))
        .singleElement().satisfies(sales -> assertThat(sales.parentId()).contains(acme.id()));
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("name,externalReference,parentExternalReference,outcome,orgId,orgUid,error,operation");
    assertThat(lines.get(1)).startsWith("Acme,CUST-1,,done," + acme.id() + "," + acme.uid() + ",");
  }

  @Test
  void aResumedRunCreatesOnlyTheRowsLeft(CrashPlanClient client, FakeCrashPlanServer server, @TempDir Path dir)
      throws IOException {
    Path customers = Files.writeString(dir.resolve("customers.csv"), "name,externalReference\nAcme,CUST-1\nGlobex,CUST-2\n");
    // The console refuses one of the two creates, whichever comes first.
    server.inject("POST /api/v3/orgs", 1, Fault.status(400, "bad request"));
    BulkSummary first = onboard(client, customers, dir.resolve("first.csv"), new Cancellation());
    assertThat(first.done()).isEqualTo(1);
    assertThat(first.failed()).isEqualTo(1);
    server.clearRequests();

    BulkSummary summary = resume(client, customers, dir.resolve("first.csv"), dir.resolve("second.csv"));

    assertThat(summary.carriedOver()).isEqualTo(1);   // done, by the first run
    assertThat(summary.done()).isEqualTo(2);
    assertThat(server.requests()).extracting(RecordedRequest::line).filteredOn(line -> line.startsWith("POST /api/v3/orgs"))
        .containsExactly("POST /api/v3/orgs");
    assertThat(server.tenant().orgs()).extracting(Org::name).containsOnlyOnce("Acme", "Globex");
  }

  @Test
  void aDryRunThenTheRunSetTheHoldOnEachOrg(CrashPlanClient client, FakeCrashPlanServer server) {
    server.tenant().addOrgs(3);
    List<OrgKey> orgs = server.tenant().orgs().stream().filter(org -> org.parentId().isPresent())
        .map(Org::id).map(OrgKey::of).toList();

    BulkReport<OrgKey> done = holdNinetyDays(client, orgs);

    assertThat(done.summary().done()).isEqualTo(3);
    for (OrgKey org : orgs) {
      OrgId id = ((OrgKey.ById) org).id();
      assertThat(client.orgs().getSettings(id).archiveHoldDays()).contains(90);
    }
    assertThat(holdNinetyDays(client, orgs).summary().already()).isEqualTo(3);
  }
}
