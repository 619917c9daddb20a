package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.OrgSeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgs bulk}: CSV in, report out, against the fake console with faults injected. */
class BulkIT {

  private static FakeConsole console;

  @TempDir
  Path dir;

  @BeforeAll
  static void startTheConsole() {
    console = FakeConsole.start(0);
    OrgSeed[] seeds = IntStream.rangeClosed(1, 40)
        .mapToObj(i -> OrgSeed.org("Seeded " + i).externalReference("S-" + i)).toArray(OrgSeed[]::new);
    console.tenant().seed(seeds);
    console.tenant().seed(OrgSeed.org("Blocked").externalReference("B-1").blocked(),
        OrgSeed.org("Closed").externalReference("D-1").deactivated(),
        OrgSeed.org("Closed too").externalReference("D-2").deactivated());
  }

  @AfterAll
  static void stopTheConsole() {
    console.close();
  }

  private Path csv(String name, String header, List<String> rows) throws IOException {
    return Files.writeString(dir.resolve(name), header + "\n" + String.join("\n", rows) + "\n");
  }

  private static List<Map<String, String>> report(Path report) throws IOException {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(report.toFile())) {
      return rows.readAll();
    }
  }

  private static Map<String, Long> outcomes(List<Map<String, String>> report) {
    return report.stream().collect(Collectors.groupingBy(row -> row.get("outcome"), Collectors.counting()));
  }

  private static long requests(String method, String pathEnd) {
    return console.server.requests().stream()
        .filter(request -> request.method().equals(method) && request.path().endsWith(pathEnd)).count();
  }

  @Test
  void aThousandFaultyCreatesAreEachMadeExactlyOnce() throws IOException {
    List<String> rows = IntStream.rangeClosed(1, 1000)
        .mapToObj(i -> "K-" + i + ",Bulk " + i + "," + (i % 200 == 0 ? "NO-SUCH-PARENT" : "")).toList();
    Path in = csv("create.csv", "externalReference,name,parentExternalReference", rows);
    // For as long as the server runs; no other test of this class creates orgs.
    console.server.injectEvery("POST /api/v3/orgs", 97, Fault.afterApplying(Fault.disconnect()));
    console.server.injectEvery("POST /api/v3/orgs", 41, Fault.status(503, "busy"));
    Path out = dir.resolve("created.csv");

    Cli.Result bulk = console.cli().run("orgs", "bulk", "create", "--file", in.toString(), "--report", out.toString(),
        "--concurrency", "8");

    assertThat(bulk.exit()).as(bulk.toString()).isEqualTo(ExitCode.SOME_FAILED);
    List<Map<String, String>> report = report(out);
    assertThat(report).hasSize(1000);
    assertThat(outcomes(report)).containsEntry("done", 995L).containsEntry("failed", 5L);
    assertThat(report.get(199)).containsEntry("externalReference", "K-200").containsEntry("outcome", "failed");
    assertThat(report.get(199).get("error")).contains("NO-SUCH-PARENT");
    Map<String, Long> made = console.orgs().stream().filter(org -> org.externalReference().orElse("").startsWith("K-"))
        .collect(Collectors.groupingBy(org -> org.externalReference().orElseThrow(), Collectors.counting()));
    assertThat(made).hasSize(995).allSatisfy((reference, count) -> assertThat(count).as(reference).isOne());
    assertThat(report.stream().filter(row -> row.get("outcome").equals("done")))
        .allSatisfy(row -> assertThat(row.get("orgId")).isNotEmpty());
    assertThat(bulk.err()).contains("bulk: 1000/1000", "1000 items: 995 done, 0 already, 5 failed")
        .doesNotContain("\r");
    assertThat(bulk.out()).isEmpty();
  }

  @Test
  void aDryRunSaysWhatItWouldSendWithoutSendingIt() throws IOException {
    Path in = csv("deactivate.csv", "externalReference", List.of("S-1", "S-2", "D-2"));
    Path out = dir.resolve("dry.csv");
    console.server.clearRequests();

    Cli.Result dry = console.cli().run("orgs", "bulk", "deactivate", "--file", in.toString(), "--report",
        out.toString(), "--dry-run");

    assertThat(dry.exit()).as(dry.toString()).isZero();
    List<Map<String, String>> report = report(out);
    assertThat(report).extracting(row -> row.get("outcome")).containsExactly("not-started", "not-started", "already");
    assertThat(report.get(0).get("wouldSend")).startsWith("POST /api/v3/orgs/").contains("/deactivate");
    assertThat(console.byReference("S-1").orElseThrow().status()).isEqualTo(OrgStatus.ACTIVE);
    assertThat(console.server.requests()).noneMatch(request -> request.method().equals("POST")
        && request.path().startsWith("/api/v3/orgs/"));
    assertThat(dry.err()).contains("dry run, nothing changed: 3 items");
  }

  @Test
  void aResumedRunSendsOnlyWhatTheFirstDidNot() throws IOException {
    List<String> rows = IntStream.rangeClosed(11, 30).mapToObj(i -> "S-" + i).toList();
    Path in = csv("block.csv", "externalReference", rows);
    Path first = dir.resolve("first.csv");
    console.server.inject("POST /api/v3/orgs/{orgGuid}/block", 3, Fault.status(400, "not now"));
    Cli.Result failing = console.cli().run("orgs", "bulk", "block", "--file", in.toString(), "--report", first.toString(),
        "--concurrency", "1");
    assertThat(failing.exit()).as(failing.toString()).isEqualTo(ExitCode.SOME_FAILED);
    assertThat(outcomes(report(first))).containsEntry("done", 17L).containsEntry("failed", 3L);
    console.server.clearRequests();
    Path second = dir.resolve("second.csv");

    Cli.Result resumed = console.cli().run("orgs", "bulk", "block", "--file", in.toString(), "--report",
        second.toString(), "--resume", first.toString());

    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    assertThat(outcomes(report(second))).containsEntry("done", 20L);
    assertThat(requests("POST", "/block")).isEqualTo(3);
    assertThat(rows).allSatisfy(reference -> assertThat(console.byReference(reference).orElseThrow().blocked()).isTrue());
    assertThat(resumed.err()).contains("20 items: 20 done", ", 17 carried over from the earlier report (completed in");
  }

  @Test
  void aReportOfAnotherOperationDoesNotResume() throws IOException {
    Path notes = csv("notes.csv", "externalReference,notes", List.of("S-36,kept", "S-37,kept"));
    Path updateReport = dir.resolve("update-report.csv");
    Cli.Result updated = console.cli().run("orgs", "bulk", "update", "--file", notes.toString(), "--report",
        updateReport.toString());
    assertThat(updated.exit()).as(updated.toString()).isZero();
    Path in = csv("f.csv", "externalReference", List.of("S-36", "S-37"));
    console.server.clearRequests();

    Cli.Result block = console.cli().run("orgs", "bulk", "block", "--file", in.toString(), "--report",
        dir.resolve("r.csv").toString(), "--resume", updateReport.toString());

    assertThat(block.exit()).as(block.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(block.err()).isEqualTo("crashplan4j: --resume " + updateReport
        + ": the report is of operation update (line 2), not block: resume only from a report of block\n");
    assertThat(console.server.requests()).isEmpty();
    assertThat(console.byReference("S-36").orElseThrow().blocked()).isFalse();
  }

  @Test
  void maxFailuresEndsTheRunWithHowToResumeIt() throws IOException {
    List<String> rows = IntStream.rangeClosed(1, 10).mapToObj(i -> "NOBODY-" + i).toList();
    Path in = csv("missing.csv", "externalReference", rows);
    Path out = dir.resolve("missing-report.csv");

    Cli.Result bulk = console.cli().run("orgs", "bulk", "unblock", "--file", in.toString(), "--report", out.toString(),
        "--max-failures", "3", "--concurrency", "1");

    assertThat(bulk.exit()).isEqualTo(ExitCode.SOME_FAILED);
    assertThat(outcomes(report(out))).containsEntry("failed", 3L).containsEntry("not-started", 7L);
    assertThat(bulk.err()).contains("stopped after 3 failures: rerun with --resume " + out);
  }

  @Test
  void aBadFileExits2NamingEachBadLineBeforeAnyRequest() throws IOException {
    Path in = csv("bad.csv", "externalReference,archiveHoldDays", List.of("S-1,90", "S-2,ninety", ",30"));
    console.server.clearRequests();

    Cli.Result bulk = console.cli().run("orgs", "bulk", "settings", "--file", in.toString(), "--report",
        dir.resolve("r.csv").toString());

    assertThat(bulk.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(bulk.err().lines().toList()).containsExactly(
        "crashplan4j: " + in + " has 2 bad rows; nothing was sent:",
        in + ":3: archiveHoldDays is not a whole number: \"ninety\"",
        in + ":4: the row names no org: give orgId, orgUid or externalReference");
    assertThat(console.server.requests()).isEmpty();
  }

  @Test
  void severalUnknownColumnsAreAllNamedInOneLine() throws IOException {
    Path in = csv("typos.csv", "externalReference,colour,sise", List.of("S-1,red,3"));
    console.server.clearRequests();

    Cli.Result bulk = console.cli().run("orgs", "bulk", "block", "--file", in.toString(), "--report",
        dir.resolve("r.csv").toString());

    assertThat(bulk.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(bulk.err().lines().filter(line -> line.startsWith(in + ":"))).singleElement()
        .satisfies(line -> assertThat(line).startsWith(in + ":1: unknown columns \"colour\", \"sise\"; the columns are"));
    assertThat(console.server.requests()).isEmpty();
  }

  @Test
  void aConcurrencyOutOfRangeExits2() throws IOException {
    Path in = csv("one.csv", "externalReference", List.of("S-1"));

    Cli.Result bulk = console.cli().run("orgs", "bulk", "block", "--file", in.toString(), "--report",
        dir.resolve("r.csv").toString(), "--concurrency", "65");

    assertThat(bulk.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(bulk.err()).isEqualTo("crashplan4j: --concurrency must be 1 to 64, was 65\n");
  }

  @Test
  void bulkUnblockOrReactivateChangesTheRowsOrgs() throws IOException {
    Path unblock = csv("unblock.csv", "externalReference", List.of("B-1"));
    Path reactivate = csv("reactivate.csv", "orgUid", List.of(console.byReference("D-1").orElseThrow().uid().value()));

    Cli.Result unblocked = console.cli().run("orgs", "bulk", "unblock", "--file", unblock.toString(), "--report",
        dir.resolve("u.csv").toString());
    Cli.Result reactivated = console.cli().run("orgs", "bulk", "reactivate", "--file", reactivate.toString(),
        "--report", dir.resolve("r.csv").toString());

    assertThat(unblocked.exit()).as(unblocked.toString()).isZero();
    assertThat(reactivated.exit()).as(reactivated.toString()).isZero();
    assertThat(console.byReference("B-1").orElseThrow().blocked()).isFalse();
    assertThat(console.byReference("D-1").orElseThrow().status()).isEqualTo(OrgStatus.ACTIVE);
  }

  @Test
  void bulkUpdatesOrSettingsWriteWhatTheRowsSay() throws IOException {
    Org org = console.byReference("S-35").orElseThrow();
    Path update = csv("update.csv", "orgId,notes", List.of(org.id() + ",renewed in bulk"));
    Path settings = csv("settings.csv", "externalReference,archiveHoldDays", List.of("S-35,120"));

    Cli.Result updated = console.cli().run("orgs", "bulk", "update", "--file", update.toString(), "--report",
        dir.resolve("up.csv").toString());
    Cli.Result set = console.cli().run("orgs", "bulk", "settings", "--file", settings.toString(), "--report",
        dir.resolve("set.csv").toString());

    assertThat(updated.exit()).as(updated.toString()).isZero();
    assertThat(set.exit()).as(set.toString()).isZero();
    assertThat(console.org(org.id().value()).notes()).contains("renewed in bulk");
    @SuppressWarnings("unchecked")
    Map<String, Object> saved = (Map<String, Object>) console.tenant().settingsDocument(org.id()).get("settings");
    assertThat(saved).containsEntry("archiveHoldDays", 120);
    assertThat(report(dir.resolve("set.csv")).get(0)).containsEntry("outcome", "done")
        .containsEntry("orgUid", org.uid().value());
  }
}
