package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.transport.feign.FeignTransportProvider;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.BadRequestException;
import dev.crashplan4j.core.error.ConflictException;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.error.UserLoginRequiredException;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.TransportConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client over real HTTP through the default transport, against the fake console. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientOverHttpTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private static final String CLIENT_ID = "key-7f3a";
  private static final String SECRET = "s3cret-api-client-value";

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private CrashPlanClient client;
  private OrgService orgs;

  @BeforeEach
  void startServer() {
    server = fake.server().addApiClient(CLIENT_ID, SECRET);
    tenant = server.tenant();
    client = clientWith(Credentials.apiClient(CLIENT_ID, SECRET));
    orgs = client.orgs();
  }

  @AfterEach
  void stopServer() {
    client.close();
  }

  // Without retries: these tests are about what one request's failure becomes; retries have their own tests.
  private CrashPlanClient clientWith(Credentials credentials) {
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(credentials).retries(Retries.none()).build();
  }

  private List<String> requestLines() {
    return server.requests().stream().map(RecordedRequest::line).collect(Collectors.toList());
  }

  @Test
  void theFeignTransportIsFoundOnTheClassPath() {
    Org root = orgs.getById(tenant.rootOrg().id());

    assertThat(root.name()).isEqualTo(FakeTenant.ROOT_ORG_NAME);
  }

  @Test
  void getByIdUsesTheGuidOnTheV3Endpoint() {
    Org sales = tenant.addOrg("Sales");

    orgs.getById(sales.id());

    assertThat(requestLines()).endsWith("GET /api/v3/orgs/" + sales.guid());
  }

  @Test
  void getByIdPassesExtraQueryParametersThrough() {
    Org sales = tenant.addOrg("Sales");

    orgs.getById(sales.id(), QueryParameters.of("incCounts", "true"));

    assertThat(server.requests().get(server.requestCount() - 1).query()).isEqualTo("incCounts=true");
  }

  @Test
  void getByUidResolvesTheUidToTheGuid() {
    Org sales = tenant.addOrg("Sales");

    assertThat(orgs.getByUid(sales.uid()).id()).isEqualTo(sales.id());
  }

  @Test
  void anIdThatExistsNowhereRaisesOrgNotFoundNamingIt() {
    tenant.addOrg("Sales");

    assertThatThrownBy(() -> orgs.getById(OrgId.of(9999)))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("getById org 9999 failed: no organization with org id 9999 exists");
    assertThatThrownBy(() -> orgs.block(OrgId.of(9999)))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("block org 9999 failed: no organization with org id 9999 exists");
    assertThatThrownBy(() -> orgs.getByUid(OrgUid.of("123")))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("getByUid org uid 123 failed: no organization with org uid 123 exists");
  }

  @Test
  void anOrgDeletedSinceItWasLearnedIsOrgNotFound() {
    Org sales = tenant.addOrg("Sales");
    orgs.getById(sales.id());
    server.failNext(1, Fault.status(404, "[{\"name\":\"ORG_NOT_FOUND\",\"description\":\"gone\"}]"));

    assertThatThrownBy(() -> orgs.getById(sales.id()))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessageStartingWith("getById org " + sales.id() + " failed: HTTP 404: no organization with org id " + sales.id() + " exists")
        .hasMessageContaining("gone");
  }

  @Test
  void getCurrentAnswersTheSignedInUsersOrg() {
    tenant.addLocalUser("admin@example.com", "pa55word");
    try (CrashPlanClient user = clientWith(Credentials.localAccount("admin@example.com", "pa55word"))) {
      assertThat(user.orgs().getCurrent().name()).isEqualTo(FakeTenant.ROOT_ORG_NAME);
    }
    assertThat(requestLines()).contains("GET /api/v3/auth/jwt", "GET /api/v1/Org/my");
    assertThat(server.requests().get(0).headers()).containsEntry("authorization", "Basic ****")
        .doesNotContainKey("totp-auth");
  }

  @Test
  void getCurrentUnderAnApiClientIsRefusedWithoutSendingARequest() {
    assertThatThrownBy(() -> orgs.getCurrent())
        .isInstanceOf(UserLoginRequiredException.class)
        .hasMessage("getCurrent failed: it needs a user login (Credentials.localAccount or"
            + " Credentials.jwtProvider), and this client signs in as an API client");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void theConsoleItselfRefusesOrgMyForApiClientTokens() {
    try (CrashPlanClient jwt = clientWith(Credentials.jwtProvider(() -> apiClientTokenFor(CLIENT_ID, SECRET)))) {
      assertThatThrownBy(() -> jwt.orgs().getCurrent())
          .isInstanceOf(ServerErrorException.class)
          .hasMessageStartingWith("getCurrent failed: HTTP 500");
    }
  }

  private String apiClientTokenFor(String id, String secret) {
    try (CrashPlanTransport transport = new FeignTransportProvider().create(
        TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build())) {
      return transport.requestApiClientToken(ApiClientTokenRequest.builder().clientId(id).secret(secret).build()).value();
    }
  }

  @Test
  void createOrgAnswersTheNewOrgWithTheFieldsSent() {
    Org parent = tenant.addOrg("Sales");

    Org created = orgs.createOrg(NewOrg.builder()
        .name("Sales APAC").externalReference("CC-4411").notes("opened 2026").parentOrgUid(parent.uid()).build());

    assertThat(created.name()).isEqualTo("Sales APAC");
    assertThat(created.externalReference()).contains("CC-4411");
    assertThat(created.notes()).contains("opened 2026");
    assertThat(created.parentId()).contains(parent.id());
    RecordedRequest post = server.requests().get(server.requestCount() - 1);
    assertThat(post.line()).isEqualTo("POST /api/v3/orgs");
    assertThat(post.body()).isEqualTo("{\"orgName\":\"Sales APAC\",\"orgExtRef\":\"CC-4411\","
        + "\"notes\":\"opened 2026\",\"parentOrgGuid\":\"" + parent.guid() + "\"}");
  }

  @Test
  void aCreatedOrgIsKnownWithoutAnotherListing() {
    Org created = orgs.createOrg(NewOrg.builder().name("Support").build());
    server.clearRequests();

    orgs.block(created.id());

    assertThat(requestLines()).containsExactly("POST /api/v3/orgs/" + created.guid() + "/block");
  }

  @Test
  void createOrgUnderAParentThatExistsNowhereSendsNothing() {
    assertThatThrownBy(() -> orgs.createOrg(NewOrg.builder().name("Orphan").parentOrgUid(OrgUid.of("404")).build()))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("createOrg Orphan failed: no organization with org uid 404 exists");
    assertThat(requestLines()).doesNotContain("POST /api/v3/orgs");
  }

  @Test
  void getPageAnswersTheRequestedPageWithTheTotal() {
    tenant.addOrgs(11);

    OrgPage page = orgs.getPage(2, 5);

    assertThat(page.pageNum()).isEqualTo(2);
    assertThat(page.pageSize()).isEqualTo(5);
    assertThat(page.totalCount()).isEqualTo(12);
    assertThat(page.orgs()).extracting(org -> org.id().value()).containsExactly(6L, 7L, 8L, 9L, 10L);
    assertThat(server.requests().get(server.requestCount() - 1).query()).isEqualTo("pgNum=2&pgSize=5");
  }

  @Test
  void getPageWithoutASizeUsesTheClientsPageSize() {
    try (CrashPlanClient small = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient(CLIENT_ID, SECRET)).pageSize(3).build()) {
      assertThat(small.orgs().getPage(1).pageSize()).isEqualTo(3);
    }
    assertThat(server.requests().get(server.requestCount() - 1).query()).isEqualTo("pgNum=1&pgSize=3");
  }

  @Test
  void getAllRequestsOnlyThePagesThatAreConsumed() {
    tenant.addOrgs(20);
    try (CrashPlanClient small = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient(CLIENT_ID, SECRET)).pageSize(5).build()) {
      List<OrgPage> firstTwo = small.orgs().getAll().limit(2).collect(Collectors.toList());

      assertThat(firstTwo).extracting(OrgPage::pageNum).containsExactly(1, 2);
      assertThat(requestLines().stream().filter("GET /api/v1/Org"::equals)).hasSize(2);
    }
  }

  @Test
  void streamOrgsWalksThePagesUpToTheShortOne() {
    tenant.addOrgs(11);
    try (CrashPlanClient small = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient(CLIENT_ID, SECRET)).pageSize(5).build()) {
      assertThat(small.orgs().streamOrgs()).hasSize(12);
    }
    assertThat(requestLines().stream().filter("GET /api/v1/Org"::equals)).hasSize(3);
  }

  @Test
  void aParentsBlockOrUnblockReachesItsDescendants() {
    Org parent = tenant.addOrg("Sales");
    Org child = tenant.addOrg("Sales EMEA", parent.id());
    Org grandchild = tenant.addOrg("Sales DACH", child.id());
    Org sibling = tenant.addOrg("Support");

    orgs.block(parent.id());

    assertThat(orgs.getById(child.id()).blocked()).isTrue();
    assertThat(orgs.getById(grandchild.id()).blocked()).isTrue();
    assertThat(orgs.getById(sibling.id()).blocked()).isFalse();

    orgs.unblock(parent.id());

    assertThat(orgs.getById(grandchild.id()).blocked()).isFalse();
  }

  @Test
  void aParentsDeactivationOrReactivationReachesDescendants() {
    Org parent = tenant.addOrg("Sales");
    Org child = tenant.addOrg("Sales EMEA", parent.id());

    orgs.deactivate(parent.id());
    Org deactivated = orgs.getById(child.id());

    assertThat(deactivated.status()).isEqualTo(OrgStatus.DEACTIVATED);
    assertThat(deactivated.active()).isFalse();
    assertThat(deactivated.deactivationDate()).isPresent();

    orgs.reactivate(parent.id());

    assertThat(orgs.getById(child.id()).status()).isEqualTo(OrgStatus.ACTIVE);
    assertThat(requestLines()).contains(
        "POST /api/v3/orgs/" + parent.guid() + "/deactivate", "POST /api/v3/orgs/" + parent.guid() + "/activate");
  }

  @Test
  void updateOrgSendsOnlyTheFieldsGiven() {
    Org sales = tenant.addOrg("Sales");
    orgs.updateOrg(sales.id(), OrgUpdate.builder().notes("first").externalReference("X-1").build());

    Org updated = orgs.updateOrg(sales.id(), OrgUpdate.builder().name("Sales EMEA").build());

    assertThat(updated.name()).isEqualTo("Sales EMEA");
    assertThat(updated.notes()).contains("first");
    assertThat(updated.externalReference()).contains("X-1");
    RecordedRequest put = server.requests().get(server.requestCount() - 1);
    assertThat(put.line()).isEqualTo("PUT /api/v3/orgs/" + sales.guid());
    assertThat(put.body()).isEqualTo("{\"orgName\":\"Sales EMEA\"}");
  }

  @Test
  void agentStatesKeepTheFieldsTheSdkDoesNotModel() {
    Org sales = tenant.addOrg("Sales");
    tenant.addDevice(sales.id(), "laptop-1", Map.of("fullDiskAccess", "true"));
    tenant.addDevice(sales.id(), "laptop-2", Map.of("fullDiskAccess", "false"));

    List<AgentState> states = orgs.getAgentFullDiskAccessStates(sales.id());

    assertThat(states).extracting(state -> state.value().orElseThrow()).containsExactly("true", "false");
    assertThat(states).allSatisfy(state -> {
      assertThat(state.propertyName()).contains("fullDiskAccess");
      assertThat(state.deviceGuid()).isPresent();
      assertThat(state.otherFields()).containsKeys("deviceName", "orgId", "active");
    });
    assertThat(server.requests().get(server.requestCount() - 1).query())
        .isEqualTo("orgId=" + sales.id() + "&propertyName=fullDiskAccess");
  }

  @Test
  void orgIdMapHoldsEveryOrgOfTheTenant() {
    tenant.addOrgs(3);

    Map<OrgId, OrgGuid> map = orgs.orgIdMap();

    assertThat(map).hasSize(4);
    tenant.orgs().forEach(org -> assertThat(map).containsEntry(org.id(), org.guid()));
  }

  @Test
  void orgsBeyondTheFirstPageOf1200AreFound() {
    tenant.addOrgs(1199);
    Org last = tenant.orgs().get(1199);

    assertThat(orgs.getById(last.id()).name()).isEqualTo(last.name());
    assertThat(orgs.getByUid(tenant.orgs().get(1100).uid()).id()).isEqualTo(tenant.orgs().get(1100).id());
    Org child = orgs.createOrg(NewOrg.builder().name("Deep child").parentOrgUid(last.uid()).build());

    assertThat(child.parentId()).contains(last.id());
    assertThat(requestLines().stream().filter("GET /api/v1/Org"::equals))
        .as("one listing of three pages learns every org")
        .hasSize(3);
  }

  @Test
  void aLocalAccountWithTwoFactorSendsAFreshCodeAtEverySignIn() {
    tenant.addLocalUser("2fa@example.com", "pa55word", "JBSWY3DPEHPK3PXP");
    int[] codesAsked = {0};
    Credentials credentials = Credentials.localAccount("2fa@example.com", "pa55word", () -> {
      codesAsked[0]++;
      return tenant.totpCode("JBSWY3DPEHPK3PXP");
    });
    try (CrashPlanClient user = clientWith(credentials)) {
      user.orgs().getCurrent();
      tenant.expireAllTokens();
      user.orgs().getCurrent();
    }

    assertThat(codesAsked[0]).isEqualTo(2);
    assertThat(server.requests()).filteredOn(request -> request.path().equals("/api/v3/auth/jwt"))
        .allSatisfy(request -> assertThat(request.headers()).containsEntry("totp-auth", "****"));
  }

  @Test
  void aTwoFactorAccountWithoutATotpSupplierIsToldToPassOne() {
    tenant.addLocalUser("2fa@example.com", "pa55word", "JBSWY3DPEHPK3PXP");

    try (CrashPlanClient user = clientWith(Credentials.localAccount("2fa@example.com", "pa55word"))) {
      assertThatThrownBy(() -> user.orgs().getCurrent())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageStartingWith("getCurrent failed: HTTP 401:"
              + " local account 2fa@example.com uses two-factor authentication: pass a TOTP supplier"
              + " to Credentials.localAccount(username, password, totp)");
    }
    assertThat(requestLines()).contains("GET /api/v3/LoginConfiguration");
  }

  @Test
  void aTotpSupplierThatThrowsIsToldWithoutItsMessage() {
    tenant.addLocalUser("2fa@example.com", "pa55word", "JBSWY3DPEHPK3PXP");
    Credentials credentials = Credentials.localAccount("2fa@example.com", "pa55word", () -> {
      throw new IllegalStateException("seed JBSWY3DPEHPK3PXP unreadable");
    });

    try (CrashPlanClient user = clientWith(credentials)) {
      assertThatThrownBy(() -> user.orgs().getCurrent())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessage("getCurrent failed: the TOTP supplier threw java.lang.IllegalStateException before any"
              + " request was sent");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aTotpSupplierGivingNoCodeSendsNothing() {
    tenant.addLocalUser("2fa@example.com", "pa55word", "JBSWY3DPEHPK3PXP");

    try (CrashPlanClient user = clientWith(Credentials.localAccount("2fa@example.com", "pa55word", () -> " "))) {
      assertThatThrownBy(() -> user.orgs().getCurrent())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessage("getCurrent failed: the TOTP supplier gave no code; nothing was sent");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void anSsoAccountIsToldThatSsoIsNotSupported() {
    tenant.addSsoUser("sso@example.com");

    try (CrashPlanClient user = clientWith(Credentials.localAccount("sso@example.com", "whatever"))) {
      assertThatThrownBy(() -> user.orgs().getCurrent())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("local account sso@example.com signs in through SSO, which the SDK does not support");
    }
  }

  @Test
  void aWrongPasswordIsReportedWithoutThePassword() {
    tenant.addLocalUser("admin@example.com", "pa55word");

    try (CrashPlanClient user = clientWith(Credentials.localAccount("admin@example.com", "wrong-pa55"))) {
      assertThatThrownBy(() -> user.orgs().getCurrent())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("the console refused the username or password of local account admin@example.com")
          .message().doesNotContain("wrong-pa55");
    }
  }

  @Test
  void aWrongSecretIsUnauthorizedWithoutShowingIt() {
    try (CrashPlanClient wrong = clientWith(Credentials.apiClient(CLIENT_ID, "not-the-secret"))) {
      assertThatThrownBy(() -> wrong.orgs().getPage(1))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageStartingWith("getPage 1 failed: HTTP 401: the console refused API client " + CLIENT_ID + " and its secret")
          .message().doesNotContain("not-the-secret");
    }
  }

  @Test
  void aLoginTypeLookUpThatFailsIsKeptAsTheCauseOfTheRefusal() {
    tenant.addLocalUser("admin@example.com", "pa55word");
    server.inject("GET /api/v3/LoginConfiguration", 1, Fault.status(503, "lookup down"));
    try (CrashPlanClient user = clientWith(Credentials.localAccount("admin@example.com", "wrong-pa55"))) {
      assertThatThrownBy(() -> user.orgs().getCurrent())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("the console refused the username or password of local account admin@example.com")
          .hasMessageContaining("why could not be looked up")
          .cause().isInstanceOf(ServerErrorException.class).hasMessageContaining("lookup down");
    }
  }

  @Test
  void aJwtProviderIsAskedAgainAfterA401() {
    int[] asked = {0};
    try (CrashPlanClient jwt = clientWith(Credentials.jwtProvider(() -> {
      asked[0]++;
      return apiClientTokenFor(CLIENT_ID, SECRET);
    }))) {
      jwt.orgs().getPage(1);
      tenant.expireAllTokens();
      jwt.orgs().getPage(1);
    }
    assertThat(asked[0]).isEqualTo(2);
  }

  @Test
  void oneTokenServesEveryCall() {
    orgs.getPage(1);
    orgs.getPage(1);
    orgs.getPage(1);

    assertThat(tenant.tokensIssued()).isEqualTo(1);
    assertThat(requestLines()).containsExactly(
        "POST /api/v3/oauth/token", "GET /api/v1/Org", "GET /api/v1/Org", "GET /api/v1/Org");
  }

  @Test
  void aRejectedTokenIsRenewedForOneMoreRequest() {
    orgs.getPage(1);
    tenant.expireAllTokens();
    server.clearRequests();

    assertThat(orgs.getPage(1).orgs()).hasSize(1);
    assertThat(tenant.tokensIssued()).isEqualTo(2);
    assertThat(requestLines()).containsExactly("GET /api/v1/Org", "POST /api/v3/oauth/token", "GET /api/v1/Org");
  }

  @Test
  void aSecond401IsThrownRatherThanRetriedForever() {
    int[] asked = {0};
    try (CrashPlanClient revoked = clientWith(Credentials.jwtProvider(() -> "revoked-" + ++asked[0]))) {
      assertThatThrownBy(() -> revoked.orgs().getPage(1))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageStartingWith("getPage 1 failed: HTTP 401");
    }
    assertThat(asked[0]).isEqualTo(2);
    assertThat(requestLines()).containsExactly("GET /api/v1/Org", "GET /api/v1/Org");
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.crashplan4j.core.error.BadRequestException",
    "403, dev.crashplan4j.core.error.ForbiddenException",
    "409, dev.crashplan4j.core.error.ConflictException",
    "429, dev.crashplan4j.core.error.TooManyRequestsException",
  })
  void eachErrorStatusRaisesItsTypedException(int status, Class<?> expected) {
    Org sales = tenant.addOrg("Sales");
    orgs.getById(sales.id());
    server.failNext(1, Fault.status(status, "[{\"name\":\"SYSTEM\",\"description\":\"refused on purpose\"}]"));

    assertThatThrownBy(() -> orgs.block(sales.id()))
        .isInstanceOf(expected)
        .hasMessage("block org " + sales.id() + " failed: HTTP " + status
            + ": [{\"name\":\"SYSTEM\",\"description\":\"refused on purpose\"}]")
        .satisfies(thrown -> assertThat(((CrashPlanException) thrown).httpStatus()).hasValue(status));
  }

  @Test
  void theTypedExceptionsShareOneRoot() {
    assertThat(List.of(BadRequestException.class, ForbiddenException.class, ConflictException.class,
            TooManyRequestsException.class, ServerErrorException.class, TransportFailureException.class,
            UnexpectedResponseException.class, OrgNotFoundException.class))
        .allSatisfy(type -> assertThat(CrashPlanException.class).isAssignableFrom(type));
  }

  @Test
  void anEmptyBodyWhereAnOrgWasExpectedSaysSo() {
    Org sales = tenant.addOrg("Sales");
    orgs.getById(sales.id());
    server.enqueue("*", ConsoleAnswer.of(200, ""));

    assertThatThrownBy(() -> orgs.getById(sales.id()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("getById org " + sales.id() + " failed: HTTP 200: expected a JSON Org but got an empty body");
  }

  @Test
  void aServerThatIsNotThereRaisesATransportFailure() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (CrashPlanClient nowhere = CrashPlanClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .credentials(Credentials.apiClient(CLIENT_ID, SECRET)).build()) {
      assertThatThrownBy(() -> nowhere.orgs().getPage(1))
          .isInstanceOf(TransportFailureException.class)
          .hasMessageStartingWith("getPage 1 failed: ");
    }
  }
}
