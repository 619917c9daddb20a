package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.testkit.Dispatcher;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Steering a run: its progress as it goes, cancelling it, its failure budget, resuming it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BulkControlTest {

  @RegisterExtension
  static final FakeCrashPlanServerExtension CONSOLE = BulkConsole.extension();

  private final ManualClock time = new ManualClock();
  private FakeCrashPlanServer server;
  private CrashPlanClient client;
  private OrgBulk bulk;
  private List<OrgKey> keys;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    server.tenant().addOrgs(100);
    keys = server.tenant().orgs().stream().filter(org -> org.parentId().isPresent()).map(org -> OrgKey.of(org.id()))
        .toList();
    client = BulkConsole.client(server, time, time);
    bulk = client.orgs().bulk();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  /** Every event, as heard. */
  private static final class Heard implements BulkListener {
    final List<BulkProgress> started = new ArrayList<>();
    final List<BulkProgress> finished = new ArrayList<>();
    final List<BulkSummary> ended = new ArrayList<>();

    @Override
    public void itemStarted(long position, BulkItem item, BulkProgress progress) {
      started.add(progress);
    }

    @Override
    public void itemFinished(BulkResult<?> result, BulkProgress progress) {
      finished.add(progress);
    }

    @Override
    public void runEnded(BulkSummary summary) {
      ended.add(summary);
    }
  }

  @Test
  void progressGrowsUntilItReachesTheTotal() {
    Heard heard = new Heard();

    bulk.block(keys, BulkOptions.builder().concurrency(8).listener(heard).build());

    assertThat(heard.started).hasSize(100);
    assertThat(heard.finished).hasSize(100);
    for (int i = 0; i < 100; i++) {
      BulkProgress progress = heard.finished.get(i);
      assertThat(progress.finished()).isEqualTo(i + 1);
      assertThat(progress.total()).hasValue(100);
      assertThat(progress.started()).isGreaterThanOrEqualTo(progress.finished());
      if (i > 0) {
        BulkProgress before = heard.finished.get(i - 1);
        assertThat(progress.started()).isGreaterThanOrEqualTo(before.started());
        assertThat(progress.succeeded()).isGreaterThanOrEqualTo(before.succeeded());
        assertThat(progress.elapsed()).isGreaterThanOrEqualTo(before.elapsed());
      }
    }
    assertThat(heard.started).extracting(BulkProgress::started).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
    BulkProgress last = heard.finished.get(99);
    assertThat(last.succeeded()).isEqualTo(100);
    assertThat(last.failed()).isZero();
    assertThat(heard.ended).singleElement().satisfies(summary -> assertThat(summary.done()).isEqualTo(100));
  }

  @Test
  void theRateAndTimeLeftFollowTheClock() {
    // Each block takes a tenth of a second of the client's clock.
    Dispatcher routes = server.consoleRoutes();
    server.dispatcher(request -> {
      if (request.path().endsWith("/block")) {
        time.advance(Duration.ofMillis(100));
      }
      return routes.dispatch(request);
    });
    Heard heard = new Heard();

    bulk.block(keys.subList(0, 10), BulkOptions.builder().concurrency(1).listener(heard).build());

    BulkProgress fourth = heard.finished.get(3);
    assertThat(fourth.elapsed()).isEqualTo(Duration.ofMillis(400));
    assertThat(fourth.itemsPerSecond()).isEqualTo(10.0);
    assertThat(fourth.remaining()).contains(Duration.ofMillis(600));
    assertThat(fourth).hasToString("4/10 (0 failed), 10.0/s, PT0.6S left");
    assertThat(heard.finished.get(9).remaining()).contains(Duration.ZERO);
  }

  @Test
  void cancellingStartsNoItemButLetsInFlightOnesFinish() {
    Cancellation cancel = new Cancellation();
    BulkListener cancelAtTen = new BulkListener() {
      @Override
      public void itemFinished(BulkResult<?> result, BulkProgress progress) {
        if (progress.finished() == 10) {
          cancel.cancel();
        }
      }
    };

    BulkReport<OrgKey> report = bulk.block(keys,
        BulkOptions.builder().concurrency(4).listener(cancelAtTen).cancellation(cancel).build());

    BulkSummary summary = report.summary();
    assertThat(summary.stop()).isEqualTo(BulkStop.CANCELLED);
    assertThat(summary.total()).isEqualTo(100);
    assertThat(summary.done()).isBetween(10L, 13L);
    assertThat(summary.notStarted()).isEqualTo(100 - summary.done());
    assertThat(report.results().subList(0, (int) summary.done())).allMatch(result -> result.outcome() == BulkOutcome.DONE);
    assertThat(report.results().subList((int) summary.done(), 100))
        .allMatch(result -> result.outcome() == BulkOutcome.NOT_STARTED);
    Set<String> blocked = server.tenant().orgs().stream().filter(Org::blocked).map(org -> org.id().toString())
        .collect(Collectors.toSet());
    assertThat(blocked).containsExactlyInAnyOrderElementsOf(report.results(BulkOutcome.DONE).stream()
        .map(result -> result.ref().orElseThrow().id().toString()).toList());
  }

  @Test
  void aRunCancelledBeforeItStartsSendsNothing() {
    Cancellation cancel = new Cancellation();
    cancel.cancel();
    server.clearRequests();

    BulkReport<OrgKey> report = bulk.block(keys, BulkOptions.builder().cancellation(cancel).build());

    assertThat(report.summary().notStarted()).isEqualTo(100);
    assertThat(report.summary().stop()).isEqualTo(BulkStop.CANCELLED);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aResumedCancelledRunSendsOnlyTheItemsNotDone() {
    Cancellation later = new Cancellation();
    BulkReport<OrgKey> first = bulk.block(keys, BulkOptions.builder().concurrency(4).cancellation(later)
        .listener(new BulkListener() {
          @Override
          public void itemFinished(BulkResult<?> result, BulkProgress progress) {
            if (progress.finished() == 30) {
              later.cancel();
            }
          }
        }).build());
    List<String> rest = first.results(BulkOutcome.NOT_STARTED).stream()
        .map(result -> "POST /api/v3/orgs/" + server.tenant().org(((OrgKey.ById) result.input()).id()).orElseThrow().guid()
            + "/block").toList();
    server.clearRequests();

    BulkReport<OrgKey> resumed = bulk.block(keys, BulkOptions.builder().concurrency(4).resumed(first.resumable()).build());

    assertThat(BulkConsole.writes(server)).containsExactlyInAnyOrderElementsOf(rest);
    assertThat(resumed.summary().allSucceeded()).isTrue();
    assertThat(resumed.summary().carriedOver()).isEqualTo(first.summary().done());
    assertThat(resumed.results().subList(0, (int) first.summary().done()))
        .allSatisfy(result -> {
          assertThat(result.carriedOver()).isTrue();
          assertThat(result.outcome()).isEqualTo(BulkOutcome.DONE);
          assertThat(result.ref().orElseThrow().id()).isEqualTo(((OrgKey.ById) result.input()).id());
        });
    assertThat(server.tenant().orgs()).filteredOn(org -> org.parentId().isPresent()).allMatch(Org::blocked);
  }

  @Test
  void aSpentFailureBudgetStopsTheRun() {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", Integer.MAX_VALUE, Fault.status(403, "not yours"));

    BulkReport<OrgKey> report = bulk.block(keys, BulkOptions.builder().concurrency(2).maxFailures(5).build());

    BulkSummary summary = report.summary();
    assertThat(summary.stop()).isEqualTo(BulkStop.FAILURE_BUDGET_SPENT);
    assertThat(summary.failed()).isBetween(5L, 6L);
    assertThat(summary.notStarted()).isEqualTo(100 - summary.failed());
    assertThat(report.results(BulkOutcome.FAILED))
        .allSatisfy(result -> assertThat(result.failure()).containsInstanceOf(ForbiddenException.class));
    assertThat(BulkConsole.writes(server)).hasSize((int) summary.failed());
  }
}
