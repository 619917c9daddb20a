package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.OrgSeed;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A dry run reads what it needs, writes nothing, and says for each item what it would send. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BulkDryRunTest {

  @RegisterExtension
  static final FakeCrashPlanServerExtension CONSOLE = BulkConsole.extension();

  private static final BulkOptions DRY = BulkOptions.builder().dryRun(true).build();

  private FakeCrashPlanServer server;
  private CrashPlanClient client;
  private OrgBulk bulk;
  private Map<String, Org> seeded;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    seeded = server.tenant().seed(OrgSeed.org("Acme").externalReference("CUST-1").notes("key account"),
        OrgSeed.org("Globex").externalReference("CUST-2").blocked());
    client = BulkConsole.client(server);
    bulk = client.orgs().bulk();
    server.clearRequests();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void aDryRunReportsWhatEachItemWouldSendWithoutWriting() {
    Org acme = seeded.get("Acme");
    List<BulkItem> items = List.of(
        BulkItem.create(NewOrg.builder().name("Acme").externalReference("CUST-1").build()),
        BulkItem.create(NewOrg.builder().name("Initech").externalReference("CUST-3").build()),
        BulkItem.create(NewOrg.builder().name("Initech Sales").build(), OrgKey.externalReference("CUST-3")),
        BulkItem.create(NewOrg.builder().name("Acme Sales").build(), OrgKey.externalReference("CUST-1")),
        BulkItem.block(OrgKey.externalReference("CUST-1")),
        BulkItem.block(OrgKey.externalReference("CUST-2")),
        BulkItem.reactivate(OrgKey.of(acme.id())),
        BulkItem.update(OrgKey.of(acme.id()), OrgUpdate.builder().name("Acme Corp").notes("key account").build()),
        BulkItem.editSettings(OrgKey.of(acme.id()), SettingsValues.builder().archiveHoldDays(90).build()),
        BulkItem.block(OrgKey.externalReference("NOPE")));

    BulkReport<BulkItem> report = bulk.run(items, DRY);

    assertThat(BulkConsole.writes(server)).isEmpty();
    assertThat(report.results()).extracting(BulkResult::outcome).containsExactly(
        BulkOutcome.ALREADY, BulkOutcome.NOT_STARTED, BulkOutcome.NOT_STARTED, BulkOutcome.NOT_STARTED,
        BulkOutcome.NOT_STARTED, BulkOutcome.ALREADY, BulkOutcome.ALREADY, BulkOutcome.NOT_STARTED,
        BulkOutcome.NOT_STARTED, BulkOutcome.FAILED);
    assertThat(report.results()).extracting(BulkResult::wouldSend).containsExactly(
        List.of(),
        List.of("POST /api/v3/orgs: create \"Initech\" (external reference CUST-3) under the top org"),
        List.of("POST /api/v3/orgs: create \"Initech Sales\" under the org CUST-3 that an earlier item would create"),
        List.of("POST /api/v3/orgs: create \"Acme Sales\" under org " + acme.id()),
        List.of("POST /api/v3/orgs/" + acme.guid() + "/block"),
        List.of(),
        List.of(),
        List.of("PUT /api/v3/orgs/" + acme.guid() + ": name: \"Acme\" -> \"Acme Corp\""),
        List.of("PUT /api/v1/Org/" + acme.id() + ": quotaSettingsInherited: true -> false; archiveHoldDays: 30 -> 90"),
        List.of());
    assertThat(report.results().get(9).failure()).containsInstanceOf(OrgNotFoundException.class);
    assertThat(report.summary().notStarted()).isEqualTo(6);
    assertThat(server.tenant().orgs()).hasSize(3).noneMatch(org -> org.name().startsWith("Initech"));
  }

  @Test
  void aDryRunOfAThousandBlocksCostsOneListingRead() {
    server.tenant().addOrgs(1_000);
    List<OrgKey> keys = server.tenant().orgs().stream().filter(org -> org.parentId().isPresent())
        .map(org -> OrgKey.of(org.id())).toList();
    server.clearRequests();

    BulkReport<OrgKey> report = bulk.block(keys, DRY.toBuilder().concurrency(8).build());

    assertThat(server.requests()).allMatch(request -> request.method().equals("GET")
        || request.path().equals("/api/v3/oauth/token"));
    assertThat(BulkConsole.count(server, "GET /api/v1/Org")).isEqualTo(3);
    assertThat(report.summary().notStarted()).isEqualTo(1_001);
    assertThat(report.summary().already()).isEqualTo(1);
  }
}
