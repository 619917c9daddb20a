package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.OrgSeed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operation of a bulk run over HTTP against the fake: what it sends, what it reports, what it leaves alone. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BulkRunTest {

  @RegisterExtension
  static final FakeCrashPlanServerExtension CONSOLE = BulkConsole.extension();

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private CrashPlanClient client;
  private OrgBulk bulk;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    this.tenant = server.tenant();
    client = BulkConsole.client(server);
    bulk = BulkConsole.bulk(client);
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private String guidOf(OrgKey key) {
    return tenant.orgs().stream().filter(org -> org.id().equals(((OrgKey.ById) key).id())).findFirst().orElseThrow()
        .guid().value();
  }

  private List<OrgKey> seedOrgs(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> tenant.seed(OrgSeed.org("Customer " + i).externalReference("CUST-" + i)).get("Customer " + i))
        .map(org -> OrgKey.of(org.id())).toList();
  }

  @Test
  void eachBlockedOrgIsReportedDone() {
    List<OrgKey> keys = seedOrgs(20);

    BulkReport<OrgKey> report = bulk.block(keys, BulkOptions.defaults());

    assertThat(report.summary().done()).isEqualTo(20);
    assertThat(report.summary().allSucceeded()).isTrue();
    assertThat(report.results()).extracting(BulkResult::input).containsExactlyElementsOf(keys);
    assertThat(report.results()).extracting(BulkResult::position).containsExactlyElementsOf(
        IntStream.range(0, 20).mapToObj(Long::valueOf).toList());
    assertThat(tenant.orgs()).filteredOn(org -> org.name().startsWith("Customer")).allMatch(Org::blocked);
    assertThat(report.results()).allSatisfy(result ->
        assertThat(result.ref().orElseThrow().id()).isEqualTo(((OrgKey.ById) result.input()).id()));
  }

  @Test
  void anOrgAlreadyBlockedIsAlreadySoWithoutARequest() {
    List<OrgKey> keys = seedOrgs(3);
    client.orgs().block(((OrgKey.ById) keys.get(1)).id());
    server.clearRequests();

    BulkReport<OrgKey> report = bulk.block(keys, BulkOptions.defaults());

    assertThat(report.results()).extracting(BulkResult::outcome)
        .containsExactly(BulkOutcome.DONE, BulkOutcome.ALREADY, BulkOutcome.DONE);
    assertThat(BulkConsole.writes(server)).hasSize(2);
  }

  @Test
  void eachStateChangeSendsNothingForAnOrgAlreadyInThatState() {
    List<OrgKey> keys = seedOrgs(2);
    server.clearRequests();

    assertThat(bulk.unblock(keys, BulkOptions.defaults()).summary().already()).isEqualTo(2);
    assertThat(bulk.reactivate(keys, BulkOptions.defaults()).summary().already()).isEqualTo(2);
    assertThat(bulk.deactivate(keys, BulkOptions.defaults()).summary().done()).isEqualTo(2);
    assertThat(bulk.deactivate(keys, BulkOptions.defaults()).summary().already()).isEqualTo(2);
    assertThat(bulk.reactivate(keys, BulkOptions.defaults()).summary().done()).isEqualTo(2);

    assertThat(BulkConsole.writes(server)).hasSize(4);
    assertThat(tenant.orgs()).allMatch(org -> org.status() == OrgStatus.ACTIVE);
  }

  @Test
  void aCreateOfAReferenceAnOrgHasIsAlreadySo() {
    Org existing = tenant.seed(OrgSeed.org("Acme").externalReference("CUST-1")).get("Acme");
    server.clearRequests();

    BulkReport<NewOrg> report = bulk.create(List.of(
        NewOrg.builder().name("Acme again").externalReference("CUST-1").build(),
        NewOrg.builder().name("Globex").externalReference("CUST-2").build()), BulkOptions.defaults());

    assertThat(report.results()).extracting(BulkResult::outcome).containsExactly(BulkOutcome.ALREADY, BulkOutcome.DONE);
    assertThat(report.results().get(0).ref()).contains(existing.ref());
    assertThat(report.results().get(1).org().orElseThrow().name()).isEqualTo("Globex");
    assertThat(BulkConsole.writes(server)).containsExactly("POST /api/v3/orgs");
  }

  @Test
  void twoCreatesOfOneReferenceInOneRunMakeOneOrg() {
    BulkReport<NewOrg> report = bulk.create(List.of(
        NewOrg.builder().name("Acme").externalReference("CUST-1").build(),
        NewOrg.builder().name("Acme").externalReference("CUST-1").build()), BulkOptions.defaults());

    assertThat(report.results()).extracting(BulkResult::outcome).containsExactly(BulkOutcome.DONE, BulkOutcome.ALREADY);
    assertThat(tenant.orgs()).filteredOn(org -> org.name().equals("Acme")).hasSize(1);
  }

  @Test
  void aChildIsCreatedUnderAParentTheRunMade() {
    List<BulkItem> items = List.of(
        BulkItem.create(NewOrg.builder().name("Acme").externalReference("CUST-1").build()),
        BulkItem.create(NewOrg.builder().name("Acme Sales").externalReference("CUST-1-S").build(),
            OrgKey.externalReference("CUST-1")),
        BulkItem.create(NewOrg.builder().name("Acme Support").externalReference("CUST-1-T").build(),
            OrgKey.externalReference("CUST-1")));

    BulkReport<BulkItem> report = bulk.run(items, BulkOptions.builder().concurrency(8).build());

    assertThat(report.summary().done()).isEqualTo(3);
    Org parent = report.results().get(0).org().orElseThrow();
    assertThat(report.results().subList(1, 3)).allSatisfy(child ->
        assertThat(child.org().orElseThrow().parentId()).contains(parent.id()));
  }

  @Test
  void anUpdateSendsOnlyWhenItChangesSomething() {
    Org acme = tenant.seed(OrgSeed.org("Acme").externalReference("CUST-1").notes("key account")).get("Acme");
    server.clearRequests();

    BulkReport<BulkItem> report = bulk.update(Map.of(
        OrgKey.externalReference("CUST-1"), OrgUpdate.builder().name("Acme").notes("key account").build()),
        BulkOptions.defaults());
    BulkReport<BulkItem> renamed = bulk.update(Map.of(
        OrgKey.of(acme.id()), OrgUpdate.builder().name("Acme Corp").build()), BulkOptions.defaults());

    assertThat(report.results().get(0).outcome()).isEqualTo(BulkOutcome.ALREADY);
    assertThat(renamed.results().get(0).outcome()).isEqualTo(BulkOutcome.DONE);
    assertThat(renamed.results().get(0).org().orElseThrow().name()).isEqualTo("Acme Corp");
    assertThat(tenant.org(acme.id()).orElseThrow().name()).isEqualTo("Acme Corp");
    assertThat(BulkConsole.writes(server)).containsExactly("PUT /api/v3/orgs/" + acme.guid());
  }

  @Test
  void aSettingsEditSendsEachValueOnce() {
    List<OrgKey> keys = seedOrgs(5);
    SettingsValues ninety = SettingsValues.builder().archiveHoldDays(90).webRestoreEnabled(false).build();

    BulkReport<OrgKey> first = bulk.editSettings(keys, ninety, BulkOptions.defaults());
    server.clearRequests();
    BulkReport<OrgKey> second = bulk.editSettings(keys, ninety, BulkOptions.defaults());

    assertThat(first.summary().done()).isEqualTo(5);
    assertThat(second.summary().already()).isEqualTo(5);
    assertThat(BulkConsole.writes(server)).isEmpty();
    for (OrgKey key : keys) {
      assertThat(client.orgs().getSettings(((OrgKey.ById) key).id()).archiveHoldDays()).contains(90);
      assertThat(client.orgs().getSettings(((OrgKey.ById) key).id()).webRestoreEnabled()).contains(false);
    }
  }

  @Test
  void readsReturnEachOrgAsTheConsoleHasIt() {
    seedOrgs(4);
    List<OrgKey> byReference = IntStream.rangeClosed(1, 4).mapToObj(i -> OrgKey.externalReference("CUST-" + i)).toList();

    BulkReport<OrgKey> report = bulk.read(byReference, BulkOptions.defaults());

    assertThat(report.results()).extracting(result -> result.org().orElseThrow().name())
        .containsExactly("Customer 1", "Customer 2", "Customer 3", "Customer 4");
    assertThat(report.results()).allSatisfy(result ->
        assertThat(result.org()).contains(tenant.org(result.org().orElseThrow().id()).orElseThrow()));
  }

  @Test
  void anOrgNoOrgHasFailsWithNothingSentForIt() {
    seedOrgs(1);
    server.clearRequests();

    BulkReport<OrgKey> report = bulk.block(List.of(OrgKey.externalReference("NOPE")), BulkOptions.defaults());

    BulkResult<OrgKey> result = report.results().get(0);
    assertThat(result.outcome()).isEqualTo(BulkOutcome.FAILED);
    assertThat(result.failure()).containsInstanceOf(OrgNotFoundException.class);
    assertThat(result.error())
        .isEqualTo("block external reference NOPE failed: no organization with external reference NOPE exists");
    assertThat(BulkConsole.writes(server)).isEmpty();
  }

  @Test
  void aReferenceTwoOrgsHaveFailsAsAmbiguousWithNothingSent() {
    Map<String, Org> seeded = tenant.seed(OrgSeed.org("A").externalReference("DUP"), OrgSeed.org("B").externalReference("DUP"));
    server.clearRequests();

    BulkResult<OrgKey> result = bulk.block(List.of(OrgKey.externalReference("DUP")), BulkOptions.defaults()).results().get(0);

    assertThat(result.failure()).containsInstanceOf(AmbiguousOrgKeyException.class);
    assertThat(result.error()).isEqualTo("block external reference DUP failed: 2 orgs have external reference DUP (ids "
        + seeded.get("A").id() + ", " + seeded.get("B").id() + "): name the org by id or uid");
    assertThat(BulkConsole.writes(server)).isEmpty();
  }

  @Test
  void namingAThousandOrgsByReferenceCostsOneWalkOfTheListing() {
    tenant.addOrgs(1);
    for (int i = 1; i <= 1_000; i++) {
      tenant.seed(OrgSeed.org("Customer " + i).externalReference("CUST-" + i));
    }
    server.clearRequests();
    List<OrgKey> keys = IntStream.rangeClosed(1, 1_000).mapToObj(i -> OrgKey.externalReference("CUST-" + i)).toList();

    BulkReport<OrgKey> report = bulk.block(keys, BulkOptions.builder().concurrency(8).build());

    assertThat(report.summary().done()).isEqualTo(1_000);
    // 1,002 orgs at 500 a page: three pages, one walk.
    assertThat(BulkConsole.count(server, "GET /api/v1/Org")).isEqualTo(3);
    assertThat(server.requestCount()).isEqualTo(1 + 3 + 1_000);
  }

  @Test
  void theRunGoesOnPastAListenerThatThrows() {
    List<OrgKey> keys = seedOrgs(5);
    BulkListener broken = new BulkListener() {
      @Override
      public void itemFinished(BulkResult<?> result, BulkProgress progress) {
        throw new IllegalStateException("listener bug");
      }
    };

    BulkReport<OrgKey> report = bulk.block(keys, BulkOptions.builder().listener(broken).build());

    assertThat(report.summary().done()).isEqualTo(5);
  }

  @Test
  void aConsumerThatThrowsStopsTheRunWithItsException() {
    List<OrgKey> keys = seedOrgs(30);
    int[] seen = {0};

    assertThatThrownBy(() -> bulk.run(keys.iterator(), BulkItem::block, BulkOptions.builder().concurrency(2).build(),
        result -> {
          if (++seen[0] == 3) {
            throw new IllegalStateException("disk full");
          }
        })).hasMessage("disk full");
    assertThat(BulkConsole.writes(server).size()).isBetween(3, 5);
  }

  @Test
  void aConsumersExceptionWaitsForTheItemsInFlight() {
    List<OrgKey> keys = seedOrgs(5);
    // The first block answers slowly so the second starts before the first is reported; the
    // second answers slower still, so it is in flight when the consumer throws.
    server.inject("POST /api/v3/orgs/" + guidOf(keys.get(0)) + "/block", 1, Fault.delay(Duration.ofMillis(500)));
    server.inject("POST /api/v3/orgs/" + guidOf(keys.get(1)) + "/block", 1, Fault.delay(Duration.ofMillis(1500)));

    assertThatThrownBy(() -> bulk.run(keys.iterator(), BulkItem::block, BulkOptions.builder().concurrency(2).build(),
        result -> {
          throw new IllegalStateException("disk full");
        })).hasMessage("disk full");

    assertThat(tenant.orgs()).filteredOn(Org::blocked).extracting(Org::name)
        .containsExactlyInAnyOrder("Customer 1", "Customer 2");
    assertThat(BulkConsole.writes(server)).hasSize(2);
  }

  @Test
  void aListingThatCannotBeReadFailsTheRunBeforeAnythingIsSent() {
    List<OrgKey> keys = seedOrgs(3);
    server.inject("GET /api/v1/Org", Integer.MAX_VALUE, Fault.status(403, "no listing for you"));

    assertThatThrownBy(() -> bulk.block(keys, BulkOptions.defaults())).isInstanceOf(ForbiddenException.class)
        .hasMessageStartingWith("getPage 1 failed: HTTP 403");
    assertThat(BulkConsole.writes(server)).isEmpty();
  }
}
