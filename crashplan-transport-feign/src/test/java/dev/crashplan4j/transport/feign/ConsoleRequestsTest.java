package dev.crashplan4j.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.ConflictException;
import dev.crashplan4j.core.error.NotFoundException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the compiled endpoints put on the wire, as the fake console received it: values in the
 * path and the query percent-encoded as Feign's templates encoded them, the headers, the body.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConsoleRequestsTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension console = FeignConsole.extension("requests-test/2");

  private FakeCrashPlanServer server;
  private CrashPlanTransport transport;
  private BearerToken token;

  @BeforeEach
  void start(FakeCrashPlanServer server, CrashPlanTransport transport) {
    this.server = server;
    this.transport = transport;
    token = transport.requestApiClientToken(ApiClientTokenRequest.builder().clientId("id").secret("secret").build());
    server.clearRequests();
  }

  private RecordedRequest lastRequest() {
    List<RecordedRequest> requests = server.requests();
    return requests.get(requests.size() - 1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "a b | a%20b",
      "a/b/c | a%2Fb%2Fc",
      "100% | 100%25",
      "a%20b | a%20b", // an escape already there is kept, as Feign kept it
      "a+b | a%2Bb",
      "Zürich é | Z%C3%BCrich%20%C3%A9",
      "a?b#c&d=e | a%3Fb%23c%26d%3De",
      ":@!$'()*,; | %3A%40%21%24%27%28%29%2A%2C%3B",
      "~._- | ~._-"})
  void aGuidIsOnePercentEncodedPathSegment(String guid, String sent) {
    OrgRef odd = new OrgRef(new OrgId(7), new OrgUid("7"), new OrgGuid(guid));

    assertThat(catchThrowable(() -> transport.blockOrg(token, odd))).isInstanceOf(NotFoundException.class);
    assertThat(lastRequest().path()).isEqualTo("/api/v3/orgs/" + sent + "/block");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ana b@example.test | ana%20b%40example.test",
      "a+b&c=d | a%2Bb%26c%3Dd",
      "jörg/1 | j%C3%B6rg%2F1"})
  void aQueryValueIsPercentEncoded(String username, String sent) {
    transport.loginType(username);

    assertThat(lastRequest().path()).isEqualTo("/api/v3/LoginConfiguration");
    assertThat(lastRequest().query()).isEqualTo("username=" + sent);
  }

  @Test
  void extraParametersFollowInTheirOrderAnEmptyOneByName() {
    Org sales = server.tenant().addOrg("Sales");
    QueryParameters extra = QueryParameters.builder()
        .putParameters("q", "a b+c").putParameters("incAll", "").putParameters("ü", "/").build();

    transport.getOrg(token, sales.ref(), extra);

    assertThat(lastRequest().query()).isEqualTo("q=a%20b%2Bc&incAll&%C3%BC=%2F");
  }

  @Test
  void aReadSendsTheTokenAndUserAgentAndNoContentType() {
    Org sales = server.tenant().addOrg("Sales");

    transport.getOrg(token, sales.ref(), QueryParameters.none());

    assertThat(lastRequest().headers())
        .containsEntry("authorization", "Bearer ****")
        .containsEntry("user-agent", "requests-test/2")
        .doesNotContainKeys("content-type", "accept");
  }

  @Test
  void aCreateSendsItsJsonBodyWithItsTypeAndLength() {
    transport.createOrg(token, CreateOrgRequest.of(NewOrg.builder().name("Zürich \"Ops\"").build()));

    RecordedRequest create = lastRequest();
    assertThat(create.line()).isEqualTo("POST /api/v3/orgs");
    assertThat(create.headers())
        .containsEntry("content-type", "application/json")
        .containsEntry("content-length", Integer.toString(create.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
        .containsEntry("user-agent", "requests-test/2");
    assertThat(create.body()).contains("\"orgName\":\"Zürich \\\"Ops\\\"\"");
  }

  @Test
  void anActionWithoutABodySendsAnEmptyOne() {
    Org sales = server.tenant().addOrg("Sales");

    transport.blockOrg(token, sales.ref());

    assertThat(lastRequest().headers()).containsEntry("content-length", "0").doesNotContainKey("content-type");
    assertThat(lastRequest().body()).isEmpty();
    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
  }

  @Test
  void theTwoFactorHeaderIsSentOnlyWhenACodeIsGiven() {
    server.tenant().addLocalUser("ana", "pw");

    transport.requestUserToken(UserTokenRequest.builder().username("ana").password("pw").build());
    RecordedRequest without = lastRequest();
    catchThrowable(() -> transport.requestUserToken(UserTokenRequest.builder().username("ana").password("pw").totpCode("123456").build()));
    RecordedRequest with = lastRequest();

    assertThat(without.headers()).doesNotContainKey("totp-auth").containsKey("authorization");
    assertThat(with.headers()).containsKey("totp-auth");
  }

  @Test
  void anErrorStatusKeepsItsStatusAndTheStartOfItsBody() {
    Org sales = server.tenant().addOrg("Sales");
    server.failNext(1, Fault.status(409, "{\"error\":[{\"text\":\"ORG_NAME_TAKEN\"}]}"));
    server.failNext(1, Fault.status(503, "<html>maintenance</html>"));

    assertThatThrownBy(() -> transport.getOrg(token, sales.ref(), QueryParameters.none()))
        .isInstanceOfSatisfying(ConflictException.class, thrown -> assertThat(thrown.httpStatus()).hasValue(409))
        .hasMessageContaining("ORG_NAME_TAKEN");
    assertThatThrownBy(() -> transport.getOrg(token, sales.ref(), QueryParameters.none()))
        .isInstanceOfSatisfying(ServerErrorException.class, thrown -> assertThat(thrown.httpStatus()).hasValue(503))
        .hasMessageContaining("maintenance");
  }
}
