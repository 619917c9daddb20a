package dev.crashplan4j.examples;

import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tour of crashplan4j: starts the embedded fake console, then uses the SDK as an
 * application would, printing what it does. Run it with {@code mvn -q -P tour verify}.
 */
public final class Tour {

  private final PrintStream out;
  private final OrgService orgs;
  private final FakeTenant tenant;

  private Tour(PrintStream out, OrgService orgs, FakeTenant tenant) {
    this.out = out;
    this.orgs = orgs;
    this.tenant = tenant;
  }

  /** Runs the tour against a fresh fake console on a loopback port; exits 0 when it completes. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    try (FakeCrashPlanServer server = FakeCrashPlanServer.start()) {
      server.addApiClient("tour-client", "tour-secret");
      server.tenant().addOrgs(40);
      out.println("Fake CrashPlan console listening on " + server.baseUrl()
          + " (a root org and 40 seeded orgs)");
      try (CrashPlanClient client = CrashPlanClient.builder()
          .baseUrl(server.baseUrl())
          .credentials(Credentials.apiClient("tour-client", "tour-secret"))
          .pageSize(15)
          .build()) {
        new Tour(out, client.orgs(), server.tenant()).run();
      }
      out.println();
      out.println(server.requestCount() + " HTTP requests served; the tour is over.");
    }
  }

  private void run() {
    step("1. Build an org tree");
    Org acme = orgs.createOrg(NewOrg.builder().name("Acme").externalReference("CUST-001").build());
    Org sales = orgs.createOrg(NewOrg.builder().name("Acme Sales").parentOrgUid(acme.uid()).build());
    Org emea = orgs.createOrg(NewOrg.builder().name("Sales EMEA").parentOrgUid(sales.uid()).build());
    Org apac = orgs.createOrg(NewOrg.builder().name("Sales APAC").parentOrgUid(sales.uid()).build());
    Org engineering = orgs.createOrg(NewOrg.builder().name("Acme Engineering").parentOrgUid(acme.uid()).build());
    for (Org org : List.of(acme, sales, emea, apac, engineering)) {
      out.printf("   created %-18s id %-3s uid %s  parent %s%n", org.name(), org.id(), org.uid(),
          org.parentId().map(OrgId::toString).orElse("-"));
    }

    step("2. List the tenant page by page (page size 15)");
    orgs.getAll().forEach(page -> out.printf("   page %d: %2d org%s (%s .. %s), %d in all%n",
        page.pageNum(), page.orgs().size(), page.orgs().size() == 1 ? "" : "s", page.orgs().get(0).name(),
        page.orgs().get(page.orgs().size() - 1).name(), page.totalCount()));

    step("3. Block Acme Sales: its descendants are blocked with it");
    orgs.block(sales.id());
    showBlocked(acme, sales, emea, apac, engineering);
    orgs.unblock(sales.id());
    out.println("   unblocked Acme Sales:");
    showBlocked(sales, emea, apac);

    step("4. Deactivate and reactivate Acme Engineering");
    orgs.deactivate(engineering.id());
    Org off = orgs.getById(engineering.id());
    out.printf("   %s: %s since %s%n", off.name(), off.status(), off.deactivationDate().orElseThrow());
    orgs.reactivate(engineering.id());
    out.printf("   %s: %s again (backups do not restart by themselves)%n",
        engineering.name(), orgs.getById(engineering.id()).status());

    step("5. Update an org: only the fields given change");
    Org renamed = orgs.updateOrg(emea.id(), OrgUpdate.builder().name("Sales Europe").notes("renamed in the tour").build());
    out.printf("   %s -> %s, notes \"%s\", parent still %s%n",
        emea.name(), renamed.name(), renamed.notes().orElse(""), renamed.parentId().orElseThrow());

    step("6. Agent states of the devices in Acme Sales");
    tenant.addDevice(sales.id(), "mac-ana", Map.of("fullDiskAccess", "true"));
    tenant.addDevice(sales.id(), "mac-ben", Map.of("fullDiskAccess", "false"));
    for (AgentState state : orgs.getAgentFullDiskAccessStates(sales.id())) {
      out.printf("   device %s (%s): fullDiskAccess = %s%n",
          state.otherFields().get("deviceName"), state.deviceGuid().orElse("?"), state.value().orElse("?"));
    }

    step("7. The org id map and a look-up of an org beyond the first page");
    Map<OrgId, ?> idMap = orgs.orgIdMap();
    Org last = orgs.getById(apac.id());
    out.printf("   %d ids mapped to guids; %s (id %s) found without scanning again%n",
        idMap.size(), last.name(), last.id());

    step("8. Edit the settings of Acme Sales: only what changed is sent");
    OrgSettings settings = orgs.getSettings(sales.id());
    out.printf("   archive hold %s days, quota inherited: %s, web restore: %s, backup sets %s%n",
        settings.archiveHoldDays().orElse(0), settings.quotaSettingsInherited(),
        settings.webRestoreEnabled().orElse(false),
        settings.backupSets().stream().map(set -> set.name() + (set.locked() ? " (locked)" : "")).toList());
    OrgSettingsEdit edit = settings.edit().archiveHoldDays(90).webRestoreEnabled(false);
    edit.backupSet("1").addIncludedFile("/opt/sales-data");
    edit.changes().forEach(change -> out.println("   change: " + change));
    try {
      edit.backupSet("1001").addIncludedFile("/tmp");
    } catch (IllegalStateException refused) {
      out.println("   refused: " + refused.getMessage());
    }
    SettingsUpdateResult saved = orgs.updateSettings(edit);
    out.printf("   t-settings %s, org document %s; archive hold now %s days%n",
        saved.tSettings().state(), saved.orgDocument().state(),
        orgs.getSettings(sales.id()).archiveHoldDays().orElse(0));

    step("9. Failures are typed and name what failed");
    try {
      orgs.getById(OrgId.of(99_999));
    } catch (CrashPlanException failure) {
      out.println("   " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
    out.println();
    out.println("Blocked orgs now: " + orgs.streamOrgs().filter(Org::blocked).map(Org::name)
        .collect(Collectors.joining(", ", "[", "]")));
  }

  private void showBlocked(Org... shown) {
    for (Org org : shown) {
      out.printf("   %-18s blocked: %s%n", org.name(), orgs.getById(org.id()).blocked());
    }
  }

  private void step(String title) {
    out.println();
    out.println(title);
  }
}
