package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.Org;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each kind of fault, over HTTP, with a client that knows nothing of the SDK. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FaultInjectionTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension()
      .seed(tenant -> tenant.addApiClient("id", "secret"));

  private FakeCrashPlanServer server;
  private PlainHttp http;
  private String bearer;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    http = new PlainHttp(server.baseUrl());
    bearer = http.bearerFor("id", "secret");
  }

  @Test
  void aStatusFaultFailsTheNextRequestsThenTheServerAnswersAgain() {
    server.failNext(2, Fault.status(503, "maintenance"));

    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(503);
    assertThat(http.get("/api/v1/Org", bearer).body()).isEqualTo("maintenance");
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(200);
  }

  @Test
  void aFaultAimedAtOneEndpointLeavesTheOthersAlone() {
    Org org = server.tenant().addOrg("Sales");
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.status(409, "busy"));

    assertThat(http.get("/api/v3/orgs/" + org.guid(), bearer).statusCode()).isEqualTo(200);
    assertThat(http.send("POST", "/api/v3/orgs/" + org.guid() + "/unblock", bearer, null).statusCode()).isEqualTo(204);
    assertThat(http.send("POST", "/api/v3/orgs/" + org.guid() + "/block", bearer, null).statusCode()).isEqualTo(409);
    assertThat(http.send("POST", "/api/v3/orgs/" + org.guid() + "/block", bearer, null).statusCode()).isEqualTo(204);
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSeconds() {
    server.failNext(1, Fault.tooManyRequests(Duration.ofSeconds(7)));

    HttpResponse<String> answer = http.get("/api/v1/Org", bearer);

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After")).contains("7");
  }

  @Test
  void aDelayHoldsTheAnswerBackThenServesIt() {
    server.failNext(1, Fault.delay(Duration.ofMillis(200)));
    long started = System.nanoTime();

    HttpResponse<String> answer = http.get("/api/v1/Org", bearer);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void aDelayAddsUpWithAnotherFault() {
    server.inject("*", Integer.MAX_VALUE, Fault.delay(Duration.ofMillis(150)));
    server.failNext(1, Fault.status(502, "gateway"));
    long started = System.nanoTime();

    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(502);
    Duration first = Duration.ofNanos(System.nanoTime() - started);
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(200);
    Duration both = Duration.ofNanos(System.nanoTime() - started);

    assertThat(first).as("the 502 waited out the delay").isGreaterThanOrEqualTo(Duration.ofMillis(150));
    assertThat(both).as("and so did the answer after it").isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aDisconnectEndsTheExchangeWithoutAnAnswer() {
    server.failNext(1, Fault.disconnect());

    // A POST, because the JDK client quietly resends a GET once after a dropped connection.
    assertThatThrownBy(() -> http.send("POST", "/api/v3/orgs", bearer, "{\"orgName\":\"x\"}"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(server.requests()).last().extracting(RecordedRequest::status).isEqualTo(0);
    assertThat(server.tenant().orgs()).hasSize(1);
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(200);
  }

  @Test
  void aTruncatedBodyIsCutShortOfWhatTheHeadersPromise() throws IOException {
    server.tenant().addOrgs(50);
    server.failNext(1, Fault.truncatedBody());

    // A raw socket reads every byte the fake sends until it hangs up: no client decides for us.
    byte[] received;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET /api/v1/Org HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bearer
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      received = socket.getInputStream().readAllBytes();
    }
    String answer = new String(received, StandardCharsets.UTF_8);
    int headersEnd = answer.indexOf("\r\n\r\n");
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, headersEnd));

    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(length.find()).isTrue();
    int promised = Integer.parseInt(length.group(1));
    int sent = received.length - (answer.substring(0, headersEnd + 4).getBytes(StandardCharsets.UTF_8).length);
    assertThat(sent).isPositive().isLessThan(promised);
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(200);
  }

  @Test
  void aMalformedBodyIsNotJson() {
    server.failNext(1, Fault.malformedBody());

    HttpResponse<String> answer = http.get("/api/v1/Org", bearer);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).startsWith("<html>");
  }

  @Test
  void anExpiredTokenStaysRefused() {
    server.failNext(1, Fault.expiredToken());

    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/Org", http.bearerFor("id", "secret")).statusCode()).isEqualTo(200);
  }

  @Test
  void faultsAreCheckedBeforeTheyAreInjected() {
    assertThatThrownBy(() -> server.inject("GET api/v1/Org", 1, Fault.disconnect()))
        .hasMessage("endpoint must be * or a method and a path such as \"GET /api/v3/orgs/{orgGuid}\", was \"GET api/v1/Org\"");
    assertThatThrownBy(() -> server.failNext(0, Fault.disconnect())).hasMessage("times must be at least 1, was 0");
    assertThatThrownBy(() -> Fault.status(42, "")).hasMessage("status must be an HTTP status, was 42");
  }

  @Test
  void anAnswerLostAfterApplyingLeavesTheWorkDone() {
    Org sales = server.tenant().addOrg("Sales");
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.afterApplying(Fault.status(504, "gateway timeout")));
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

    HttpResponse<String> block = http.send("POST", "/api/v3/orgs/" + sales.guid() + "/block", bearer, null);
    assertThatThrownBy(() -> http.send("POST", "/api/v3/orgs", bearer, "{\"orgName\":\"Support\"}"))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(block.statusCode()).isEqualTo(504);
    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).as("blocked all the same").isTrue();
    assertThat(server.tenant().orgs()).extracting(Org::name).as("created all the same").contains("Support");
    assertThat(server.requests()).extracting(RecordedRequest::status).endsWith(504, 0);
  }

  @Test
  void onlyAnAnswerThatCanBeLostCanFollowApplying() {
    assertThatThrownBy(() -> Fault.afterApplying(Fault.delay(Duration.ofMillis(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
