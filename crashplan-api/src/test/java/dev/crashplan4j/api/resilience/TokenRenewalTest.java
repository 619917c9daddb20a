package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API-client tokens (900 s) renewed before they expire, on a clock the test moves. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenRenewalTest {

  private final ManualClock time = new ManualClock();
  private FakeCrashPlanServer server;
  private CrashPlanClient client;

  @BeforeEach
  void start() {
    server = FakeCrashPlanServer.start(time).addApiClient("id", "secret");
    client = CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient("id", "secret"))
        .clock(time).sleeper(time).build();
    client.orgs().getPage(1);
    server.clearRequests();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private List<String> lines() {
    return server.requests().stream().map(RecordedRequest::toString).collect(Collectors.toList());
  }

  @Test
  void aTokenWellWithinItsLifetimeIsReused() {
    time.advance(Duration.ofSeconds(800));

    client.orgs().getPage(1);

    assertThat(lines()).containsExactly("GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  @Test
  void aTokenIsRenewedAMinuteBeforeItExpiresWithoutA401() {
    time.advance(Duration.ofSeconds(850));

    client.orgs().getPage(1);

    assertThat(lines()).containsExactly(
        "POST /api/v3/oauth/token?grant_type=client_credentials -> 200", "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
    assertThat(server.tenant().tokensIssued()).isEqualTo(2);
  }

  @Test
  void aFailedEarlyRenewalKeepsTheTokenThatIsStillValid() {
    time.advance(Duration.ofSeconds(850));
    server.inject("POST /api/v3/oauth/token", 1, Fault.status(503, "busy"));

    client.orgs().getPage(1);

    assertThat(lines()).containsExactly(
        "POST /api/v3/oauth/token?grant_type=client_credentials -> 503", "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  @Test
  void afterAFailedEarlyRenewalTheNextTryWaitsAFewSeconds() {
    time.advance(Duration.ofSeconds(850));
    server.inject("POST /api/v3/oauth/token", 1, Fault.status(503, "busy"));
    client.orgs().getPage(1);

    client.orgs().getPage(1);
    time.advance(Duration.ofSeconds(6));
    client.orgs().getPage(1);

    assertThat(lines()).filteredOn(line -> line.startsWith("POST")).hasSize(2);
    assertThat(server.tenant().tokensIssued()).isEqualTo(2);
  }

  @Test
  void atTheLastMomentTheCallWaitsForTheRenewal() {
    time.advance(Duration.ofSeconds(895));

    client.orgs().getPage(1);

    assertThat(lines()).containsExactly(
        "POST /api/v3/oauth/token?grant_type=client_credentials -> 200", "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  @Test
  void aTokenTheConsoleRejectsIsRenewedOnce() {
    server.failNext(1, Fault.expiredToken());

    client.orgs().getPage(1);

    assertThat(lines()).containsExactly(
        "GET /api/v1/Org?pgNum=1&pgSize=500 -> 401",
        "POST /api/v3/oauth/token?grant_type=client_credentials -> 200",
        "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
    assertThat(server.tenant().tokensRevoked()).isEqualTo(1);
  }

  @Test
  void theUserAgentNamesTheSdkAndJavaWithTheCallersPrefixAndSuffix() {
    try (CrashPlanClient named = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).userAgentPrefix("hr-sync/2.1 ").userAgentSuffix(" (nightly)")
        .build()) {
      named.orgs().getPage(1);
    }
    assertThat(server.requests()).allSatisfy(request -> assertThat(request.headers().get("user-agent"))
        .matches("hr-sync/2\\.1 crashplan4j/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/\\S+ \\(nightly\\)"));
  }

  @Test
  void theFakesTokensExpireAfter900SecondsOfTheTestsClock() {
    // A client on the machine's clock never renews early here: only the fake's expiry can stop it.
    try (CrashPlanClient unaware = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).sleeper(time).build()) {
      unaware.orgs().getPage(1);
      time.advance(Duration.ofSeconds(899));
      unaware.orgs().getPage(1);
      server.clearRequests();
      time.advance(Duration.ofSeconds(1));

      unaware.orgs().getPage(1);
    }
    assertThat(lines()).containsExactly(
        "GET /api/v1/Org?pgNum=1&pgSize=500 -> 401",
        "POST /api/v3/oauth/token?grant_type=client_credentials -> 200",
        "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  @Test
  void sixteenThreadsInTheRenewalWindowCauseExactlyOneSignIn() throws Exception {
    time.advance(Duration.ofSeconds(850));
    ExecutorService threads = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(threads.submit(() -> {
          go.await();
          return client.orgs().getPage(1).orgs().size();
        }));
      }
      go.countDown();
      for (Future<Integer> call : calls) {
        assertThat(call.get()).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(server.tenant().tokensIssued()).isEqualTo(2);
    assertThat(lines()).filteredOn(line -> line.startsWith("POST")).hasSize(1);
    assertThat(lines()).filteredOn(line -> line.endsWith("401")).isEmpty();
  }
}
