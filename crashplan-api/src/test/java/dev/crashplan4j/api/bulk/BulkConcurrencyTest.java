package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.Dispatcher;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a run shares the console: items in flight at once, the window that orders results, the pause a 429 asks for. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BulkConcurrencyTest {

  @RegisterExtension
  static final FakeCrashPlanServerExtension CONSOLE = BulkConsole.extension();

  private static List<OrgKey> orgs(FakeCrashPlanServer server, int count) {
    server.tenant().addOrgs(count);
    return server.tenant().orgs().stream().filter(org -> org.parentId().isPresent()).map(org -> OrgKey.of(org.id()))
        .toList();
  }

  @Test
  void neverMoreThanEightItemsAreInFlightAtOnce(FakeCrashPlanServer server) throws Exception {
    List<OrgKey> keys = orgs(server, 40);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch eightArrived = new CountDownLatch(8);
    Dispatcher routes = server.consoleRoutes();
    server.dispatcher(request -> {
      if (!request.path().endsWith("/block")) {
        return routes.dispatch(request);
      }
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        eightArrived.countDown();
        // The first eight wait for each other: they are at the console together or the test times out.
        eightArrived.await(5, TimeUnit.SECONDS);
        return routes.dispatch(request);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
        return Optional.<ConsoleAnswer>empty();
      } finally {
        inFlight.decrementAndGet();
      }
    });
    try (CrashPlanClient client = BulkConsole.client(server)) {
      BulkReport<OrgKey> report = client.orgs().bulk().block(keys, BulkOptions.builder().concurrency(8).build());

      assertThat(eightArrived.getCount()).isZero();
      assertThat(most.get()).isEqualTo(8);
      assertThat(report.summary().done()).isEqualTo(40);
    }
  }

  @Test
  void resultsComeInOrderThroughAWindowOfTheConcurrency(FakeCrashPlanServer server) {
    List<OrgKey> keys = orgs(server, 200);
    // Latency on a few, so that later items finish first and must be held for the ones before.
    server.injectEvery("POST /api/v3/orgs/{orgGuid}/block", 5, Fault.delay(Duration.ofMillis(3)));
    AtomicInteger taken = new AtomicInteger();
    Iterator<OrgKey> counted = new Iterator<>() {
      private final Iterator<OrgKey> all = keys.iterator();

      @Override
      public boolean hasNext() {
        return all.hasNext();
      }

      @Override
      public OrgKey next() {
        taken.incrementAndGet();
        return all.next();
      }
    };
    List<Long> positions = new ArrayList<>();
    List<Integer> ahead = new ArrayList<>();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    try (CrashPlanClient client = BulkConsole.client(server)) {
      BulkSummary summary = client.orgs().bulk().run(counted, BulkItem::block, BulkOptions.builder().concurrency(4).build(),
          result -> {
            positions.add(result.position());
            threads.add(Thread.currentThread());
            ahead.add(taken.get() - positions.size());
          });

      assertThat(summary.done()).isEqualTo(200);
    }
    assertThat(positions).isSorted().hasSize(200).doesNotHaveDuplicates();
    assertThat(ahead).allMatch(count -> count <= 4);
    assertThat(threads).containsOnly(Thread.currentThread());
  }

  @Test
  void everyItemTakesItsTurnUnderTheClientsRateLimit(FakeCrashPlanServer server) {
    List<OrgKey> keys = orgs(server, 6);
    // One request per hour: the walk takes the one permit, and no block finds room before its deadline.
    try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient(BulkConsole.CLIENT_ID, BulkConsole.SECRET))
        .rateLimit(1, Duration.ofHours(1)).callTimeout(Duration.ofSeconds(5)).build()) {
      BulkReport<OrgKey> report = client.orgs().bulk().block(keys, BulkOptions.builder().concurrency(4).build());

      assertThat(report.summary().failed()).isEqualTo(6);
      assertThat(report.results()).allSatisfy(result ->
          assertThat(result.failure()).containsInstanceOf(TooManyRequestsException.class));
    }
    assertThat(BulkConsole.writes(server)).isEmpty();
    assertThat(server.tenant().orgs()).noneMatch(Org::blocked);
  }

  @Test
  void aTooManyRequestsHoldsTheWholeRunUntilItsRetryAfterIsOver(FakeCrashPlanServer server) throws Exception {
    List<OrgKey> keys = orgs(server, 12);
    Org second = server.tenant().org(((OrgKey.ById) keys.get(1)).id()).orElseThrow();
    ManualClock time = new ManualClock();
    HeldSleeper sleeper = new HeldSleeper(time);
    // The second org's block is refused with a 429 only once all four first blocks are in flight,
    // and the other three are answered only after it: the run knows of the 429 before it could
    // start another item, whatever order the threads run in.
    CountDownLatch inFlight = new CountDownLatch(4);
    CountDownLatch refused = new CountDownLatch(1);
    AtomicBoolean refusedOnce = new AtomicBoolean();
    Dispatcher routes = server.consoleRoutes();
    server.dispatcher(request -> {
      if (request.path().endsWith("/block")) {
        inFlight.countDown();
        try {
          if (request.path().contains(second.guid().value()) && refusedOnce.compareAndSet(false, true)) {
            inFlight.await(5, TimeUnit.SECONDS);
            return Optional.of(ConsoleAnswer.of(429, "[{\"name\":\"TOO_MANY_REQUESTS\",\"description\":\"Rate limit exceeded\"}]")
                .withHeader("Retry-After", "30"));
          }
          refused.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }
      return routes.dispatch(request);
    });
    List<Duration> pauses = new CopyOnWriteArrayList<>();
    BulkOptions options = BulkOptions.builder().concurrency(4).listener(new BulkListener() {
      @Override
      public void paused(Duration wait) {
        pauses.add(wait);
      }
    }).build();
    try (CrashPlanClient client = BulkConsole.client(server, time, sleeper)) {
      OrgBulk bulk = client.orgs().bulk();
      Thread run = new Thread(() -> bulk.block(keys, options));
      run.start();

      // The call that got the 429 waits in its retry; then the run waits before starting the next item.
      assertThat(sleeper.awaitHolding(1)).isEqualTo(1);
      refused.countDown();
      assertThat(sleeper.awaitHolding(2)).isEqualTo(2);
      assertThat(sleeper.asked()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
      assertThat(pauses).containsExactly(Duration.ofSeconds(30));
      // The four started before the 429 was known reach the journal once answered; none after them.
      assertThat(blocksRecorded(server, 4)).isEqualTo(4);
      assertThat(BulkConsole.writes(server)).hasSize(4);

      sleeper.releaseAll();
      run.join(10_000);
    }
    assertThat(BulkConsole.writes(server)).hasSize(13);
    assertThat(server.tenant().orgs()).filteredOn(org -> org.parentId().isPresent()).allMatch(Org::blocked);
  }

  // Takes recorded requests until {@code count} blocks are among them, or none comes for 5 s.
  private static int blocksRecorded(FakeCrashPlanServer server, int count) {
    int blocks = 0;
    while (blocks < count) {
      Optional<RecordedRequest> next = server.takeRequest(Duration.ofSeconds(5));
      if (next.isEmpty()) {
        break;
      }
      if (next.get().path().endsWith("/block")) {
        blocks++;
      }
    }
    return blocks;
  }
}
