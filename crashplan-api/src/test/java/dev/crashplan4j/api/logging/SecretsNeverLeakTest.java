package dev.crashplan4j.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.port.JsonBody;
import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/**
 * A full run with every kind of credentials, renewals, faults and failures, at trace level:
 * no secret the client was given or handed out appears in a log line, an exception, a
 * {@code toString()} or the fake's journal. And each request is one debug line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecretsNeverLeakTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private static final String API_SECRET = "api-S3cret-0a1b2c";
  private static final String PASSWORD = "pw-Hunter2-9z8y";
  private static final String TOTP_SECRET = "KRUGS4ZAONSWG4TFOQQEK5LUNBSW4";
  private static final Sleeper NO_WAIT = duration -> {};

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final List<String> codesGiven = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = fake.server().addApiClient("key-1", API_SECRET);
    tenant = server.tenant();
    tenant.addLocalUser("ana@example.test", PASSWORD, TOTP_SECRET);
    CapturedLogs.start();
  }

  @AfterEach
  void stop() {
    CapturedLogs.stop();
  }

  private CrashPlanClient client(Credentials credentials) {
    seen.add(credentials.toString());
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(credentials).sleeper(NO_WAIT).build();
  }

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        seen.add(cause.toString());
        for (Throwable suppressed : cause.getSuppressed()) {
          seen.add(suppressed.toString());
        }
      }
    }
  }

  @Test
  void noSecretAppearsInLogsExceptionsToStringsOrTheJournal() {
    Supplier<String> totp = () -> {
      String code = tenant.totpCode(TOTP_SECRET);
      codesGiven.add(code);
      return code;
    };
    try (CrashPlanClient apiClient = client(Credentials.apiClient("key-1", API_SECRET));
        CrashPlanClient user = client(Credentials.localAccount("ana@example.test", PASSWORD, totp));
        CrashPlanClient wrongPassword = client(Credentials.localAccount("ana@example.test", PASSWORD + "x", totp));
        CrashPlanClient wrongSecret = client(Credentials.apiClient("key-1", API_SECRET + "x"))) {
      OrgService orgs = apiClient.orgs();
      Org sales = orgs.createOrg(NewOrg.builder().name("Sales").build());
      seen.add(sales.toString());
      server.failNext(1, Fault.expiredToken());
      attempt(() -> orgs.getById(sales.id()));
      server.failNext(1, Fault.tooManyRequests(Duration.ZERO));
      attempt(() -> orgs.block(sales.id()));
      server.failNext(1, Fault.malformedBody());
      attempt(() -> orgs.getPage(1));
      server.failNext(1, Fault.status(403, "forbidden"));
      attempt(() -> orgs.unblock(sales.id()));
      OrgSettingsEdit edit = orgs.getSettings(sales.id()).edit().archiveHoldDays(40).webRestoreEnabled(false);
      seen.add(edit.toString());
      attempt(() -> orgs.updateSettings(edit).throwIfFailed());
      attempt(() -> user.orgs().getCurrent());
      tenant.expireAllTokens();
      attempt(() -> user.orgs().getCurrent());
      attempt(() -> wrongPassword.orgs().getCurrent());
      attempt(() -> wrongSecret.orgs().getPage(1));
      String jwt = tenant.issuedTokens().get(0);
      try (CrashPlanClient provided = client(Credentials.jwtProvider(() -> jwt))) {
        attempt(() -> provided.orgs().getPage(1));
      }
    }
    List<CapturedLogs.Line> logs = CapturedLogs.stop();
    logs.forEach(line -> seen.add(line.message()));
    server.requests().forEach(request -> seen.add(request + " " + request.headers() + " " + request.body()));

    // The right secrets and the wrong ones tried, the tokens issued, and what carried them.
    List<String> secrets = new ArrayList<>(List.of(API_SECRET, API_SECRET + "x", PASSWORD, PASSWORD + "x", TOTP_SECRET));
    secrets.addAll(tenant.issuedTokens());
    List<String> carried = new ArrayList<>();
    for (String[] pair : new String[][] {{"key-1", API_SECRET}, {"key-1", API_SECRET + "x"},
        {"ana@example.test", PASSWORD}, {"ana@example.test", PASSWORD + "x"}}) {
      carried.add(Base64.getEncoder().encodeToString((pair[0] + ":" + pair[1]).getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(tenant.issuedTokens()).hasSizeGreaterThan(3);
    assertThat(codesGiven).isNotEmpty();
    assertThat(logs).as("the run was logged").hasSizeGreaterThan(20);
    for (String secret : secrets) {
      for (String form : forms(secret)) {
        assertThat(seen).as("nothing shows any piece or encoding of a " + secret.length() + "-character secret")
            .noneMatch(text -> text.contains(form));
      }
    }
    for (String header : carried) {
      assertThat(seen).as("nothing shows a Basic credential").noneMatch(text -> text.contains(header.substring(0, 12)));
    }
    // TOTP codes are six digits: only whole, lest a timestamp look like one.
    for (String code : codesGiven) {
      Pattern whole = Pattern.compile("(?<![0-9])" + code + "(?![0-9])");
      assertThat(seen).as("nothing shows a TOTP code").noneMatch(text -> whole.matcher(text).find());
    }
  }

  // The secret whole and URL-encoded, and every run of 8 of its characters.
  private static List<String> forms(String secret) {
    List<String> forms = new ArrayList<>(List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8)));
    for (int from = 0; from + 8 <= secret.length(); from++) {
      forms.add(secret.substring(from, from + 8));
    }
    return forms;
  }

  @Test
  void eachRequestIsOneDebugLineWithBodiesOnlyAtTrace() {
    try (CrashPlanClient apiClient = client(Credentials.apiClient("key-1", API_SECRET))) {
      apiClient.orgs().getPage(1);
      apiClient.orgs().createOrg(NewOrg.builder().name("Sales").build());
    }
    List<CapturedLogs.Line> logs = CapturedLogs.stop();

    List<String> requestLines = logs.stream()
        .filter(line -> line.logger().equals("dev.crashplan4j.http") && line.level() == Level.DEBUG)
        .map(CapturedLogs.Line::message).collect(Collectors.toList());
    assertThat(requestLines).hasSize(server.requestCount());
    assertThat(requestLines.get(0)).matches("POST /api/v3/oauth/token\\?grant_type=client_credentials -> 200 in \\d+ ms");
    assertThat(requestLines.get(1)).matches("GET /api/v1/Org\\?pgNum=1&pgSize=500 -> 200 in \\d+ ms");
    List<String> traces = logs.stream().filter(line -> line.level() == Level.TRACE)
        .map(CapturedLogs.Line::message).collect(Collectors.toList());
    assertThat(traces).anyMatch(line -> line.startsWith("POST /api/v3/orgs request body: {\"orgName\":\"Sales\""));
    assertThat(traces).anyMatch(line -> line.contains("\"access_token\":\"****\""));
    assertThat(traces).anyMatch(line -> line.contains("\"registrationKey\":\"****\""));
    String registrationKey = tenant.rootOrg().registrationKey().orElseThrow();
    assertThat(logs).noneMatch(line -> line.message().contains(registrationKey));
    assertThat(logs).filteredOn(line -> line.level() == Level.DEBUG).noneMatch(line -> line.message().contains("orgName"));
  }

  @Test
  void anyEndpointsSecretFieldsAreMaskedInTheLog() {
    server.enqueue("POST /api/v1/UserPassword", ConsoleAnswer.of(200, "{\"data\":{\"userId\":7,"
        + "\"session\":{\"accessToken\":\"at-9f8e7d6c\",\"refreshToken\":\"rt-5b4a3c2d\"},"
        + "\"keys\":[{\"privateKey\":\"pk-1a2b3c4d\"}]},\"error\":null,\"warnings\":null}"));
    try (CrashPlanClient apiClient = client(Credentials.apiClient("key-1", API_SECRET))) {
      apiClient.http().post("/api/v1/UserPassword",
          JsonBody.of("{\"userId\":7,\"username\":\"ana@example.test\",\"newPassword\":\"np-6e5d4c3b\","
              + "\"profile\":{\"apiKey\":\"ak-0f9e8d7c\",\"access_token\":\"at-1b2c3d4e\"}}"));
      apiClient.http().get("/api/v1/User", QueryParameters.builder().putParameters("pgSize", "10").putParameters("apiKey", "ak-q1w2e3r4").build());
    }
    List<CapturedLogs.Line> logs = CapturedLogs.stop();

    List<String> http = logs.stream().filter(line -> line.logger().equals("dev.crashplan4j.http"))
        .map(CapturedLogs.Line::message).collect(Collectors.toList());
    assertThat(http).anyMatch(line -> line.equals("POST /api/v1/UserPassword request body: {\"userId\":7,"
        + "\"username\":\"ana@example.test\",\"newPassword\":\"****\",\"profile\":{\"apiKey\":\"****\",\"access_token\":\"****\"}}"));
    assertThat(http).anyMatch(line -> line.equals("POST /api/v1/UserPassword response body: {\"data\":{\"userId\":7,"
        + "\"session\":{\"accessToken\":\"****\",\"refreshToken\":\"****\"},\"keys\":\"****\"},\"error\":null,\"warnings\":null}"));
    assertThat(http).anyMatch(line -> line.matches("GET /api/v1/User\\?pgSize=10&apiKey=\\*\\*\\*\\* -> 200 in \\d+ ms"));
    for (String secret : List.of("at-9f8e7d6c", "rt-5b4a3c2d", "pk-1a2b3c4d", "np-6e5d4c3b", "ak-0f9e8d7c", "at-1b2c3d4e", "ak-q1w2e3r4")) {
      assertThat(logs).as(secret).noneMatch(line -> line.message().contains(secret));
    }
  }
}
