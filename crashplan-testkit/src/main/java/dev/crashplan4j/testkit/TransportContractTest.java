package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.BadRequestException;
import dev.crashplan4j.core.error.ConflictException;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.NotFoundException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.JsonBody;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link CrashPlanTransport} must do, run against the fake console: extend it, make
 * your transport in {@link #newTransport(FakeCrashPlanServer)}, and every test here says
 * whether yours speaks the port's contract. A transport that does not speak HTTP returns
 * {@code false} from {@link #speaksHttp()}: the cases about HTTP-level faults are then skipped
 * by assumption, never passed silently.
 *
 * <pre>{@code
 * class MyTransportContractTest extends TransportContractTest {
 *   @Override
 *   protected CrashPlanTransport newTransport(FakeCrashPlanServer server) {
 *     return new MyTransportProvider().create(
 *         TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build());
 *   }
 * }
 * }</pre>
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class TransportContractTest {

  private static final String CLIENT_ID = "contract-client";
  private static final String SECRET = "contract-secret";
  private static final ApiClientTokenRequest API_CLIENT =
      ApiClientTokenRequest.builder().clientId(CLIENT_ID).secret(SECRET).build();

  /** The fake console of the running test. */
  protected FakeCrashPlanServer server;
  /** The transport under test, made for the running test. */
  protected CrashPlanTransport transport;
  private FakeTenant tenant;
  private BearerToken token;

  /** Returns a new transport that talks to {@code server}; the test closes it. */
  protected abstract CrashPlanTransport newTransport(FakeCrashPlanServer server);

  /** Whether the transport sends HTTP to {@link FakeCrashPlanServer#baseUrl()}; true unless overridden. */
  protected boolean speaksHttp() {
    return true;
  }

  /** Starts the fake console, makes the transport and signs in as an API client. */
  @BeforeEach
  public void startConsole() {
    server = FakeCrashPlanServer.start().addApiClient(CLIENT_ID, SECRET);
    tenant = server.tenant();
    transport = newTransport(server);
    token = transport.requestApiClientToken(API_CLIENT);
  }

  /** Closes the transport and the console. */
  @AfterEach
  public void stopConsole() {
    transport.close();
    server.close();
  }

  /** An API client's token comes with the console's lifetime for it. */
  @Test
  public void anApiClientTokenIsIssuedWithItsLifetime() {
    BearerToken fresh = transport.requestApiClientToken(API_CLIENT);

    assertThat(fresh.value()).isNotEqualTo(token.value());
    assertThat(fresh.expiresIn()).contains(Duration.ofMinutes(15));
  }

  /** A wrong secret is refused as unauthorized, without the secret in the message. */
  @Test
  public void aWrongSecretIsUnauthorized() {
    assertThatThrownBy(() -> transport.requestApiClientToken(API_CLIENT.toBuilder().secret("wrong-secret-value").build()))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(thrown -> assertThat(thrown.getMessage()).doesNotContain("wrong-secret-value"));
  }

  private static UserTokenRequest signIn(String username) {
    return UserTokenRequest.builder().username(username).password("pa55word").build();
  }

  /** A local user signs in with a password, and with a TOTP code when two-factor is on. */
  @Test
  public void aLocalUserSignsInWithAndWithoutTwoFactor() {
    tenant.addLocalUser("plain@example.com", "pa55word");
    tenant.addLocalUser("2fa@example.com", "pa55word", "GEZDGNBVGY3TQOJQ");

    UserTokenRequest twoFactor = signIn("2fa@example.com");

    assertThat(transport.requestUserToken(signIn("plain@example.com")).value()).isNotBlank();
    assertThat(transport.requestUserToken(
        twoFactor.toBuilder().totpCode(tenant.totpCode("GEZDGNBVGY3TQOJQ")).build()).value()).isNotBlank();
    assertThatThrownBy(() -> transport.requestUserToken(twoFactor)).isInstanceOf(UnauthorizedException.class);
  }

  /** The login type is read for each kind of user. */
  @Test
  public void theLoginTypeIsRead() {
    tenant.addLocalUser("plain@example.com", "pa55word");
    tenant.addLocalUser("2fa@example.com", "pa55word", "GEZDGNBVGY3TQOJQ");
    tenant.addSsoUser("sso@example.com");

    assertThat(transport.loginType("plain@example.com")).isEqualTo(LoginType.LOCAL);
    assertThat(transport.loginType("2fa@example.com")).isEqualTo(LoginType.LOCAL_2FA);
    assertThat(transport.loginType("sso@example.com")).isEqualTo(LoginType.CLOUD_SSO);
  }

  /** A page of the listing holds the right orgs, the total and the page it is. */
  @Test
  public void aPageOfTheListingIsRead() {
    tenant.addOrgs(6);

    OrgPage page = transport.listOrgs(token, 2, 3, QueryParameters.none());

    assertThat(page.orgs()).extracting(org -> org.id().value()).containsExactly(4L, 5L, 6L);
    assertThat(page.totalCount()).isEqualTo(7);
    assertThat(page.pageNum()).isEqualTo(2);
    assertThat(page.pageSize()).isEqualTo(3);
  }

  /** An org is read whole, every documented field and the others. */
  @Test
  public void anOrgIsReadWhole() {
    Org parent = tenant.addOrg("Parent");
    Org child = tenant.addOrg("Child", parent.id());

    Org read = transport.getOrg(token, child.ref(), QueryParameters.none());

    assertThat(read).isEqualTo(tenant.org(child.id()).orElseThrow());
  }

  /** An org the console does not know is a NotFoundException naming the org. */
  @Test
  public void anUnknownOrgIsNotFound() {
    OrgRef ghost = new OrgRef(OrgId.of(777), OrgUid.of("777"), OrgGuid.of("no-such-guid"));

    assertThatThrownBy(() -> transport.getOrg(token, ghost, QueryParameters.none()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("org 777");
  }

  /** The current org is the signed-in user's; an API client has none. */
  @Test
  public void theCurrentOrgNeedsAUser() {
    tenant.addLocalUser("plain@example.com", "pa55word");
    BearerToken user = transport.requestUserToken(signIn("plain@example.com"));

    assertThat(transport.getCurrentOrg(user, QueryParameters.none()).id()).isEqualTo(tenant.rootOrg().id());
    assertThatThrownBy(() -> transport.getCurrentOrg(token, QueryParameters.none()))
        .isInstanceOf(ServerErrorException.class);
  }

  /** An org is created under the parent given, with the fields given. */
  @Test
  public void anOrgIsCreatedUnderItsParent() {
    Org parent = tenant.addOrg("Parent");

    Org created = transport.createOrg(token, CreateOrgRequest.of(
        NewOrg.builder().name("New").externalReference("EXT-1").notes("n").build()).under(parent.guid()));

    assertThat(created.parentId()).contains(parent.id());
    assertThat(created.externalReference()).contains("EXT-1");
    assertThat(tenant.org(created.id())).contains(created);
  }

  /** An update changes the fields given and no other. */
  @Test
  public void anUpdateChangesOnlyTheFieldsGiven() {
    Org org = transport.createOrg(token,
        CreateOrgRequest.of(NewOrg.builder().name("Before").notes("kept").build()));

    Org updated = transport.updateOrg(token, org.ref(), OrgUpdate.builder().name("After").build());

    assertThat(updated.name()).isEqualTo("After");
    assertThat(updated.notes()).contains("kept");
  }

  /** Block, unblock, deactivate and reactivate reach the console. */
  @Test
  public void orgActionsReachTheConsole() {
    Org org = tenant.addOrg("Target");
    Org child = tenant.addOrg("Child", org.id());

    transport.blockOrg(token, org.ref());
    assertThat(tenant.org(child.id()).orElseThrow().blocked()).isTrue();
    transport.unblockOrg(token, org.ref());
    assertThat(tenant.org(child.id()).orElseThrow().blocked()).isFalse();
    transport.deactivateOrg(token, org.ref());
    assertThat(tenant.org(child.id()).orElseThrow().status()).isEqualTo(OrgStatus.DEACTIVATED);
    transport.reactivateOrg(token, org.ref());
    assertThat(tenant.org(child.id()).orElseThrow().status()).isEqualTo(OrgStatus.ACTIVE);
  }

  /** Agent states are read per device and keep the fields the SDK does not model. */
  @Test
  public void agentStatesKeepUnmodelledFields() {
    Org org = tenant.addOrg("Devices");
    tenant.addDevice(org.id(), "mac-1", Map.of("fullDiskAccess", "true"));

    List<AgentState> states = transport.agentStates(token, org.ref(), "fullDiskAccess");

    assertThat(states).singleElement().satisfies(state -> {
      assertThat(state.value()).contains("true");
      assertThat(state.otherFields()).containsEntry("deviceName", "mac-1");
    });
  }

  /** The org document is read whole, with its settings and device defaults, numbers as numbers. */
  @Test
  public void theOrgDocumentIsReadWhole() {
    Org org = tenant.addOrg("Settings");

    Map<String, Object> document = transport.getOrgDocument(token, org.ref());

    assertThat(document).containsEntry("orgName", "Settings").containsKeys("settings", "deviceDefaults", "settingsInherited");
    assertThat(((Number) document.get("orgId")).longValue()).isEqualTo(org.id().value());
    assertThat(((Number) document.get("storageQuotaFactor")).doubleValue()).isEqualTo(1.25);
    assertThat(document.keySet()).containsExactlyElementsOf(tenant.settingsDocument(org.id()).keySet());
  }

  /** An org document written back is saved as it was given, and the org answered. */
  @Test
  public void theOrgDocumentIsSavedAsGiven() {
    Org org = tenant.addOrg("Settings");
    Map<String, Object> document = transport.getOrgDocument(token, org.ref());
    document.put("notes", "saved");
    document.put("futureField", List.of("kept"));

    Org saved = transport.putOrgDocument(token, org.ref(), document);

    assertThat(saved.notes()).contains("saved");
    assertThat(tenant.settingsDocument(org.id())).containsEntry("futureField", List.of("kept"));
  }

  /** T-settings are read by key and changed by packets. */
  @Test
  public void tSettingsAreChangedByTheTransport() {
    Org org = tenant.addOrg("Settings");

    assertThat(transport.getTSettings(token, org.ref())).containsEntry("device_webRestore_enabled",
        new TSetting("device_webRestore_enabled", "true", false));

    transport.putTSettings(token, org.ref(), List.of(new TSettingPacket("device_webRestore_enabled", "false", false)));

    assertThat(transport.getTSettings(token, org.ref()).get("device_webRestore_enabled").value()).isEqualTo("false");
  }

  /** A token the console does not know is refused as unauthorized. */
  @Test
  public void anUnknownTokenIsUnauthorized() {
    assertThatThrownBy(() -> transport.listOrgs(BearerToken.of("not-a-token"), 1, 10, QueryParameters.none()))
        .isInstanceOf(UnauthorizedException.class);
  }

  /**
   * Extra query parameters reach the console as they were given: each value percent-encoded
   * (UTF-8), so that a space, {@code &}, {@code =} or a non-ASCII letter cannot split or change it.
   */
  @Test
  public void extraQueryParametersArePassedThroughEncoded() {
    assumeThat(speaksHttp()).as("query parameters are HTTP").isTrue();

    transport.listOrgs(token, 1, 10, QueryParameters.builder()
        .putParameters("q", "a b&c=d é").putParameters("active", "true").build());

    String query = server.requests().get(server.requestCount() - 1).query();
    assertThat(query.split("&")).containsExactlyInAnyOrder(
        "pgNum=1", "pgSize=10", "q=a%20b%26c%3Dd%20%C3%A9", "active=true");
  }

  /** Each error status becomes its typed exception, holding the status and the body's start. */
  @Test
  public void errorStatusesBecomeTheirTypedExceptions() {
    assumeThat(speaksHttp()).as("statuses are HTTP").isTrue();
    Map<Integer, Class<? extends CrashPlanException>> expected = Map.of(
        400, BadRequestException.class, 403, ForbiddenException.class, 404, NotFoundException.class,
        409, ConflictException.class, 429, TooManyRequestsException.class, 503, ServerErrorException.class);

    expected.forEach((status, type) -> {
      server.failNext(1, Fault.status(status, "refused " + status));
      assertThatThrownBy(() -> transport.listOrgs(token, 1, 10, QueryParameters.none()))
          .isInstanceOf(type)
          .satisfies(thrown -> {
            assertThat(((CrashPlanException) thrown).httpStatus()).hasValue(status);
            assertThat(((CrashPlanException) thrown).responseBody()).contains("refused " + status);
          });
    });
  }

  /** A body that is not JSON is an UnexpectedResponseException showing its start. */
  @Test
  public void aMalformedBodyIsAnUnexpectedResponse() {
    assumeThat(speaksHttp()).as("bodies are HTTP").isTrue();
    server.failNext(1, Fault.malformedBody());

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 10, QueryParameters.none()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("<html>");
  }

  /** A dropped connection is a TransportFailureException of a request that was sent. */
  @Test
  public void aDroppedConnectionIsATransportFailure() {
    assumeThat(speaksHttp()).as("connections are HTTP").isTrue();
    server.failNext(1, Fault.disconnect());

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 10, QueryParameters.none()))
        .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isTrue());
  }

  /**
   * A body cut short is an answer lost on the way, never parsed: a TransportFailureException
   * saying that the request was sent (the console may have acted on it).
   */
  @Test
  public void aTruncatedBodyIsALostAnswerOfARequestThatWasSent() {
    assumeThat(speaksHttp()).as("bodies are HTTP").isTrue();
    tenant.addOrgs(20);
    server.failNext(1, Fault.truncatedBody());

    assertThatThrownBy(() -> transport.listOrgs(token, 1, 100, QueryParameters.none()))
        .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isTrue());
  }

  /** A console that is not there is a TransportFailureException saying the request never left. */
  @Test
  public void aConsoleThatIsNotThereWasNeverSentTheRequest() {
    assumeThat(speaksHttp()).as("connections are HTTP").isTrue();
    server.close();

    // A transport of its own: no connection from before is pooled, so none is reused.
    try (CrashPlanTransport fresh = newTransport(server)) {
      assertThatThrownBy(() -> fresh.listOrgs(token, 1, 10, QueryParameters.none()))
          .isInstanceOfSatisfying(TransportFailureException.class, thrown -> assertThat(thrown.requestSent()).isFalse())
          .hasMessageNotContaining(token.value());
    }
  }

  /** Any endpoint is reached with the token, a JSON body carried, and the 2xx answer returned whole. */
  @Test
  public void anyEndpointGivesTheWholeAnswer() {
    tenant.addLocalUser("ana@example.com", "pa55word");

    ApiResponse users = transport.send(token, ApiRequest.get("/api/v1/User", QueryParameters.of("pgSize", "10")));
    ApiResponse created = transport.send(token, ApiRequest.post("/api/v3/orgs", JsonBody.of("{\"orgName\":\"Raw\"}")));

    assertThat(users.status()).isEqualTo(200);
    assertThat(users.body()).contains("\"username\":\"ana@example.com\"", "\"totalCount\":1");
    assertThat(users.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
    assertThat(created.body()).contains("\"orgName\":\"Raw\"");
    assertThat(tenant.orgs()).extracting(Org::name).contains("Raw");
  }

  /** Any endpoint's refusal is its typed exception; an endpoint the console lacks is a NotFoundException. */
  @Test
  public void anyEndpointsRefusalIsItsTypedException() {
    assertThatThrownBy(() -> transport.send(BearerToken.of("not-a-token"), ApiRequest.get("/api/v1/User")))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> transport.send(token, ApiRequest.get("/api/v1/NoSuchThing")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("GET /api/v1/NoSuchThing failed: HTTP 404");
    assertThatThrownBy(() -> transport.send(token, ApiRequest.post("/api/v3/orgs", JsonBody.of("{}"))))
        .isInstanceOf(BadRequestException.class);
  }

  /** Each method of any endpoint is sent as it is named, its body as given and none where it has none. */
  @Test
  public void anyEndpointIsSentWithItsMethodAndBody() {
    assumeThat(speaksHttp()).as("methods and bodies are HTTP").isTrue();
    for (String endpoint : List.of("PUT /api/v1/LegalHold/7", "PATCH /api/v1/LegalHold/7", "DELETE /api/v1/LegalHold/7",
        "POST /api/v1/LegalHold/7/deactivate")) {
      server.enqueue(endpoint, ConsoleAnswer.of(200, "{\"data\":{}}"));
    }
    int before = server.requestCount();

    transport.send(token, ApiRequest.put("/api/v1/LegalHold/7", JsonBody.of("{\"name\":\"Case 42\"}")));
    transport.send(token, ApiRequest.of(ApiRequest.Method.PATCH, "/api/v1/LegalHold/7", QueryParameters.none(),
        JsonBody.of("{\"notes\":\"é\"}")));
    transport.send(token, ApiRequest.delete("/api/v1/LegalHold/7"));
    transport.send(token, ApiRequest.of(ApiRequest.Method.POST, "/api/v1/LegalHold/7/deactivate", QueryParameters.none()));

    assertThat(server.requests().subList(before, server.requestCount()))
        .extracting(request -> request.method() + " " + request.path() + " " + request.body())
        .containsExactly("PUT /api/v1/LegalHold/7 {\"name\":\"Case 42\"}", "PATCH /api/v1/LegalHold/7 {\"notes\":\"é\"}",
            "DELETE /api/v1/LegalHold/7 ", "POST /api/v1/LegalHold/7/deactivate ");
  }

  /** Query parameters of any endpoint are percent-encoded as given. */
  @Test
  public void anyEndpointsQueryParametersArePercentEncoded() {
    assumeThat(speaksHttp()).as("query parameters are HTTP").isTrue();

    transport.send(token, ApiRequest.get("/api/v1/User", QueryParameters.of("q", "a b&c=é")));

    assertThat(server.requests().get(server.requestCount() - 1).query()).isEqualTo("q=a%20b%26c%3D%C3%A9");
  }
}
