package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.JsonBody;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.RecordedRequest;
import dev.crashplan4j.transport.feign.JsonBodies;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoints the SDK does not model, reached with the client's sign-in, retries and errors, over HTTP. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConsoleHttpTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private final ManualClock waits = new ManualClock();
  private FakeCrashPlanServer server;
  private CrashPlanClient client;

  @BeforeEach
  void start() {
    server = fake.server().addApiClient("id", "secret");
    server.tenant().addLocalUser("ana@example.test", "pw");
    server.tenant().addLocalUser("ben@example.test", "pw");
    client = CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient("id", "secret"))
        .sleeper(waits).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void usersAreListedThroughAnEndpointTheSdkDoesNotModel() {
    ApiResponse answer = client.http().get("/api/v1/User", QueryParameters.of("pgSize", "100"));

    JsonNode data = JsonBodies.data(answer);
    assertThat(data.get("totalCount").asInt()).isEqualTo(2);
    assertThat(data.get("users")).extracting(user -> user.get("username").asText())
        .containsExactly("ana@example.test", "ben@example.test");
    assertThat(server.requests()).extracting(RecordedRequest::toString)
        .containsExactly("POST /api/v3/oauth/token?grant_type=client_credentials -> 200", "GET /api/v1/User?pgSize=100 -> 200");
  }

  @Test
  void aGetWithABodyFailsBeforeSigningInOrSendingAnything() {
    assertThatThrownBy(() -> client.http().send(
            ApiRequest.of(ApiRequest.Method.GET, "/api/v1/User", QueryParameters.none(), JsonBody.of("{}")), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("GET /api/v1/User must not have a body");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aReadIsRetriedAsEveryCallIs() {
    client.http().get("/api/v1/User");
    server.failNext(1, Fault.tooManyRequests(Duration.ofSeconds(2)));
    server.tenant().expireAllTokens();

    assertThat(client.http().get("/api/v1/User").status()).isEqualTo(200);
    assertThat(waits.waits()).containsExactly(Duration.ofSeconds(2));
    assertThat(server.tenant().tokensIssued()).isEqualTo(2);
  }

  @Test
  void aRefusalIsItsTypedExceptionNamingTheRequest() {
    server.failNext(1, Fault.status(403, "not yours"));

    assertThatThrownBy(() -> client.http().get("/api/v1/User"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("GET /api/v1/User failed: HTTP 403: not yours");
  }

  @Test
  void aPostWhoseAnswerWasLostIsNotSentAgain() {
    client.http().get("/api/v1/User");
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

    assertThatThrownBy(() -> client.http().post("/api/v3/orgs", JsonBody.of("{\"orgName\":\"Raw\"}")))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(posts()).hasSize(1);
    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Raw")).hasSize(1);
  }

  @Test
  void aPostRefusedWith429IsSentAgain() {
    client.http().get("/api/v1/User");
    server.inject("POST /api/v3/orgs", 1, Fault.tooManyRequests(java.time.Duration.ZERO));

    ApiResponse answer = client.http().post("/api/v3/orgs", JsonBody.of("{\"orgName\":\"Raw\"}"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(posts()).hasSize(2);
    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Raw")).hasSize(1);
  }

  @Test
  void aPostTheCallerSaysIsSafeIsSentAgainAfterALostAnswer() {
    client.http().get("/api/v1/User");
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

    ApiResponse answer = client.http().send(ApiRequest.post("/api/v3/orgs", JsonBody.of("{\"orgName\":\"Raw\"}")), true);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(posts()).hasSize(2);
    assertThat(server.tenant().orgs()).as("sent twice, made twice").filteredOn(org -> org.name().equals("Raw"))
        .hasSize(2);
  }

  @Test
  void aPutWhoseAnswerWasLostIsSentAgainAsAReadWouldBe() {
    Org sales = server.tenant().addOrg("Sales");
    String path = "/api/v1/Org/" + sales.id();
    server.inject("PUT /api/v1/Org/{orgId}", 1, Fault.afterApplying(Fault.disconnect()));

    ApiResponse answer = client.http().put(path, JsonBody.of("{\"orgId\":" + sales.id() + ",\"orgName\":\"Sales EU\"}"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(server.requests()).filteredOn(request -> request.line().equals("PUT " + path)).hasSize(2);
    assertThat(server.tenant().org(sales.id()).orElseThrow().name()).isEqualTo("Sales EU");
  }

  @Test
  void aReadWhoseAnswerWasLostIsSentAgain() {
    server.inject("GET /api/v1/User", 1, Fault.disconnect());

    assertThat(client.http().get("/api/v1/User").status()).isEqualTo(200);
    assertThat(server.requests()).filteredOn(request -> request.line().equals("GET /api/v1/User")).hasSize(2);
  }

  private List<RecordedRequest> posts() {
    return server.requests().stream().filter(request -> request.line().equals("POST /api/v3/orgs")).toList();
  }
}
