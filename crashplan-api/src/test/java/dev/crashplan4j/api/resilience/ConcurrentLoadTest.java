package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 16 threads, 5,000 calls, one request in 20 answered 429 and the shared token expiring every
 * few hundred requests: every call succeeds, and each expiry costs exactly one sign-in.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrentLoadTest {

  private static final int THREADS = 16;
  private static final int CALLS = 5_000;

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  @Test
  void sixteenThreadsRideOutRateLimitsAndExpiringTokens(FakeCrashPlanServer server) throws Exception {
    rideOut(Executors.newFixedThreadPool(THREADS), server);
  }

  /**
   * The same on virtual threads, where the JDK has them (21 and later; CI runs the build on 25
   * too): no lock the client holds across a request may pin their carriers.
   */
  @Test
  void sixteenVirtualThreadsRideOutRateLimitsAndExpiringTokens(FakeCrashPlanServer server) throws Exception {
    Method virtual;
    try {
      virtual = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (NoSuchMethodException beforeJava21) {
      virtual = null;
    }
    assumeThat(virtual).as("virtual threads (Java 21+), this JVM is " + Runtime.version()).isNotNull();
    rideOut((ExecutorService) virtual.invoke(null), server);
  }

  private void rideOut(ExecutorService pool, FakeCrashPlanServer server) throws Exception {
    ManualClock time = new ManualClock();
    server.addApiClient("id", "secret");
    server.tenant().addOrgs(40);
    List<Org> all = server.tenant().orgs();
    server.injectEvery("GET /api/v1/Org", 20, Fault.tooManyRequests(Duration.ZERO));
    server.injectEvery("GET /api/v3/orgs/{orgGuid}", 20, Fault.tooManyRequests(Duration.ZERO));
    server.injectEvery("GET /api/v3/orgs/{orgGuid}", 300, Fault.expiredToken());
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).sleeper(time).pageSize(20)
        // Under 16 threads two attempts of one call can both land on a 20th request; with
        // ten attempts that all do is a chance of 1 in 20^9, so a failure here is a real one.
        .retries(Retries.builder().maxAttempts(10).build())
        .build()) {
      OrgService orgs = client.orgs();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          start.await();
          for (int i = thread; i < CALLS; i += THREADS) {
            try {
              if (i % 10 == 0) {
                orgs.getPage(1 + i % 2);
              } else {
                orgs.getById(all.get(i % all.size()).id());
              }
            } catch (RuntimeException failed) {
              failures.add(failed);
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(100, TimeUnit.SECONDS);
      }
      pool.shutdown();
    }

    assertThat(failures).as("failures a retry could have saved").isEmpty();
    long answered = server.requests().stream().filter(request -> request.status() == 200).count();
    assertThat(answered).isGreaterThanOrEqualTo(CALLS);
    long rateLimited = server.requests().stream().filter(request -> request.status() == 429).count();
    assertThat(rateLimited).isGreaterThan(CALLS / 25);
    int expiries = server.tenant().tokensRevoked();
    assertThat(expiries).isGreaterThan(5);
    long signIns = server.requests().stream().map(RecordedRequest::line).filter("POST /api/v3/oauth/token"::equals).count();
    assertThat(signIns).as("one sign-in at the start and one per expiry").isEqualTo(1 + expiries);
  }
}
