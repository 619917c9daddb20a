package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.Org;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every endpoint of the fake, over HTTP, with a client that knows nothing of the SDK. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeCrashPlanServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // Lenient: some tests here call endpoints the console does not have, on purpose.
  @RegisterExtension
  final FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension().lenient()
      .seed(tenant -> tenant.addApiClient("id", "secret"));

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private PlainHttp http;
  private String bearer;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    tenant = server.tenant();
    http = new PlainHttp(server.baseUrl());
    bearer = http.bearerFor("id", "secret");
    server.clearRequests();
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception notJson) {
      throw new AssertionError("not JSON: " + response.body(), notJson);
    }
  }

  @Test
  void anApiClientGetsABearerTokenThatLivesFifteenMinutes() {
    HttpResponse<String> answer = http.send("POST", "/api/v3/oauth/token?grant_type=client_credentials",
        PlainHttp.basic("id", "secret"), null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer).get("token_type").asText()).isEqualTo("bearer");
    assertThat(json(answer).get("expires_in").asInt()).isEqualTo(900);
    assertThat(json(answer).get("access_token").asText()).isNotBlank();
  }

  @Test
  void aWrongOrMissingSecretGetsNoToken() {
    assertThat(http.send("POST", "/api/v3/oauth/token?grant_type=client_credentials", PlainHttp.basic("id", "nope"), null)
        .statusCode()).isEqualTo(401);
    assertThat(http.send("POST", "/api/v3/oauth/token?grant_type=client_credentials", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenRequestWithoutAGrantIsABadRequest() {
    assertThat(http.send("POST", "/api/v3/oauth/token", PlainHttp.basic("id", "secret"), null).statusCode()).isEqualTo(400);
  }

  @Test
  void everyTokenIssuedIsNew() {
    assertThat(http.bearerFor("id", "secret")).isNotEqualTo(http.bearerFor("id", "secret"));
    assertThat(tenant.tokensIssued()).isEqualTo(3);
  }

  @Test
  void aLocalUserGetsAUserTokenInTheEnvelope() {
    tenant.addLocalUser("ana", "pw");

    HttpResponse<String> answer = http.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw"));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer).at("/data/v3_user_token").asText()).startsWith("fake-");
  }

  @Test
  void aTwoFactorUserNeedsTheCodeOfTheirBase32Secret() {
    // RFC 6238, appendix B: the SHA-1 key "12345678901234567890", here in Base32 as an app
    // takes it; at 1111111109 s the 8-digit code is 07081804, so the 6-digit one is 081804.
    ManualClock time = new ManualClock(Instant.ofEpochSecond(1_111_111_109L));
    try (FakeCrashPlanServer rfc = FakeCrashPlanServer.start(time)) {
      rfc.tenant().addLocalUser("ben", "pw", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
      PlainHttp client = new PlainHttp(rfc.baseUrl());

      assertThat(client.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw")).statusCode()).isEqualTo(401);
      assertThat(client.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw"), null,
          "totp-auth", "081805").statusCode()).isEqualTo(401);
      assertThat(client.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw"), null,
          "totp-auth", "081804").statusCode()).isEqualTo(200);
      time.advance(Duration.ofSeconds(90));
      assertThat(client.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw"), null,
          "totp-auth", "081804").statusCode()).as("three steps later the code is stale").isEqualTo(401);
    }
  }

  @Test
  void aTotpSecretThatIsNotBase32IsRefusedWhenTheUserIsAdded() {
    assertThatThrownBy(() -> tenant.addLocalUser("ben", "pw", "ben-totp-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Base32");
  }

  @Test
  void theLoginConfigurationTellsHowEachUserSignsIn() {
    tenant.addLocalUser("ana", "pw");
    tenant.addLocalUser("ben", "pw", "MFRGG===");
    tenant.addSsoUser("cy");

    assertThat(json(http.get("/api/v3/LoginConfiguration?username=ana", null)).get("loginType").asText()).isEqualTo("LOCAL");
    assertThat(json(http.get("/api/v3/LoginConfiguration?username=ben", null)).get("loginType").asText()).isEqualTo("LOCAL_2FA");
    assertThat(json(http.get("/api/v3/LoginConfiguration?username=cy", null)).get("loginType").asText()).isEqualTo("CLOUD_SSO");
    assertThat(json(http.get("/api/v3/LoginConfiguration?username=nobody", null)).get("loginType").asText()).isEqualTo("LOCAL_2FA");
    assertThat(http.get("/api/v3/LoginConfiguration", null).statusCode()).isEqualTo(400);
  }

  @Test
  void theCurrentUserIsAnsweredWithItsTenant() {
    tenant.addLocalUser("ana", "pw");
    String user = "Bearer " + json(http.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw")))
        .at("/data/v3_user_token").asText();

    assertThat(json(http.get("/api/v3/customer/my", bearer)).get("tenantUid").asText()).isNotBlank();
    assertThat(json(http.get("/api/v1/User/my", user)).at("/data/username").asText()).isEqualTo("ana");
    assertThat(http.get("/api/v1/User/my", bearer).statusCode()).isEqualTo(500);
  }

  @Test
  void orgMyAnswersTheOrgOfTheSignedInUser() {
    tenant.addLocalUser("ana", "pw");
    String user = "Bearer " + json(http.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw")))
        .at("/data/v3_user_token").asText();

    assertThat(json(http.get("/api/v1/Org/my", user)).at("/data/orgName").asText()).isEqualTo(FakeTenant.ROOT_ORG_NAME);
  }

  @Test
  void orgMyFailsForAnApiClient() {
    assertThat(http.get("/api/v1/Org/my", bearer).statusCode()).isEqualTo(500);
  }

  @Test
  void theOrgListingIsAnEnvelopedPage() {
    tenant.addOrgs(4);

    JsonNode page = json(http.get("/api/v1/Org?pgNum=2&pgSize=2", bearer));

    assertThat(page.has("metadata")).isTrue();
    assertThat(page.at("/data/totalCount").asInt()).isEqualTo(5);
    assertThat(page.at("/data/orgs/0/orgId").asLong()).isEqualTo(3);
    assertThat(page.at("/data/orgs").size()).isEqualTo(2);
    assertThat(json(http.get("/api/v1/Org?pgNum=9&pgSize=2", bearer)).at("/data/orgs").size()).isZero();
  }

  @Test
  void badPagingIsABadRequest() {
    assertThat(http.get("/api/v1/Org?pgNum=0", bearer).statusCode()).isEqualTo(400);
    assertThat(http.get("/api/v1/Org?pgSize=many", bearer).statusCode()).isEqualTo(400);
  }

  @Test
  void everyOrgEndpointNeedsAValidToken() {
    Org org = tenant.addOrg("Sales");
    for (String[] call : new String[][] {
        {"GET", "/api/v1/Org"}, {"GET", "/api/v1/Org/my"}, {"GET", "/api/v3/orgs/" + org.guid()},
        {"POST", "/api/v3/orgs/" + org.guid() + "/block"}, {"GET", "/api/v3/customer/my"},
        {"GET", "/api/v38/agent-state/view-by-organization-id?orgId=1&propertyName=x"}}) {
      assertThat(http.send(call[0], call[1], null, null).statusCode()).as(call[1]).isEqualTo(401);
      assertThat(http.send(call[0], call[1], "Bearer forged", null).statusCode()).as(call[1]).isEqualTo(401);
    }
    assertThat(tenant.org(org.id()).orElseThrow().blocked()).isFalse();
  }

  @Test
  void aV3OrgIsAnsweredBare() {
    Org org = tenant.addOrg("Sales");

    JsonNode read = json(http.get("/api/v3/orgs/" + org.guid(), bearer));

    assertThat(read.get("orgName").asText()).isEqualTo("Sales");
    assertThat(read.has("data")).isFalse();
  }

  @Test
  void aV3OrgOfAnUnknownGuidIs404() {
    HttpResponse<String> unknown = http.get("/api/v3/orgs/nope", bearer);

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get(0).get("name").asText()).isEqualTo("ORG_NOT_FOUND");
  }

  @Test
  void anOrgIsCreatedUnderTheRootOrTheParentGiven() {
    Org parent = tenant.addOrg("Parent");

    JsonNode top = json(http.send("POST", "/api/v3/orgs", bearer, "{\"orgName\":\"Top\"}"));
    JsonNode child = json(http.send("POST", "/api/v3/orgs", bearer,
        "{\"orgName\":\"Child\",\"orgExtRef\":\"X\",\"notes\":null,\"parentOrgGuid\":\"" + parent.guid() + "\"}"));

    assertThat(top.get("parentOrgId").asLong()).isEqualTo(tenant.rootOrg().id().value());
    assertThat(child.get("parentOrgGuid").asText()).isEqualTo(parent.guid().value());
    assertThat(child.get("orgExtRef").asText()).isEqualTo("X");
  }

  @Test
  void badCreationsAreBadRequests() {
    assertThat(http.send("POST", "/api/v3/orgs", bearer, "{}").statusCode()).isEqualTo(400);
    assertThat(http.send("POST", "/api/v3/orgs", bearer, "{\"orgName\":\"x\",\"parentOrgGuid\":\"nope\"}").statusCode())
        .isEqualTo(400);
    assertThat(http.send("POST", "/api/v3/orgs", bearer, "{not json").statusCode()).isEqualTo(400);
    assertThat(http.send("POST", "/api/v3/orgs", bearer, "[1,2]").statusCode()).isEqualTo(400);
    assertThat(tenant.orgs()).hasSize(1);
  }

  @Test
  void anUpdateChangesOnlyTheFieldsSent() {
    Org org = tenant.addOrg("Sales");
    http.send("PUT", "/api/v3/orgs/" + org.guid(), bearer, "{\"notes\":\"n\"}");

    JsonNode updated = json(http.send("PUT", "/api/v3/orgs/" + org.guid(), bearer, "{\"orgName\":\"Renamed\"}"));

    assertThat(updated.get("orgName").asText()).isEqualTo("Renamed");
    assertThat(updated.get("notes").asText()).isEqualTo("n");
    assertThat(http.send("PUT", "/api/v3/orgs/" + org.guid(), bearer, "{\"orgName\":\"\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void blockingCascadesToDescendantsOnly() {
    Map<String, Org> orgs = tenant.seed(OrgSeed.org("A").child(OrgSeed.org("B").child(OrgSeed.org("C"))), OrgSeed.org("D"));

    assertThat(http.send("POST", "/api/v3/orgs/" + orgs.get("A").guid() + "/block", bearer, null).statusCode()).isEqualTo(204);
    assertThat(tenant.org(orgs.get("C").id()).orElseThrow().blocked()).isTrue();
    assertThat(tenant.org(orgs.get("D").id()).orElseThrow().blocked()).isFalse();
  }

  @Test
  void unblockingLiftsTheBlockOfDescendants() {
    Map<String, Org> orgs = tenant.seed(OrgSeed.org("A").child(OrgSeed.org("B").child(OrgSeed.org("C"))), OrgSeed.org("D"));
    http.send("POST", "/api/v3/orgs/" + orgs.get("A").guid() + "/block", bearer, null);

    http.send("POST", "/api/v3/orgs/" + orgs.get("A").guid() + "/unblock", bearer, null);
    assertThat(tenant.org(orgs.get("C").id()).orElseThrow().blocked()).isFalse();
  }

  @Test
  void deactivationTakesDescendantsUsersAndDevices() {
    Map<String, Org> orgs = tenant.seed(OrgSeed.org("A").user("ana@a.example")
        .child(OrgSeed.org("B").user("ben@a.example").device("mac-ben", Map.of("fullDiskAccess", "true"))));
    String guid = orgs.get("A").guid().value();

    http.send("POST", "/api/v3/orgs/" + guid + "/deactivate", bearer, null);

    assertThat(tenant.org(orgs.get("B").id()).orElseThrow().active()).isFalse();
    assertThat(tenant.userActive("ben@a.example")).isFalse();
    assertThat(tenant.activeDevices(orgs.get("B").id())).isZero();
  }

  @Test
  void reactivationRestartsOrgsButNoUserNorDevice() {
    Map<String, Org> orgs = tenant.seed(OrgSeed.org("A").user("ana@a.example")
        .child(OrgSeed.org("B").user("ben@a.example").device("mac-ben", Map.of("fullDiskAccess", "true"))));
    String guid = orgs.get("A").guid().value();
    http.send("POST", "/api/v3/orgs/" + guid + "/deactivate", bearer, null);

    http.send("POST", "/api/v3/orgs/" + guid + "/activate", bearer, null);

    assertThat(tenant.org(orgs.get("B").id()).orElseThrow().active()).isTrue();
    assertThat(tenant.userActive("ben@a.example")).isFalse();
    assertThat(tenant.activeDevices(orgs.get("B").id())).isZero();
  }

  @Test
  void agentStatesListEachDeviceOfTheOrg() {
    Map<String, Org> orgs = tenant.seed(OrgSeed.org("A").device("m1", Map.of("fullDiskAccess", "true")).device("m2", Map.of()));

    JsonNode states = json(http.get("/api/v38/agent-state/view-by-organization-id?orgId=" + orgs.get("A").id()
        + "&propertyName=fullDiskAccess", bearer));

    assertThat(states.size()).isEqualTo(2);
    assertThat(states.get(0).get("value").asText()).isEqualTo("true");
    assertThat(states.get(1).get("value").isNull()).isTrue();
    assertThat(http.get("/api/v38/agent-state/view-by-organization-id?orgId=x&propertyName=p", bearer).statusCode())
        .isEqualTo(400);
    assertThat(http.get("/api/v38/agent-state/view-by-organization-id?orgId=999&propertyName=p", bearer).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anUnservedPathOrMethodGetsItsStatus() {
    HttpResponse<String> typo = http.get("/api/v1/Orgs", bearer);
    HttpResponse<String> wrongMethod = http.send("DELETE", "/api/v1/Org", bearer, null);

    assertThat(typo.statusCode()).isEqualTo(404);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
  }

  @Test
  void unservedRequestsAreReportedWithTheClosestServed() {
    http.get("/api/v1/Orgs", bearer);
    http.send("DELETE", "/api/v1/Org", bearer, null);

    assertThat(server.unservedRequests()).extracting(RecordedRequest::line)
        .containsExactly("GET /api/v1/Orgs", "DELETE /api/v1/Org");
    assertThatThrownBy(server::verifyAllRequestsServed)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the fake CrashPlan console does not serve 2 requests:\n  GET /api/v1/Orgs\n"
            + "    closest served: GET /api/v1/Org, ");
  }

  @Test
  void theOrgDocumentHoldsThePartsAskedFor() {
    Org org = tenant.addOrg("Sales");
    String all = "?incSettings=true&incDeviceDefaults=true&incInheritedOrgInfo=true";

    JsonNode full = json(http.get("/api/v1/Org/" + org.id() + all, bearer)).get("data");
    JsonNode bare = json(http.get("/api/v1/Org/" + org.id(), bearer)).get("data");

    assertThat(full.has("settings") && full.has("deviceDefaults") && full.has("settingsInherited")).isTrue();
    assertThat(full.get("orgName").asText()).isEqualTo("Sales");
    assertThat(bare.has("settings") || bare.has("deviceDefaults") || bare.has("settingsInherited")).isFalse();
    assertThat(bare.get("orgId").asLong()).isEqualTo(org.id().value());
    assertThat(http.get("/api/v1/Org/x", bearer).statusCode()).isEqualTo(400);
    assertThat(http.get("/api/v1/Org/99999", bearer).statusCode()).isEqualTo(404);
  }

  @Test
  void aBackupSetWithNoDestinationsIsWrittenAsTheConsoleWritesIt() {
    Org org = tenant.addOrg("Sales");

    HttpResponse<String> answer = http.get("/api/v1/Org/" + org.id() + "?incDeviceDefaults=true", bearer);

    JsonNode sets = json(answer).get("data").at("/deviceDefaults/serviceBackupConfig/backupConfig/backupSets/backupSet");
    JsonNode empty = null;
    for (JsonNode set : sets) {
      if (set.get("@id").asText().equals("2")) {
        empty = set;
      }
    }
    assertThat(empty).as("the set with no destinations").isNotNull();
    assertThat(empty.get("destinations").toString()).isEqualTo("{\"@cleared\":\"true\"}");
    assertThat(answer.body()).contains("\"destinations\":{\"@cleared\":\"true\"}")
        .doesNotContain("\"destinations\":[{\"@cleared\"");
  }

  @Test
  void queryFlagsAreReadInAnyCaseAsTheConsolesJavaServerReadsThem() {
    Org org = tenant.addOrg("Sales");

    JsonNode upper = json(http.get("/api/v1/Org/" + org.id() + "?incSettings=TRUE&incDeviceDefaults=True", bearer)).get("data");
    JsonNode no = json(http.get("/api/v1/Org/" + org.id() + "?incSettings=yes", bearer)).get("data");

    assertThat(upper.has("settings")).isTrue();
    assertThat(upper.has("deviceDefaults")).isTrue();
    assertThat(upper.has("settingsInherited")).isFalse();
    assertThat(no.has("settings")).as("only true, in any case, is true").isFalse();
  }

  @Test
  void theV3OrgCarriesTheSettingsPartsAskedForAsTheV1DocumentDoes() {
    Org org = tenant.addOrg("Sales");

    JsonNode plain = json(http.get("/api/v3/orgs/" + org.guid(), bearer));
    JsonNode withSettings = json(http.get("/api/v3/orgs/" + org.guid() + "?incSettings=true&incInheritedOrgInfo=true", bearer));
    JsonNode v1 = json(http.get("/api/v1/Org/" + org.id() + "?incSettings=true&incInheritedOrgInfo=true", bearer)).get("data");

    assertThat(plain.has("settings") || plain.has("deviceDefaults") || plain.has("settingsInherited")).isFalse();
    assertThat(withSettings.get("orgGuid").asText()).isEqualTo(org.guid().value());
    assertThat(withSettings.get("settings")).isEqualTo(v1.get("settings"));
    assertThat(withSettings.get("settingsInherited")).isEqualTo(v1.get("settingsInherited"));
    assertThat(withSettings.has("deviceDefaults")).isFalse();
  }

  @Test
  void anOrgDocumentWrittenBackKeepsThePartsLeftOut() {
    Org org = tenant.addOrg("Sales");
    String body = "{\"orgId\":" + org.id() + ",\"orgName\":\"Sales EU\",\"notes\":\"n\",\"customField\":[1]}";

    JsonNode saved = json(http.send("PUT", "/api/v1/Org/" + org.id(), bearer, body)).get("data");

    assertThat(saved.get("orgName").asText()).isEqualTo("Sales EU");
    assertThat(saved.get("customField").get(0).asInt()).isEqualTo(1);
    assertThat(saved.has("deviceDefaults")).as("left out, so left alone").isTrue();
    assertThat(tenant.org(org.id()).orElseThrow().name()).isEqualTo("Sales EU");
    assertThat(http.send("PUT", "/api/v1/Org/" + org.id(), bearer, "{\"orgId\":1,\"orgName\":\"x\"}").statusCode())
        .as("another org's id").isEqualTo(400);
  }

  @Test
  void tSettingsAreChangedByPackets() {
    Org org = tenant.addOrg("Sales");

    JsonNode before = json(http.get("/api/v1/OrgSetting/" + org.id(), bearer)).get("data");
    http.send("PUT", "/api/v1/OrgSetting/" + org.id(), bearer,
        "{\"packets\":[{\"key\":\"device_webRestore_enabled\",\"value\":\"false\",\"locked\":false}]}");
    JsonNode after = json(http.get("/api/v1/OrgSetting/" + org.id(), bearer)).get("data");

    assertThat(before.at("/device_webRestore_enabled/value").asText()).isEqualTo("true");
    assertThat(after.at("/device_webRestore_enabled/value").asText()).isEqualTo("false");
    assertThat(after.at("/device_webRestore_enabled/scope").asText()).isEqualTo("ORG");
    assertThat(http.send("PUT", "/api/v1/OrgSetting/" + org.id(), bearer, "{\"packets\":[{\"value\":\"1\"}]}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theDateHeaderFollowsTheTenantsClockAsItsCreationDatesDo() {
    ManualClock time = new ManualClock(Instant.parse("2020-02-29T23:59:58.250Z"));
    try (FakeCrashPlanServer dated = FakeCrashPlanServer.start(time).addApiClient("id", "secret")) {
      PlainHttp plain = new PlainHttp(dated.baseUrl());
      Org seeded = dated.tenant().addOrg("Seeded");
      time.advance(Duration.ofHours(1));

      HttpResponse<String> listing = plain.get("/api/v1/Org?pgSize=10", plain.bearerFor("id", "secret"));

      assertThat(listing.headers().allValues("Date")).containsExactly("Sun, 01 Mar 2020 00:59:58 GMT");
      assertThat(seeded.creationDate()).map(date -> date.toInstant()).contains(Instant.parse("2020-02-29T23:59:58.250Z"));
      assertThat(json(listing).get("metadata").get("timestamp").asText()).isEqualTo("2020-03-01T00:59:58.250Z");
    }
  }

  @Test
  void theDateHeaderOfEveryKindOfAnswerFollowsTheTenantsClock() {
    ManualClock time = new ManualClock(Instant.parse("2031-01-05T08:00:00Z"));
    try (FakeCrashPlanServer dated = FakeCrashPlanServer.start(time).addApiClient("id", "secret")) {
      PlainHttp plain = new PlainHttp(dated.baseUrl());
      dated.inject("GET /api/v1/Orgz", 1, Fault.status(503, "busy"));

      assertThat(plain.get("/api/v1/Orgz", null).headers().allValues("Date")).as("a fault")
          .containsExactly("Sun, 05 Jan 2031 08:00:00 GMT");
      assertThat(plain.get("/api/v1/Orgz", null).headers().allValues("Date")).as("a 404")
          .containsExactly("Sun, 05 Jan 2031 08:00:00 GMT");
      time.advance(Duration.ofSeconds(61));
      assertThat(plain.send("POST", "/api/v3/oauth/token?grant_type=client_credentials", PlainHttp.basic("id", "secret"),
          null).headers().allValues("Date")).as("a sign-in").containsExactly("Sun, 05 Jan 2031 08:01:01 GMT");
    }
  }

  @Test
  void aResetGivesAFreshTenant() {
    tenant.addOrgs(3);
    http.get("/api/v1/Orgz", bearer);
    server.failNext(5, Fault.status(500, "x"));

    server.reset();

    assertThat(server.tenant()).isNotSameAs(tenant);
    assertThat(server.tenant().orgs()).hasSize(1);
    assertThat(server.requests()).isEmpty();
    assertThat(server.unservedRequests()).isEmpty();
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).as("old tokens are not known").isEqualTo(401);
  }

  @Test
  void malformedRequestsGetA4xxNeverA500FromTheFakeItself() {
    String[] bodies = {null, "", "{{{", "[]", "\"text\"", "{\"orgName\":42,\"parentOrgGuid\":[]}"};
    String[] queries = {"", "?pgNum=-1&pgSize=0", "?orgId=%25zz&propertyName=", "?grant_type=&username=%25"};
    for (String endpoint : server.servedEndpoints()) {
      if (endpoint.endsWith("/my")) {
        continue; // answer 500 to API clients on purpose, as the console does
      }
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "no-such-id");
      for (String body : bodies) {
        for (String query : queries) {
          int status = http.send(method, path + query, bearer, body).statusCode();
          assertThat(status).as(method + " " + path + query + " with " + body).isLessThan(500);
        }
      }
    }
  }

  @Test
  void tenThousandGeneratedOrgsAreListed() {
    tenant.addOrgs(10_000);

    JsonNode last = json(http.get("/api/v1/Org?pgNum=21&pgSize=500", bearer));

    assertThat(last.at("/data/totalCount").asInt()).isEqualTo(10_001);
    assertThat(last.at("/data/orgs").size()).isEqualTo(1);
  }
}
