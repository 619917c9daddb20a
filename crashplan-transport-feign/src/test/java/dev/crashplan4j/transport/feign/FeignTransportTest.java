package dev.crashplan4j.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.NotFoundException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.Dispatcher;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Feign transport at the port, over real HTTP against the fake console: what it sends and
 * how it reads what comes back. (What every transport must do is {@link FeignTransportContractTest}.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FeignTransportTest {

  private static final ApiClientTokenRequest API_CLIENT =
      ApiClientTokenRequest.builder().clientId("id").secret("secret").build();

  @RegisterExtension
  final FakeCrashPlanServerExtension console = FeignConsole.extension("feign-test/1");

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private CrashPlanTransport transport;
  private BearerToken token;

  @BeforeEach
  void start(FakeCrashPlanServer server, CrashPlanTransport transport) {
    this.server = server;
    tenant = server.tenant();
    this.transport = transport;
    token = transport.requestApiClientToken(API_CLIENT);
    server.clearRequests();
  }

  private RecordedRequest lastRequest() {
    List<RecordedRequest> requests = server.requests();
    return requests.get(requests.size() - 1);
  }

  @Test
  void anOrgIsReadByGuidWithEveryFieldItCarries() {
    Org parent = tenant.addOrg("Sales");
    Org child = tenant.addOrg("Sales EMEA", parent.id());

    Org read = transport.getOrg(token, child.ref(), QueryParameters.none());

    assertThat(lastRequest().line()).isEqualTo("GET /api/v3/orgs/" + child.guid());
    assertThat(read.parentGuid()).contains(parent.guid());
    assertThat(read.status()).isEqualTo(OrgStatus.ACTIVE);
    assertThat(read.creationDate()).isPresent();
    assertThat(read.otherFields()).containsEntry("externalId", child.uid().value()).containsKey("reporting");
    assertThat(read).isEqualTo(tenant.org(child.id()).orElseThrow());
  }

  @Test
  void everyRequestCarriesTheClientsHeaders() {
    transport.listOrgs(token, 1, 10, QueryParameters.none());

    RecordedRequest request = lastRequest();
    assertThat(request.headers()).containsEntry("authorization", "Bearer ****").containsEntry("user-agent", "feign-test/1");
    assertThat(request.query()).isEqualTo("pgNum=1&pgSize=10");
  }

  @Test
  void bothEnvelopesAreReadWithUnknownFields() {
    String org = "{\"orgId\":5,\"orgUid\":\"55\",\"orgGuid\":\"g5\",\"orgName\":\"Bare\",\"active\":true,"
        + "\"blocked\":false,\"status\":\"Archived\",\"brandNewField\":{\"x\":[1,2]},"
        + "\"creationDate\":\"2021-06-17T15:20:31.207-0500\"}";
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(200, "{\"totalCount\":1,\"orgs\":[" + org + "]}"));
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(200, "{\"data\":{\"orgs\":[" + org + "],\"totalCount\":1}}"));

    OrgPage bare = transport.listOrgs(token, 1, 10, QueryParameters.none());
    OrgPage enveloped = transport.listOrgs(token, 1, 10, QueryParameters.none());

    Org read = bare.orgs().get(0);
    assertThat(read.status()).isEqualTo(OrgStatus.UNKNOWN);
    assertThat(read.statusText()).isEqualTo("Archived");
    assertThat(read.otherFields()).containsEntry("brandNewField", Map.of("x", List.of(1, 2)));
    assertThat(read.creationDate().orElseThrow().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    assertThat(enveloped.orgs()).containsExactly(read);
    assertThat(enveloped.totalCount()).isEqualTo(1);
  }

  @Test
  void anEnvelopeIsReadWhateverTheOrderOfItsKeys() {
    Org sales = tenant.addOrg("Sales");
    String org = "{\"orgId\":5,\"orgUid\":\"55\",\"orgGuid\":\"g5\",\"orgName\":\"Late\",\"active\":true,\"blocked\":false}";
    server.enqueue("GET /api/v3/orgs/{orgGuid}",
        ConsoleAnswer.of(200, "{\"error\":null,\"metadata\":{\"timestamp\":\"t\"},\"data\":" + org + "}"));
    server.enqueue("GET /api/v3/orgs/{orgGuid}", ConsoleAnswer.of(200, "{\"data\":" + org + ",\"metadata\":{}}"));

    assertThat(transport.getOrg(token, sales.ref(), QueryParameters.none()).name()).isEqualTo("Late");
    assertThat(transport.getOrg(token, sales.ref(), QueryParameters.none()).name()).isEqualTo("Late");
  }

  @Test
  void aBarePayloadWithADataFieldStaysBare() {
    Org sales = tenant.addOrg("Sales");
    server.enqueue("GET /api/v3/orgs/{orgGuid}", ConsoleAnswer.of(200,
        "{\"data\":{\"x\":1},\"orgId\":6,\"orgUid\":\"66\",\"orgGuid\":\"g6\",\"orgName\":\"Bare\",\"active\":true,\"blocked\":false}"));

    Org bare = transport.getOrg(token, sales.ref(), QueryParameters.none());
    assertThat(bare.name()).isEqualTo("Bare");
    assertThat(bare.otherFields()).containsEntry("data", Map.of("x", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"data\":%s,\"error\":null,\"warnings\":null}",
      "{\"warnings\":null,\"error\":null,\"data\":%s}",
      "{\"metadata\":{\"timestamp\":\"t\"},\"warnings\":[{\"name\":\"DEPRECATED\"}],\"data\":%s,\"error\":null}",
      "{\"error\":[{\"name\":\"PARTIAL\"}],\"data\":%s,\"warnings\":null}"})
  void anOrgEnvelopedWithErrorsIsRead(String envelope) {
    Org sales = tenant.addOrg("Sales");
    String org = "{\"orgId\":5,\"orgUid\":\"55\",\"orgGuid\":\"g5\",\"orgName\":\"Late\",\"active\":true,\"blocked\":false}";
    server.enqueue("GET /api/v3/orgs/{orgGuid}", ConsoleAnswer.of(200, envelope.formatted(org)));

    Org read = transport.getOrg(token, sales.ref(), QueryParameters.none());

    assertThat(read.name()).isEqualTo("Late");
    assertThat(read.otherFields()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":900}",
      "{\"data\":{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":900}}",
      "{\"data\":{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":900},\"error\":null,\"warnings\":null}",
      "{\"warnings\":null,\"error\":null,\"data\":{\"expires_in\":900,\"access_token\":\"tok-1\"}}"})
  void anApiClientTokenIsReadBareOrEnveloped(String body) {
    server.enqueue("POST /api/v3/oauth/token", ConsoleAnswer.of(200, body));

    BearerToken read = transport.requestApiClientToken(API_CLIENT);

    assertThat(read.value()).isEqualTo("tok-1");
    assertThat(read.expiresIn()).contains(Duration.ofSeconds(900));
    assertThat(lastRequest().toString()).isEqualTo("POST /api/v3/oauth/token?grant_type=client_credentials -> 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"v3_user_token\":\"jwt-1\"}",
      "{\"data\":{\"v3_user_token\":\"jwt-1\"}}",
      "{\"data\":{\"v3_user_token\":\"jwt-1\"},\"error\":null,\"warnings\":null}",
      "{\"warnings\":[{\"name\":\"PASSWORD_EXPIRES_SOON\"}],\"data\":{\"v3_user_token\":\"jwt-1\"},\"error\":null}"})
  void aLocalUsersTokenIsReadBareOrEnveloped(String body) {
    server.enqueue("GET /api/v3/auth/jwt", ConsoleAnswer.of(200, body));

    BearerToken read = transport.requestUserToken(UserTokenRequest.builder().username("ana@example.test").password("pw").build());

    assertThat(read.value()).isEqualTo("jwt-1");
    assertThat(lastRequest().toString()).isEqualTo("GET /api/v3/auth/jwt?useBody=true -> 200");
  }

  @Test
  void aTokenAnswerWithoutATokenIsAnUnexpectedResponse() {
    server.enqueue("POST /api/v3/oauth/token", ConsoleAnswer.of(200, "{\"data\":{\"token_type\":\"bearer\"},\"error\":null}"));

    assertThatThrownBy(() -> transport.requestApiClientToken(API_CLIENT))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageStartingWith("requestApiClientToken for API client id failed: HTTP 200: expected an access_token");
  }

  @Test
  void aTokenAnswerWithoutATokenSaysWhatCameMasked() {
    server.enqueue("POST /api/v3/oauth/token", ConsoleAnswer.of(200,
        "{\"data\":{\"token_type\":\"bearer\",\"refresh_token\":\"RT-4567\"},\"error\":null}"));

    assertThatThrownBy(() -> transport.requestApiClientToken(API_CLIENT))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("requestApiClientToken for API client id failed: HTTP 200: expected an access_token but got:"
            + " {\"data\":{\"token_type\":\"****\",\"refresh_token\":\"****\"},\"error\":null}"); // the rule errs on hiding
  }

  @Test
  void aUserTokenAnswerWithoutATokenSaysWhatCameMasked() {
    tenant.addLocalUser("ana", "pw");
    server.enqueue("GET /api/v3/auth/jwt", ConsoleAnswer.of(200, "{\"data\":{\"jwt\":\"x\",\"apiKey\":\"AK-7890\"}}"));

    assertThatThrownBy(() -> transport.requestUserToken(UserTokenRequest.builder().username("ana").password("pw").build()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("expected a v3_user_token but got: {\"data\":{\"jwt\":\"x\",\"apiKey\":\"****\"}}")
        .hasMessageNotContaining("AK-7890");
  }

  @Test
  void noBodyExcerptInAMessageShowsASecretField() {
    String secrets = "{\"accessToken\":\"AT-1234\",\"nested\":[{\"refresh_token\":\"RT-4567\"}],\"apiKey\":\"AK-7890\"}";
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(200, "[" + secrets + "]"));
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(400, secrets));
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(200, "<p>accessToken=AT-1234&refresh_token: RT-4567 apiKey=\"AK-7890\"</p>"));
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(200, secrets.substring(0, secrets.length() - 3)));

    for (int answer = 1; answer <= 4; answer++) {
      assertThatThrownBy(() -> transport.listOrgs(token, 1, 500, QueryParameters.none())).as("answer %d", answer)
          .isInstanceOf(CrashPlanException.class)
          .hasMessageContaining("****")
          .hasMessageNotContainingAny("AT-1234", "RT-4567", "AK-7890");
    }
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnexpectedResponseShowingItsStart() {
    server.enqueue("*", ConsoleAnswer.of(200, "<html><body>Service temporarily unavailable</body></html>"));

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 500, QueryParameters.none()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("listOrgs page 1 of size 500 failed: HTTP 200: expected a JSON OrgList but got:"
            + " <html><body>Service temporarily unavailable</body></html>");
  }

  @Test
  void anEmptyBodyWhereAnOrgWasExpectedSaysSo() {
    Org sales = tenant.addOrg("Sales");
    server.enqueue("*", ConsoleAnswer.of(200, ""));

    assertThatThrownBy(() -> transport.getOrg(token, sales.ref(), QueryParameters.none()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageEndingWith("failed: HTTP 200: expected a JSON Org but got an empty body");
  }

  @Test
  void anOrgMissingARequiredFieldIsRefusedNamingIt() {
    server.enqueue("*", ConsoleAnswer.of(200, "{\"data\":{\"totalCount\":1,\"orgs\":[{\"orgId\":5,\"orgName\":\"x\"}]}}"));

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 500, QueryParameters.none()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("listOrgs page 1 of size 500 failed: HTTP 200: the answer could not be read:"
            + " Cannot build Org, some of required attributes are not set [uid, guid, active, blocked]");
  }

  @Test
  void aDateTheSdkCannotReadIsAnUnexpectedResponse() {
    server.enqueue("*", ConsoleAnswer.of(200, "{\"totalCount\":1,\"orgs\":[{\"orgId\":5,\"orgUid\":\"55\",\"orgGuid\":\"g5\","
        + "\"orgName\":\"x\",\"active\":true,\"blocked\":false,\"creationDate\":\"yesterday\"}]}"));

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 500, QueryParameters.none()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("listOrgs page 1 of size 500 failed: HTTP 200: the answer could not be read:"
            + " Text 'yesterday' could not be parsed at index 0");
  }

  @Test
  void aRateLimitKeepsTheWaitTheConsoleAskedFor() {
    server.failNext(1, Fault.tooManyRequests(Duration.ofSeconds(7)));

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 10, QueryParameters.none()))
        .isInstanceOfSatisfying(TooManyRequestsException.class,
            thrown -> assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7)));
  }

  @Test
  void aBlockAnsweredWithAForeignPageIsNotTakenForDone() {
    Org sales = tenant.addOrg("Sales");
    server.failNext(1, Fault.malformedBody());

    assertThatThrownBy(() -> transport.blockOrg(token, sales.ref()))
        .isInstanceOf(UnexpectedResponseException.class);
    assertThat(tenant.org(sales.id()).orElseThrow().blocked()).isFalse();
  }

  @Test
  void aDroppedConnectionMayHaveReachedTheConsole() {
    server.failNext(1, Fault.disconnect());

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 10, QueryParameters.none()))
        .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isTrue());
    assertThat(server.requestCount()).as("sent once, never again by OkHttp").isEqualTo(1);
  }

  @Test
  void aConsoleThatIsNotThereWasNeverReached() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (CrashPlanTransport nowhere = new FeignTransportProvider().create(
        TransportConfig.builder().baseUrl(URI.create("http://127.0.0.1:" + closedPort)).build())) {
      assertThatThrownBy(() -> nowhere.requestApiClientToken(API_CLIENT))
          .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isFalse())
          .satisfies(thrown -> assertThat(((CrashPlanException) thrown).getMessage()).doesNotContain("secret"));
    }
  }

  @Test
  void aTlsHandshakeThatFailsProvesTheRequestNeverLeft() {
    // The plain HTTP server never answers the TLS hello: the handshake times out.
    try (CrashPlanTransport tls = new FeignTransportProvider().create(TransportConfig.builder()
        .baseUrl(URI.create("https://127.0.0.1:" + server.port()))
        .readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(5)).build())) {
      assertThatThrownBy(() -> tls.requestApiClientToken(API_CLIENT))
          .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isFalse());
    }
    assertThat(server.requests()).as("the plain HTTP server saw no request it could read").isEmpty();
  }

  @Test
  void aFailureThatIsNotAnUnreadableAnswerSurfacesAsItself() {
    try (CrashPlanTransport broken = new FeignTransportProvider().create(TransportConfig.builder()
        .baseUrl(URI.create(server.baseUrl())).userAgent("line\nbreak").build())) {
      assertThatThrownBy(() -> broken.listOrgs(token, 1, 10, QueryParameters.none()))
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(CrashPlanException.class);
    }
  }

  @Test
  void aSavedDocumentWithoutIdsTakesTheRequestsIds() {
    Org sales = tenant.addOrg("Sales");
    Dispatcher console = server.consoleRoutes();
    // An older console: the saved document comes back without orgGuid and orgUid.
    server.dispatcher(request -> console.dispatch(request).map(answer -> request.method().equals("PUT")
        ? ConsoleAnswer.of(answer.status(), answer.body()
            .replace("\"orgGuid\":\"" + sales.guid() + "\",", "").replace("\"orgUid\":\"" + sales.uid() + "\",", ""))
        : answer));
    Map<String, Object> document = transport.getOrgDocument(token, sales.ref());
    document.put("notes", "saved by an older console");

    Org saved = transport.putOrgDocument(token, sales.ref(), document);

    assertThat(server.requests().get(server.requestCount() - 1).status()).isEqualTo(200);
    assertThat(saved.guid()).isEqualTo(sales.guid());
    assertThat(saved.uid()).isEqualTo(sales.uid());
    assertThat(saved.notes()).contains("saved by an older console");
    assertThat(tenant.org(sales.id()).orElseThrow().notes()).contains("saved by an older console");
  }

  @Test
  void theUsersOwnOkHttpClientIsKeptAsItIs() {
    okhttp3.ConnectionPool shared = new okhttp3.ConnectionPool();
    okhttp3.OkHttpClient teams = teamsClient(shared);
    FeignTransportProvider provider = FeignTransportProvider.withOkHttpClient(teams);
    try (CrashPlanTransport first = provider.create(TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build());
        CrashPlanTransport second = provider.create(TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build())) {
      BearerToken mine = first.requestApiClientToken(API_CLIENT);
      second.listOrgs(mine, 1, 10, QueryParameters.none());
      assertThat(shared.connectionCount()).as("one connection in the team's pool served both transports").isEqualTo(1);
    }

    assertThat(server.requests()).allSatisfy(request -> assertThat(request.headers()).containsEntry("x-team", "hr-sync"));
    assertThat(teams.dispatcher().executorService().isShutdown()).as("closing the transports left the team's client alone")
        .isFalse();
  }

  @Test
  void theUsersOwnOkHttpClientResendsNothingSilently() {
    FeignTransportProvider provider = FeignTransportProvider.withOkHttpClient(teamsClient(new okhttp3.ConnectionPool()));
    try (CrashPlanTransport first = provider.create(TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build())) {
      BearerToken mine = first.requestApiClientToken(API_CLIENT);
      server.failNext(1, Fault.disconnect());

      assertThatThrownBy(() -> first.createOrg(mine, CreateOrgRequest.of(dev.crashplan4j.core.domain.NewOrg.builder().name("Once").build())))
          .isInstanceOf(TransportFailureException.class);
    }

    assertThat(server.requests()).filteredOn(request -> request.line().equals("POST /api/v3/orgs")).hasSize(1);
  }

  /** A team's own client: its pool, its interceptor, and OkHttp's silent retry turned on. */
  private static okhttp3.OkHttpClient teamsClient(okhttp3.ConnectionPool pool) {
    return new okhttp3.OkHttpClient.Builder()
        .connectionPool(pool)
        .retryOnConnectionFailure(true) // the SDK turns it off: a create must not be resent by the socket
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Team", "hr-sync").build()))
        .build();
  }

  @Test
  void onTheUsersOwnOkHttpClientItsReadTimeoutIsTheOneThatCounts() {
    // Feign's own OkHttp adapter applied the transport's 60 s read timeout over the team's,
    // rebuilding the team's client for every request to do it.
    okhttp3.OkHttpClient impatient = new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).build();
    try (CrashPlanTransport transport = FeignTransportProvider.withOkHttpClient(impatient)
        .create(TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).readTimeout(Duration.ofSeconds(60)).build())) {
      BearerToken mine = transport.requestApiClientToken(API_CLIENT);
      server.failNext(1, Fault.delay(Duration.ofSeconds(5)));
      long started = System.nanoTime();

      assertThatThrownBy(() -> transport.listOrgs(mine, 1, 10, QueryParameters.none()))
          .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isTrue())
          .hasMessageStartingWith("listOrgs page 1 of size 10 failed")
          .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("cut at the team's 200 ms, not after the 5 s delay")
          .isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void aValueWithASlashStaysOnePathSegment() {
    OrgRef odd = new OrgRef(new OrgId(7), new OrgUid("uid"), new OrgGuid("a/b"));

    assertThatThrownBy(() -> transport.blockOrg(token, odd)).isInstanceOf(NotFoundException.class);
    assertThat(lastRequest().path()).isEqualTo("/api/v3/orgs/a%2Fb/block");
  }

  @Test
  void aConsoleUnderAPathKeepsThatPathInEveryRequest() {
    try (CrashPlanTransport proxied = new FeignTransportProvider().create(TransportConfig.builder()
        .baseUrl(URI.create(server.baseUrl() + "/crashplan/")).build())) {
      assertThatThrownBy(() -> proxied.listOrgs(token, 2, 50, QueryParameters.none())).isInstanceOf(NotFoundException.class);
    }
    assertThat(lastRequest().path()).isEqualTo("/crashplan/api/v1/Org");
    assertThat(lastRequest().query()).isEqualTo("pgNum=2&pgSize=50");
  }

  private static Fault fault(String name) {
    return switch (name) {
      case "429" -> Fault.tooManyRequests(Duration.ofSeconds(7));
      case "503" -> Fault.status(503, "{\"error\":\"down for maintenance\"}");
      case "404" -> Fault.status(404, "{\"error\":\"no such thing\"}");
      case "disconnect" -> Fault.disconnect();
      case "truncated" -> Fault.truncatedBody();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private CrashPlanException failureOf(String fault, Runnable request) {
    server.inject("GET /api/v1/Org", 1, fault(fault));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(request::run);
    assertThat(thrown).as("the request under %s", fault).isInstanceOf(CrashPlanException.class);
    return (CrashPlanException) thrown;
  }

  @ParameterizedTest
  @ValueSource(strings = {"429", "503", "404", "disconnect", "truncated"})
  void anyEndpointFailsAsTheTypedCallFails(String fault) {
    CrashPlanException typed = failureOf(fault, () -> transport.listOrgs(token, 1, 10, QueryParameters.none()));
    CrashPlanException raw = failureOf(fault, () -> transport.send(token, ApiRequest.get("/api/v1/Org",
        QueryParameters.builder().putParameters("pgNum", "1").putParameters("pgSize", "10").build())));

    assertThat(raw).isExactlyInstanceOf(typed.getClass());
    assertThat(raw.httpStatus()).isEqualTo(typed.httpStatus());
    assertThat(raw.responseBody()).isEqualTo(typed.responseBody());
    assertThat(raw.reason()).isEqualTo(typed.reason());
    if (typed instanceof TooManyRequestsException limited) {
      assertThat(((TooManyRequestsException) raw).retryAfter()).isEqualTo(limited.retryAfter()).contains(Duration.ofSeconds(7));
    }
    if (typed instanceof TransportFailureException failed) {
      assertThat(((TransportFailureException) raw).requestSent()).isEqualTo(failed.requestSent());
    }
  }
}
