package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.error.BadRequestException;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thousand creates and a thousand blocks, 8 in flight, with faults on a share of the requests:
 * answers lost after the console applied the change, refusals before it, 429s, failed reads.
 * Every item is accounted for and its outcome is what the console shows; then the same input,
 * against a console without faults (a second server on the same tenant), sends only what is
 * left, and a third run sends nothing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BulkChaosTest {

  private final FakeTenant tenant = new FakeTenant();
  private FakeCrashPlanServer faulty;
  private FakeCrashPlanServer calm;
  private CrashPlanClient faultyClient;
  private CrashPlanClient calmClient;

  @BeforeEach
  void start() {
    tenant.addApiClient(BulkConsole.CLIENT_ID, BulkConsole.SECRET);
    faulty = FakeCrashPlanServer.start(tenant);
    calm = FakeCrashPlanServer.start(tenant);
    faultyClient = BulkConsole.client(faulty, Clock.systemUTC(), new ManualClock());
    calmClient = BulkConsole.client(calm, Clock.systemUTC(), new ManualClock());
    // The walk at a run's start and the reads that settle lost answers fail now and then too.
    faulty.injectEvery("GET /api/v1/Org", 4, Fault.status(503, "maintenance"));
    faulty.injectEvery("GET /api/v3/orgs/{orgGuid}", 6, Fault.status(500, "internal error"));
  }

  @AfterEach
  void stop() {
    faultyClient.close();
    calmClient.close();
    faulty.close();
    calm.close();
  }

  private static final BulkOptions EIGHT = BulkOptions.builder().concurrency(8).build();

  @Test
  void aThousandCreatesUnderFaultsMakeNoOrgTwice() {
    String creates = "POST /api/v3/orgs";
    // First injected, first served: a 400 is the console refusing, so the create fails.
    faulty.injectEvery(creates, 97, Fault.status(400, "bad request"));
    // A lost create costs a walk of the listing to settle: a quarter of them, not more, keeps the test quick.
    faulty.injectEvery(creates, 9, Fault.afterApplying(Fault.disconnect()));
    faulty.injectEvery(creates, 23, Fault.status(503, "maintenance"));
    faulty.injectEvery(creates, 29, Fault.afterApplying(Fault.status(502, "bad gateway")));
    faulty.injectEvery(creates, 31, Fault.tooManyRequests(Duration.ofSeconds(1)));
    faulty.injectEvery(creates, 37, Fault.disconnect());
    List<NewOrg> orgs = IntStream.range(0, 1_000)
        .<NewOrg>mapToObj(i -> NewOrg.builder().name("Customer " + i).externalReference("CUST-" + i).build()).toList();

    BulkReport<NewOrg> report = faultyClient.orgs().bulk().create(orgs, EIGHT);

    assertEveryItemAccountedFor(report, orgs);
    Map<String, List<Org>> byReference = tenant.orgs().stream().filter(org -> org.externalReference().isPresent())
        .collect(Collectors.groupingBy(org -> org.externalReference().get()));
    assertThat(byReference.values()).as("no org made twice").allMatch(made -> made.size() == 1);
    for (BulkResult<NewOrg> result : report.results()) {
      Optional<Org> onConsole = Optional.ofNullable(byReference.get(result.input().externalReference().get()))
          .map(made -> made.get(0));
      if (result.outcome().succeeded()) {
        assertThat(onConsole).as("done, so on the console: %s", result).isPresent();
        assertThat(result.ref()).contains(onConsole.get().ref());
      } else if (result.outcome() == BulkOutcome.FAILED) {
        assertThat(onConsole).as("failed, so not on the console: %s", result).isEmpty();
      }
    }
    assertThat(report.summary().done()).as(report.summary().toString()).isGreaterThan(900);
    assertThat(report.results(BulkOutcome.FAILED)).isNotEmpty()
        .allSatisfy(failed -> assertThat(failed.failure()).containsInstanceOf(BadRequestException.class));

    long left = report.results().stream().filter(result -> !result.outcome().succeeded())
        .filter(result -> !byReference.containsKey(result.input().externalReference().get())).count();
    BulkReport<NewOrg> again = calmClient.orgs().bulk().create(orgs, EIGHT);
    assertThat(BulkConsole.writes(calm)).hasSize((int) left);
    assertThat(again.summary().allSucceeded()).isTrue();
    calm.clearRequests();
    assertThat(calmClient.orgs().bulk().create(orgs, EIGHT).summary().already()).isEqualTo(1_000);
    assertThat(BulkConsole.writes(calm)).isEmpty();
  }

  @Test
  void aThousandBlocksUnderFaultsEndAsTheConsoleShows() {
    tenant.addOrgs(1_000);
    List<OrgKey> keys = tenant.orgs().stream().filter(org -> org.parentId().isPresent())
        .map(org -> OrgKey.of(org.id())).toList();
    String blocks = "POST /api/v3/orgs/{orgGuid}/block";
    // Two orgs whose end is certain: one the console refuses to block, one it blocks with every
    // read of it failing afterwards, so that nothing can tell.
    Org refused = tenant.org(((OrgKey.ById) keys.get(100)).id()).orElseThrow();
    Org untold = tenant.org(((OrgKey.ById) keys.get(200)).id()).orElseThrow();
    faulty.inject("POST /api/v3/orgs/" + refused.guid() + "/block", Integer.MAX_VALUE, Fault.status(403, "not yours"));
    faulty.inject("POST /api/v3/orgs/" + untold.guid() + "/block", 1, Fault.afterApplying(Fault.disconnect()));
    faulty.inject("GET /api/v3/orgs/" + untold.guid(), Integer.MAX_VALUE, Fault.status(500, "internal error"));
    faulty.injectEvery(blocks, 7, Fault.afterApplying(Fault.disconnect()));
    faulty.injectEvery(blocks, 11, Fault.status(503, "maintenance"));
    faulty.injectEvery(blocks, 13, Fault.afterApplying(Fault.status(500, "internal error")));
    faulty.injectEvery(blocks, 17, Fault.tooManyRequests(Duration.ofSeconds(1)));
    faulty.injectEvery(blocks, 19, Fault.disconnect());

    BulkReport<OrgKey> report = faultyClient.orgs().bulk().block(keys, EIGHT);

    assertEveryItemAccountedFor(report, keys);
    assertThat(report.results().get(100).outcome()).isEqualTo(BulkOutcome.FAILED);
    assertThat(report.results().get(100).failure()).containsInstanceOf(ForbiddenException.class);
    assertThat(report.results().get(200).outcome()).isEqualTo(BulkOutcome.UNKNOWN);
    assertThat(report.results().get(200).failure()).containsInstanceOf(OutcomeUnknownException.class);
    Map<OrgId, Org> now = tenant.orgs().stream().collect(Collectors.toMap(Org::id, Function.identity()));
    for (BulkResult<OrgKey> result : report.results()) {
      boolean blocked = now.get(((OrgKey.ById) result.input()).id()).blocked();
      if (result.outcome().succeeded()) {
        assertThat(blocked).as("done, so blocked: %s", result).isTrue();
      } else if (result.outcome() == BulkOutcome.FAILED) {
        assertThat(blocked).as("failed, so not blocked: %s", result).isFalse();
      }
    }
    assertThat(report.summary().done()).as(report.summary().toString()).isGreaterThan(900);

    long left = now.values().stream().filter(org -> org.parentId().isPresent() && !org.blocked()).count();
    assertThat(left).isPositive();
    BulkReport<OrgKey> again = calmClient.orgs().bulk().block(keys, EIGHT);
    assertThat(BulkConsole.writes(calm)).hasSize((int) left);
    assertThat(again.summary().allSucceeded()).isTrue();
    calm.clearRequests();
    assertThat(calmClient.orgs().bulk().block(keys, EIGHT).summary().already()).isEqualTo(1_000);
    assertThat(BulkConsole.writes(calm)).isEmpty();
  }

  @Test
  void aRunCancelledUnderFaultsResumesWithTheRestOnly() {
    tenant.addOrgs(1_000);
    List<OrgKey> keys = tenant.orgs().stream().filter(org -> org.parentId().isPresent())
        .map(org -> OrgKey.of(org.id())).toList();
    String blocks = "POST /api/v3/orgs/{orgGuid}/block";
    faulty.injectEvery(blocks, 7, Fault.afterApplying(Fault.disconnect()));
    faulty.injectEvery(blocks, 11, Fault.status(503, "maintenance"));
    faulty.injectEvery(blocks, 17, Fault.tooManyRequests(Duration.ofSeconds(1)));
    Cancellation cancel = new Cancellation();
    BulkListener halfWay = new BulkListener() {
      @Override
      public void itemFinished(BulkResult<?> result, BulkProgress progress) {
        if (progress.finished() == 500) {
          cancel.cancel();
        }
      }
    };

    BulkReport<OrgKey> first = faultyClient.orgs().bulk().block(keys,
        EIGHT.toBuilder().listener(halfWay).cancellation(cancel).build());

    assertThat(first.summary().stop()).isEqualTo(BulkStop.CANCELLED);
    assertThat(first.summary().notStarted()).isBetween(490L, 500L);
    List<String> unblocked = tenant.orgs().stream().filter(org -> org.parentId().isPresent() && !org.blocked())
        .map(org -> "POST /api/v3/orgs/" + org.guid() + "/block").toList();
    assertThat(unblocked).hasSizeGreaterThanOrEqualTo((int) first.summary().notStarted());

    BulkReport<OrgKey> resumed = calmClient.orgs().bulk().block(keys,
        EIGHT.toBuilder().resumed(first.resumable()).build());

    assertThat(BulkConsole.writes(calm)).containsExactlyInAnyOrderElementsOf(unblocked);
    assertThat(resumed.summary().allSucceeded()).as(resumed.summary().toString()).isTrue();
    assertThat(resumed.summary().carriedOver()).isEqualTo(first.summary().done() + first.summary().already());
    assertThat(resumed.results()).extracting(BulkResult::input).containsExactlyElementsOf(keys);
    assertThat(tenant.orgs()).filteredOn(org -> org.parentId().isPresent()).allMatch(Org::blocked);
  }

  @Test
  void aDryRunUnderFaultsWritesNothing() {
    tenant.addOrgs(1_000);
    List<OrgKey> keys = tenant.orgs().stream().filter(org -> org.parentId().isPresent())
        .map(org -> OrgKey.of(org.id())).toList();
    faulty.clearRequests();

    BulkReport<OrgKey> plan = faultyClient.orgs().bulk().block(keys,
        EIGHT.toBuilder().dryRun(true).build());

    assertThat(BulkConsole.writes(faulty)).isEmpty();
    assertThat(plan.summary().notStarted()).isEqualTo(1_000);
    assertThat(plan.results()).allSatisfy(result -> assertThat(result.wouldSend()).singleElement().asString()
        .isEqualTo("POST /api/v3/orgs/" + tenant.org(((OrgKey.ById) result.input()).id()).orElseThrow().guid()
            + "/block"));
    assertThat(tenant.orgs()).noneMatch(Org::blocked);
  }

  private static <T> void assertEveryItemAccountedFor(BulkReport<T> report, List<T> inputs) {
    assertThat(report.summary().total()).isEqualTo(inputs.size());
    assertThat(report.summary().stop()).isEqualTo(BulkStop.COMPLETED);
    assertThat(report.summary().notStarted()).isZero();
    assertThat(report.results()).extracting(BulkResult::input).containsExactlyElementsOf(inputs);
    assertThat(report.results()).allSatisfy(result ->
        assertThat(result.failure().isPresent()).as("%s", result).isEqualTo(!result.outcome().succeeded()));
  }
}
