package dev.crashplan4j.examples;

import static dev.crashplan4j.testkit.OrgSeed.org;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.tree.ApplyReport;
import dev.crashplan4j.api.tree.ChangeAction;
import dev.crashplan4j.api.tree.OrgPlan;
import dev.crashplan4j.api.tree.OrgTree;
import dev.crashplan4j.api.tree.OrgTreeService;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Orgs as code" code, run against the fake console. */
class OrgsAsCodeTest {

  @RegisterExtension // static: one server for the class, reset before each test
  static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension()
      .seed(tenant -> tenant.seed(org("Globex").externalReference("CUST-2"), org("Old lab").externalReference("LAB-9")));

  static final String DOCUMENT = """
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

  /** The README's code: read the document, plan, print and keep the plan, apply it, print the report. */
  static ApplyReport orgsAsCode(CrashPlanClient client, Path dir) throws IOException {
    OrgTreeService trees = client.orgs().tree();
    OrgTree document = OrgTree.read(dir.resolve("orgs.yaml"));      // every problem with its line, before any request
    OrgPlan plan = trees.plan(document);                             // one walk of the listing; nothing is written
    System.out.print(plan.print());                                  // + create, ~ change, - deactivate, ? unmanaged
    Files.writeString(dir.resolve("plan.json"), plan.toJson());      // to review, and to apply later
    OrgPlan reviewed = OrgPlan.fromJson(Files.readString(dir.resolve("plan.json")));
    ApplyReport report = trees.apply(reviewed);                      // stale changes are reported, not sent
    System.out.print(report.print());                                // one line per change, then the counts
    if (!report.allApplied()) {
      throw new IllegalStateException("not all applied:\n" + report.print());
    }
    return report;
  }

  @Test
  void theReadmesDocumentApplies(CrashPlanClient client, FakeCrashPlanServer server, @TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("orgs.yaml"), DOCUMENT, StandardCharsets.UTF_8);

    ApplyReport report = orgsAsCode(client, dir);

    assertThat(report.print()).endsWith("Applied: 5 done, 0 already, 0 stale, 0 failed, 0 unknown, 0 not started, 1 not sent.\n");
    assertThat(server.tenant().orgs()).filteredOn(org -> org.externalReference().filter("CUST-2"::equals).isPresent())
        .singleElement().satisfies(globex -> {
          assertThat(globex.name()).isEqualTo("Globex Corporation");
          assertThat(globex.blocked()).isTrue();
        });
    assertThat(server.tenant().orgs()).extracting(Org::name).contains("Acme", "Acme Sales", "Old lab");
    assertThat(client.orgs().tree().plan(OrgTree.read(dir.resolve("orgs.yaml"))).changes())
        .extracting(change -> change.action()).containsExactly(ChangeAction.UNMANAGED);
  }
}
