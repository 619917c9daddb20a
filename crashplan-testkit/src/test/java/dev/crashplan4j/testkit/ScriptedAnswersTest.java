package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers a test scripts, and a dispatcher of its own in front of the console's routes. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScriptedAnswersTest {

  // Lenient: a dispatcher of the test's own is asked for an endpoint the console does not have.
  @RegisterExtension
  final FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension().lenient()
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
  void queuedAnswersAreGivenInOrderOnceEach() {
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.enveloped(Map.of("totalCount", 0, "orgs", List.of())));
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(200, "{\"totalCount\":99,\"orgs\":[]}").withHeader("X-Test", "2"));

    HttpResponse<String> first = http.get("/api/v1/Org", bearer);
    HttpResponse<String> second = http.get("/api/v1/Org", bearer);
    HttpResponse<String> third = http.get("/api/v1/Org", bearer);

    assertThat(first.body()).contains("\"data\":{", "\"totalCount\":0");
    assertThat(second.body()).isEqualTo("{\"totalCount\":99,\"orgs\":[]}");
    assertThat(second.headers().firstValue("X-Test")).contains("2");
    assertThat(third.body()).as("the console's own answer: the root org").contains("\"totalCount\":1");
    assertThat(server.requests()).extracting(RecordedRequest::status).containsOnly(200);
  }

  @Test
  void aQueuedAnswerWaitsForItsOwnEndpoint() {
    server.enqueue("GET /api/v3/orgs/{orgGuid}", ConsoleAnswer.json(200, Map.of("orgId", 5)));

    assertThat(http.get("/api/v1/Org", bearer).body()).contains("Root Org");
    assertThat(http.get("/api/v3/orgs/anything", bearer).body()).isEqualTo("{\"orgId\":5}");
  }

  @Test
  void aFaultComesBeforeAQueuedAnswer() {
    server.enqueue("*", ConsoleAnswer.of(200, "{}"));
    server.failNext(1, Fault.status(503, "down"));

    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(503);
    assertThat(http.get("/api/v1/Org", bearer).body()).isEqualTo("{}");
  }

  @Test
  void aTestsDispatcherAnswersWhatItKnowsDelegatingTheRest() {
    Dispatcher console = server.consoleRoutes();
    server.dispatcher(request -> request.path().equals("/api/v1/User")
        ? Optional.of(ConsoleAnswer.enveloped(List.of(Map.of("username", "ana"))))
        : console.dispatch(request));

    assertThat(http.get("/api/v1/User", bearer).body()).contains("\"username\":\"ana\"");
    assertThat(http.get("/api/v1/Org", bearer).body()).contains("Root Org");
    assertThat(http.get("/api/v1/Users", bearer).statusCode()).isEqualTo(404);
    assertThat(server.unservedRequests()).extracting(RecordedRequest::path).containsExactly("/api/v1/Users");
  }

  @Test
  void aResetForgetsQueuedAnswers() {
    server.enqueue("*", ConsoleAnswer.of(418, "teapot"));

    server.reset();
    server.addApiClient("id", "secret");

    assertThat(http.get("/api/v1/Org", http.bearerFor("id", "secret")).statusCode()).isEqualTo(200);
  }
}
