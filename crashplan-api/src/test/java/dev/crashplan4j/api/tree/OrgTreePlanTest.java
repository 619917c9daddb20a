package dev.crashplan4j.api.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.OrgSeed;
import dev.crashplan4j.testkit.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plans and applies of org trees over HTTP against the fake console: what is sent, what is left. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrgTreePlanTest {

  @RegisterExtension
  static final FakeCrashPlanServerExtension CONSOLE = TreeConsole.extension();

  static final String README_TREE = """
      orgs:
        - externalReference: CUST-1
          name: Acme
          notes: Key account
          settings:
            archiveHoldDays: 90
            webRestoreEnabled: false
          children:
            - externalReference: CUST-1-SALES
              name: Acme Sales
        - externalReference: CUST-2
          name: Globex Corporation
          state: blocked
      """;

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private CrashPlanClient client;
  private OrgTreeService trees;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    this.tenant = server.tenant();
    client = TreeConsole.client(server);
    trees = client.orgs().tree();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  // 10 customers, each with 7 departments of 6 teams: 10 + 70 + 420 = 500 orgs in three levels.
  private static String threeLevels(int renamed) {
    StringBuilder yaml = new StringBuilder("orgs:\n");
    int count = 0;
    for (int c = 1; c <= 10; c++) {
      yaml.append("  - externalReference: C").append(c).append("\n    name: Customer ").append(c).append('\n')
          .append("    children:\n");
      for (int d = 1; d <= 7; d++) {
        yaml.append("      - externalReference: C").append(c).append("-D").append(d).append('\n')
            .append("        name: Department ").append(d).append("\n        children:\n");
        for (int t = 1; t <= 6; t++) {
          String name = count++ < renamed ? "Renamed team " + t : "Team " + t;
          yaml.append("          - externalReference: C").append(c).append("-D").append(d).append("-T").append(t)
              .append('\n').append("            name: ").append(name).append('\n');
        }
      }
    }
    return yaml.toString();
  }

  private static Set<String> refsAndActions(List<OrgChange> changes) {
    return changes.stream().map(change -> change.externalReference().orElse("") + " " + change.action().wireName())
        .collect(Collectors.toSet());
  }

  @Test
  void fiveHundredOrgsInThreeLevelsLeaveAnEmptyPlan() {
    OrgTree tree = OrgTree.fromYaml(threeLevels(0));

    OrgPlan plan = trees.plan(tree);
    ApplyReport report = trees.apply(plan);

    assertThat(plan.changes()).hasSize(500).allMatch(change -> change.action() == ChangeAction.CREATE);
    assertThat(report.count(ChangeOutcome.DONE)).isEqualTo(500);
    assertThat(tenant.orgs()).hasSize(501);
    Org team = tenant.orgs().stream().filter(org -> org.externalReference().equals(java.util.Optional.of("C3-D2-T5")))
        .findFirst().orElseThrow();
    Org department = tenant.org(team.parentId().orElseThrow()).orElseThrow();
    assertThat(department.externalReference()).contains("C3-D2");
    assertThat(tenant.org(department.parentId().orElseThrow()).orElseThrow().externalReference()).contains("C3");
    assertThat(trees.plan(tree).isEmpty()).isTrue();
  }

  @Test
  void tenChangesInTheDocumentApplyAsTen() {
    trees.apply(trees.plan(OrgTree.fromYaml(threeLevels(0))));
    String changed = threeLevels(6)
        .replace("name: Customer 2\n", "name: Customer 2\n    notes: renewed\n")
        .replace("name: Customer 3\n", "name: Customer 3\n    state: blocked\n")
        .replace("name: Customer 4\n", "name: Customer 4\n    settings: {archiveHoldDays: 365}\n")
        .replace("name: Customer 5\n", "name: Customer Five\n");
    OrgTree tree = OrgTree.fromYaml(changed);

    OrgPlan plan = trees.plan(tree);
    ApplyReport report = trees.apply(plan);

    assertThat(plan.changes()).hasSize(10);
    assertThat(plan.changes(ChangeAction.UPDATE)).hasSize(8);
    assertThat(plan.changes(ChangeAction.BLOCK)).singleElement()
        .satisfies(change -> assertThat(change.externalReference()).contains("C3"));
    assertThat(report.count(ChangeOutcome.DONE)).isEqualTo(10);
    assertThat(tenant.orgs()).filteredOn(Org::blocked).hasSize(1 + 7 + 42);
    assertThat(tenant.orgs()).filteredOn(org -> org.name().startsWith("Renamed")).hasSize(6);
    assertThat(trees.plan(tree).isEmpty()).isTrue();
  }

  @Test
  void aPlanCostsOneWalkPlusTheSettingsItNames() {
    trees.apply(trees.plan(OrgTree.fromYaml(README_TREE)));
    tenant.addOrgs(1_200);
    server.clearRequests();

    trees.plan(OrgTree.fromYaml(README_TREE));

    assertThat(server.requests()).extracting(RecordedRequest::line)
        .filteredOn(line -> !line.equals("POST /api/v3/oauth/token"))
        .containsExactly("GET /api/v1/Org", "GET /api/v1/Org", "GET /api/v1/Org",
            "GET /api/v1/Org/" + idOf("CUST-1"), "GET /api/v1/OrgSetting/" + idOf("CUST-1"));
  }

  private long idOf(String reference) {
    return tenant.orgs().stream().filter(org -> org.externalReference().equals(java.util.Optional.of(reference)))
        .findFirst().orElseThrow().id().value();
  }

  @Test
  void thePlanPrintsAsADiff() {
    Map<String, Org> seeded = tenant.seed(OrgSeed.org("Globex").externalReference("CUST-2"),
        OrgSeed.org("Old lab").externalReference("LAB-9"));

    OrgPlan plan = trees.plan(OrgTree.fromYaml(README_TREE));

    long globex = seeded.get("Globex").id().value();
    long lab = seeded.get("Old lab").id().value();
    assertThat(plan.print()).isEqualTo("""
        + CUST-1 create under the top org: name "Acme", notes "Key account"
        ~ CUST-1 settings: archiveHoldDays 90, webRestoreEnabled false
        + CUST-1-SALES create under CUST-1: name "Acme Sales"
        ~ CUST-2 (org %d) update: name "Globex" -> "Globex Corporation"
        ~ CUST-2 (org %d) block: state "active" -> "blocked"
        ? LAB-9 (org %d) unmanaged: name "Old lab", state "active" (not in the document: left alone)
        Plan: 2 to create, 3 to change, 0 to deactivate; 0 conflicts, 1 unmanaged.
        """.formatted(globex, globex, lab));
  }

  @Test
  void theApplyReportsEachChange() {
    tenant.seed(OrgSeed.org("Globex").externalReference("CUST-2"), OrgSeed.org("Old lab").externalReference("LAB-9"));

    ApplyReport report = trees.apply(trees.plan(OrgTree.fromYaml(README_TREE)));

    assertThat(report.print()).startsWith("done        + CUST-1 create under the top org")
        .endsWith("Applied: 5 done, 0 already, 0 stale, 0 failed, 0 unknown, 0 not started, 1 not sent.\n");
    assertThat(client.orgs().getSettings(org("CUST-1").id()).archiveHoldDays()).contains(90);
    assertThat(trees.plan(OrgTree.fromYaml(README_TREE)).changes()).extracting(OrgChange::action)
        .containsExactly(ChangeAction.UNMANAGED);
  }

  private Org org(String reference) {
    return tenant.orgs().stream().filter(org -> org.externalReference().equals(java.util.Optional.of(reference)))
        .findFirst().orElseThrow();
  }

  @Test
  void aPlanWrittenAsJsonReadsBackToApply() throws Exception {
    tenant.seed(OrgSeed.org("Globex").externalReference("CUST-2"));
    OrgPlan plan = trees.plan(OrgTree.fromYaml(README_TREE));
    ObjectMapper json = new ObjectMapper();
    long globex = org("CUST-2").id().value();

    assertThat(json.readTree(plan.toJson()).get("changes").get(3)).isEqualTo(json.readTree(
        "{\"externalReference\": \"CUST-2\", \"action\": \"update\", \"orgId\": " + globex
            + ", \"before\": {\"name\": \"Globex\"}, \"after\": {\"name\": \"Globex Corporation\"}}"));
    assertThat(json.readTree(plan.toJson()).get("changes").get(0)).isEqualTo(json.readTree(
        "{\"externalReference\": \"CUST-1\", \"action\": \"create\", \"after\": {\"name\": \"Acme\", \"notes\": \"Key account\"}}"));
    ApplyReport report = trees.apply(OrgPlan.fromJson(plan.toJson()));
    assertThat(report.allApplied()).isTrue();
    OrgPlan empty = trees.plan(OrgTree.fromYaml(README_TREE));
    assertThat(json.readTree(empty.toJson())).isEqualTo(json.readTree("{\"changes\": []}"));
    assertThat(empty.print()).isEqualTo("No changes: the console matches the document.\n");
  }

  @Test
  void aMoveIsAConflictWithoutARequest() {
    trees.apply(trees.plan(OrgTree.fromYaml(README_TREE)));
    String moved = """
        orgs:
          - externalReference: CUST-1
            name: Acme
            notes: Key account
            settings:
              archiveHoldDays: 90
              webRestoreEnabled: false
          - externalReference: CUST-2
            name: Globex Corporation
            state: blocked
            children:
              - externalReference: CUST-1-SALES
                name: Acme Sales EMEA
        """;
    OrgPlan plan = trees.plan(OrgTree.fromYaml(moved));
    server.clearRequests();

    ApplyReport report = trees.apply(plan);

    assertThat(plan.changes()).singleElement().satisfies(change -> {
      assertThat(change.action()).isEqualTo(ChangeAction.CONFLICT);
      assertThat(change.before()).containsEntry("parent", "CUST-1");
      assertThat(change.after()).containsEntry("parent", "CUST-2");
      assertThat(change.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("cannot move"));
    });
    assertThat(report.results()).extracting(ChangeResult::outcome).containsExactly(ChangeOutcome.NOT_SENT);
    assertThat(TreeConsole.writes(server)).isEmpty();
    assertThat(org("CUST-1-SALES").name()).isEqualTo("Acme Sales");
  }

  @Test
  void anOrgChangedOnTheConsoleSinceThePlanIsStale() {
    tenant.seed(OrgSeed.org("Globex").externalReference("CUST-2"));
    OrgPlan plan = trees.plan(OrgTree.fromYaml(README_TREE));
    client.orgs().updateOrg(org("CUST-2").id(), OrgUpdate.builder().name("Globex Inc").build());
    server.clearRequests();

    ApplyReport report = trees.apply(plan);

    assertThat(report.results()).filteredOn(result -> result.change().action() == ChangeAction.UPDATE).singleElement()
        .satisfies(result -> {
          assertThat(result.outcome()).isEqualTo(ChangeOutcome.STALE);
          assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("\"Globex Inc\" now"));
        });
    assertThat(TreeConsole.writes(server)).noneMatch(line -> line.startsWith("PUT /api/v3/orgs/"));
    assertThat(org("CUST-2").name()).isEqualTo("Globex Inc");
    assertThat(org("CUST-2").blocked()).isTrue();
  }

  @Test
  void faultsDuringApplyLeaveEveryChangeAccountedFor() {
    OrgTree tree = OrgTree.fromYaml(threeLevels(0));
    OrgPlan plan = trees.plan(tree);
    server.inject("POST /api/v3/orgs", 5, Fault.status(403, "{\"error\":[{\"primaryErrorKey\":\"FORBIDDEN\"}]}"));

    ApplyReport report = trees.apply(plan);

    assertThat(report.results()).hasSize(plan.changes().size());
    List<OrgChange> left = new ArrayList<>();
    report.results().stream().filter(result -> result.outcome() != ChangeOutcome.DONE).forEach(result -> left.add(result.change()));
    assertThat(left).isNotEmpty().allSatisfy(change -> assertThat(change.action()).isEqualTo(ChangeAction.CREATE));
    assertThat(report.count(ChangeOutcome.DONE) + report.count(ChangeOutcome.FAILED)).isEqualTo(500);
    assertThat(tenant.orgs()).hasSize(1 + (int) report.count(ChangeOutcome.DONE));
    assertThat(refsAndActions(trees.plan(tree).changes())).isEqualTo(refsAndActions(left));
  }

  @Test
  void pruneDeactivatesWhatTheDocumentDoesNotName() {
    tenant.seed(OrgSeed.org("Old lab").externalReference("LAB-9").child(OrgSeed.org("Old lab bench")));
    OrgTree tree = OrgTree.fromYaml(README_TREE);

    OrgPlan plan = trees.plan(tree, PlanOptions.builder().prune(true).build());
    trees.apply(plan);

    assertThat(plan.changes(ChangeAction.DEACTIVATE)).singleElement()
        .satisfies(change -> assertThat(change.externalReference()).contains("LAB-9"));
    assertThat(tenant.orgs()).filteredOn(org -> org.name().startsWith("Old lab"))
        .allMatch(org -> org.status() == OrgStatus.DEACTIVATED);
    assertThat(trees.plan(tree).isEmpty()).isTrue();
  }

  // CUST-2 with a department the document deactivates: state changes at depths 1 and 2.
  static final String DEEPER_TREE = README_TREE + """
          children:
            - externalReference: CUST-2-LABS
              name: Globex Labs
              state: deactivated
      """;

  @Test
  void anApplyWalksTheListingOncePerBulkRun() {
    tenant.seed(OrgSeed.org("Globex").externalReference("CUST-2")
        .child(OrgSeed.org("Globex Labs").externalReference("CUST-2-LABS")));
    tenant.addOrgs(1_200);
    OrgPlan plan = trees.plan(OrgTree.fromYaml(DEEPER_TREE));
    server.clearRequests();

    ApplyReport report = trees.apply(plan);

    assertThat(plan.changes()).extracting(OrgChange::action).filteredOn(action -> action != ChangeAction.UNMANAGED)
        .containsExactly(ChangeAction.CREATE, ChangeAction.SETTINGS, ChangeAction.CREATE, ChangeAction.UPDATE,
            ChangeAction.BLOCK, ChangeAction.DEACTIVATE);
    assertThat(report.count(ChangeOutcome.DONE)).isEqualTo(6);
    // 1,205 orgs, 3 pages of 500: the check's walk, then one per bulk run: creates, updates and
    // settings; the block at depth 1; the deactivate at depth 2.
    List<RecordedRequest> listing = server.requests().stream()
        .filter(request -> request.line().equals("GET /api/v1/Org")).toList();
    assertThat(listing).hasSize(4 * 3);
    assertThat(listing).filteredOn(request -> request.query().contains("pgNum=1")).hasSize(4);
    assertThat(org("CUST-2-LABS").status()).isEqualTo(OrgStatus.DEACTIVATED);
  }

  @Test
  void pruneLeavesOrgsUnderADeactivatedParentToTheConsole() {
    tenant.seed(OrgSeed.org("Globex").externalReference("CUST-2").child(OrgSeed.org("Globex Labs")),
        OrgSeed.org("Closed").externalReference("OLD-1").deactivated());
    String deactivated = README_TREE.replace("state: blocked", "state: deactivated");

    OrgPlan kept = trees.plan(OrgTree.fromYaml(deactivated));
    OrgPlan pruned = trees.plan(OrgTree.fromYaml(deactivated), PlanOptions.builder().prune(true).build());
    trees.apply(pruned);

    assertThat(kept.changes(ChangeAction.UNMANAGED)).isEmpty();
    assertThat(pruned.changes()).isEqualTo(kept.changes());
    assertThat(pruned.changes(ChangeAction.DEACTIVATE)).singleElement()
        .satisfies(change -> assertThat(change.externalReference()).contains("CUST-2"));
    assertThat(tenant.orgs()).filteredOn(org -> org.name().startsWith("Globex"))
        .allMatch(org -> org.status() == OrgStatus.DEACTIVATED);
    assertThat(trees.plan(OrgTree.fromYaml(deactivated), PlanOptions.builder().prune(true).build()).isEmpty()).isTrue();
  }
}
