package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.OrgSeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orgs as code from the command line: plan, apply, the second plan empty, stale plans, bad documents. */
class PlanApplyIT {

  private static final String TREE = String.join("\n",
      "orgs:",
      "  - externalReference: CUST-1",
      "    name: Acme",
      "    children:",
      "      - externalReference: CUST-1-SALES",
      "        name: Acme Sales",
      "  - externalReference: CUST-2",
      "    name: Globex Corporation",
      "    state: blocked",
      "");

  private static FakeConsole console;

  @TempDir
  Path dir;

  @BeforeAll
  static void startTheConsole() {
    console = globex();
  }

  private static FakeConsole globex() {
    FakeConsole started = FakeConsole.start(0);
    started.tenant().seed(OrgSeed.org("Globex").externalReference("CUST-2"));
    return started;
  }

  @AfterAll
  static void stopTheConsole() {
    console.close();
  }

  private Path tree() throws IOException {
    return Files.writeString(dir.resolve("orgs.yaml"), TREE);
  }

  @Test
  void planPrintsTheDiffWithoutChangingAnything() throws IOException {
    Path plan = dir.resolve("plan.json");

    Cli.Result planned = console.cli().run("orgs", "plan", "--file", tree().toString(), "--out", plan.toString());

    assertThat(planned.exit()).as(planned.toString()).isZero();
    assertThat(planned.outLines()).containsExactly(
        "+ CUST-1 create under the top org: name \"Acme\"",
        "+ CUST-1-SALES create under CUST-1: name \"Acme Sales\"",
        "~ CUST-2 (org 2) update: name \"Globex\" -> \"Globex Corporation\"",
        "~ CUST-2 (org 2) block: state \"active\" -> \"blocked\"",
        "Plan: 2 to create, 2 to change, 0 to deactivate; 0 conflicts, 0 unmanaged.");
    JsonNode json = new ObjectMapper().readTree(plan.toFile());
    assertThat(json.path("changes")).hasSize(4);
    assertThat(json.path("changes").get(0).path("action").asText()).isEqualTo("create");
    assertThat(console.byReference("CUST-1")).isEmpty();
    assertThat(planned.err()).isEqualTo("plan written to " + plan + ": crashplan4j orgs apply --plan " + plan + "\n");
  }

  @Test
  void applyWithoutATerminalRefusesUnlessYes() throws IOException {
    Cli.Result refused = console.cli().run("orgs", "apply", "--file", tree().toString());

    assertThat(refused.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(refused.err()).isEqualTo("crashplan4j: there is no terminal to ask on before applying: review the"
        + " plan ('orgs plan'), then give --yes\n");
    assertThat(console.byReference("CUST-1")).isEmpty();
  }

  @Test
  void applyYesLeavesTheNextPlanEmpty() throws IOException {
    try (FakeConsole fresh = globex()) {
      Path report = dir.resolve("applied.csv");

      Cli.Result applied = fresh.cli().run("orgs", "apply", "--file", tree().toString(), "--yes", "--report",
          report.toString());
      Cli.Result again = fresh.cli().run("orgs", "plan", "--file", tree().toString());

      assertThat(applied.exit()).as(applied.toString()).isZero();
      assertThat(applied.out()).contains("done        + CUST-1 create under the top org: name \"Acme\"",
          "Applied: 4 done, 0 already, 0 stale, 0 failed, 0 unknown, 0 not started, 0 not sent.");
      Org acme = fresh.byReference("CUST-1").orElseThrow();
      assertThat(fresh.byReference("CUST-1-SALES").orElseThrow().parentId()).contains(acme.id());
      Org globex = fresh.byReference("CUST-2").orElseThrow();
      assertThat(globex.name()).isEqualTo("Globex Corporation");
      assertThat(globex.blocked()).isTrue();
      assertThat(Files.readAllLines(report)).containsExactly("externalReference,action,outcome,orgId,error",
          "CUST-1,create,done," + acme.id() + ",",
          "CUST-1-SALES,create,done," + fresh.byReference("CUST-1-SALES").orElseThrow().id() + ",",
          "CUST-2,update,done,2,", "CUST-2,block,done,2,");
      assertThat(again.exit()).isZero();
      assertThat(again.out()).isEqualTo("No changes: the console matches the document.\n");
    }
  }

  @Test
  void aKeptPlanWhoseOrgMovedOnIsStale() throws IOException {
    try (FakeConsole fresh = globex()) {
      Path plan = dir.resolve("kept.json");
      assertThat(fresh.cli().run("orgs", "plan", "--file", tree().toString(), "--out", plan.toString()).exit()).isZero();
      assertThat(fresh.cli().run("orgs", "update", "ext:CUST-2", "--name", "Globex Inc").exit()).isZero();

      Cli.Result applied = fresh.cli().run("orgs", "apply", "--plan", plan.toString(), "--yes");

      assertThat(applied.exit()).as(applied.toString()).isEqualTo(ExitCode.SOME_FAILED);
      assertThat(applied.out()).containsPattern("(?m)^stale +~ CUST-2 \\(org 2\\) update");
      assertThat(fresh.byReference("CUST-2").orElseThrow().name()).isEqualTo("Globex Inc");
    }
  }

  @Test
  void aBadDocumentExits2WithEachProblemOnItsLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "orgs:\n  - externalReference: X-1\n    nmae: Typo\n");

    Cli.Result planned = console.cli().run("orgs", "plan", "--file", bad.toString());

    assertThat(planned.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(planned.err()).startsWith("crashplan4j: " + bad + " has ").contains(bad + ":3: ");
    assertThat(planned.out()).isEmpty();
  }

  @Test
  void aTabIndentedTreeIsOneLineOnTheTabsLine() throws IOException {
    Path tab = Files.writeString(dir.resolve("tab.yaml"), "orgs:\n\t- externalReference: X-1\n    name: Tab\n");

    Cli.Result planned = console.cli().run("orgs", "plan", "--file", tab.toString());

    assertThat(planned.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(planned.err().lines().filter(line -> line.startsWith(tab + ":"))).singleElement()
        .satisfies(line -> assertThat(line).startsWith(tab + ":2: ").contains("TAB"));
    assertThat(planned.err().lines().filter(line -> !line.startsWith("crashplan4j: ") && !line.startsWith(tab + ":")))
        .isEmpty();
  }
}
