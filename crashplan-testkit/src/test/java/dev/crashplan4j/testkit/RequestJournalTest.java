package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RequestJournalTest {

  // Lenient: some tests here call endpoints the console does not have, on purpose.
  @RegisterExtension
  final FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension().lenient()
      .seed(tenant -> tenant.addApiClient("id", "secret-value"));

  private FakeCrashPlanServer server;
  private PlainHttp http;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    http = new PlainHttp(server.baseUrl());
  }

  @Test
  void everyRequestIsRecordedWithItsMethodPathQueryBodyAndStatus() {
    String bearer = http.bearerFor("id", "secret-value");
    http.send("POST", "/api/v3/orgs", bearer, "{\"orgName\":\"Sales\"}");
    http.get("/api/v1/Org?pgNum=1&pgSize=5", bearer);

    assertThat(server.requests()).extracting(RecordedRequest::toString).containsExactly(
        "POST /api/v3/oauth/token?grant_type=client_credentials -> 200",
        "POST /api/v3/orgs -> 200",
        "GET /api/v1/Org?pgNum=1&pgSize=5 -> 200");
    assertThat(server.requests().get(1).body()).isEqualTo("{\"orgName\":\"Sales\"}");
    assertThat(server.requests().get(1).headers()).containsEntry("content-type", "application/json");
  }

  @Test
  void credentialsNeverReachTheJournal() {
    String bearer = http.bearerFor("id", "secret-value");
    http.get("/api/v1/Org", bearer);

    assertThat(server.requests()).extracting(request -> request.headers().get("authorization"))
        .containsExactly("Basic ****", "Bearer ****");
    assertThat(server.requests().toString()).doesNotContain("secret-value", bearer.substring(7));
  }

  @Test
  void takeRequestHandsOutRequestsOldestFirst() {
    http.get("/api/v3/LoginConfiguration?username=a", null);
    http.get("/api/v3/LoginConfiguration?username=b", null);

    assertThat(server.takeRequest(Duration.ofSeconds(1))).get().extracting(RecordedRequest::query).isEqualTo("username=a");
    assertThat(server.takeRequest(Duration.ofSeconds(1))).get().extracting(RecordedRequest::query).isEqualTo("username=b");
  }

  @Test
  void takeRequestIsEmptyWhenNoneComesInTime() {
    http.get("/api/v3/LoginConfiguration?username=a", null);
    server.takeRequest(Duration.ofSeconds(1));

    assertThat(server.takeRequest(Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void clearingForgetsWhatWasRecorded() {
    http.get("/api/v3/LoginConfiguration?username=a", null);

    server.clearRequests();

    assertThat(server.requestCount()).isZero();
    assertThat(server.takeRequest(Duration.ofMillis(10))).isEmpty();
  }

  @Test
  void anAuthorizationHeaderOfAnyShapeIsMasked() {
    http.get("/api/v1/Org", "raw-token-without-scheme");
    http.get("/api/v1/Org", "Bearer   spaced-token extra-part");
    http.get("/api/v1/Org", "Basic " + "aWQ6c2VjcmV0LXZhbHVl");

    assertThat(server.requests()).extracting(request -> request.headers().get("authorization"))
        .containsExactly("****", "Bearer ****", "Basic ****");
    assertThat(server.requests().toString()).doesNotContain("raw-token", "spaced-token", "extra-part", "aWQ6");
  }

  @Test
  void aFaultedRequestToAnUnknownEndpointIsUnserved() {
    server.failNext(2, Fault.status(503, "down"));

    http.get("/api/v1/Orgz", null);
    http.get("/api/v1/Org", null);

    assertThat(server.unservedRequests()).extracting(RecordedRequest::path).containsExactly("/api/v1/Orgz");
  }

  @Test
  void theJournalKeepsTheLatestRequestsUpToItsLimit() {
    RequestJournal journal = new RequestJournal(3);
    for (int i = 1; i <= 5; i++) {
      journal.record(new RecordedRequest("GET", "/" + i, "", java.util.Map.of(), "", 200), true);
    }

    assertThat(journal.requests()).extracting(RecordedRequest::path).containsExactly("/3", "/4", "/5");
    assertThat(journal.size()).isEqualTo(3);
    assertThat(journal.take(Duration.ZERO)).get().extracting(RecordedRequest::path).isEqualTo("/3");
  }
}
