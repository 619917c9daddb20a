package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures the client retries, how long it waits, and what it never sends twice. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RetryTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  // Hours behind the machine's clock, on a whole second.
  private final ManualClock time = new ManualClock(Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS));
  private FakeCrashPlanServer server;
  private CrashPlanClient client;
  private OrgService orgs;
  private Org sales;

  @BeforeEach
  void start() {
    server = fake.server().addApiClient("id", "secret");
    sales = server.tenant().addOrg("Sales");
    client = client(builder -> builder);
    orgs = client.orgs();
    orgs.getById(sales.id());
    server.clearRequests();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private CrashPlanClient client(UnaryOperator<CrashPlanClient.Builder> settings) {
    return settings.apply(CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).sleeper(time).clock(time)).build();
  }

  private long sent(String line) {
    return server.requests().stream().map(RecordedRequest::line).filter(line::equals).count();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void readsAreRetriedAfterTransientStatuses(int status) {
    server.failNext(2, Fault.status(status, "transient"));

    assertThat(orgs.getPage(1).orgs()).hasSize(2);
    assertThat(sent("GET /api/v1/Org")).isEqualTo(3);
    assertThat(time.waits()).hasSize(2);
  }

  @Test
  void aReadThatKeepsFailingRaisesTheLastFailureAfterThreeAttempts() {
    server.failNext(3, Fault.status(503, "down"));

    assertThatThrownBy(() -> orgs.getPage(1)).isInstanceOf(ServerErrorException.class).hasMessageContaining("down");
    assertThat(sent("GET /api/v1/Org")).isEqualTo(3);
  }

  @Test
  void retryAfterIsWaitedOutExactly() {
    server.failNext(1, Fault.tooManyRequests(Duration.ofSeconds(7)));

    orgs.getPage(1);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterBeyondTheCapFailsAtOnceCarryingTheWait() {
    server.failNext(1, Fault.tooManyRequests(Duration.ofSeconds(120)));

    assertThatThrownBy(() -> orgs.getPage(1))
        .isInstanceOf(TooManyRequestsException.class)
        .hasMessageContaining("the console asked to wait 120 s, longer than the 60 s this client waits")
        .satisfies(thrown -> assertThat(((TooManyRequestsException) thrown).retryAfter()).contains(Duration.ofSeconds(120)));
    assertThat(sent("GET /api/v1/Org")).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void noRetryStartsThatWouldEndAfterTheCallsDeadline() {
    try (CrashPlanClient hurried = client(builder -> builder.callTimeout(Duration.ofSeconds(10)))) {
      hurried.orgs().getPage(1);
      server.clearRequests();
      server.failNext(3, Fault.tooManyRequests(Duration.ofSeconds(6)));

      assertThatThrownBy(() -> hurried.orgs().getPage(1)).isInstanceOf(TooManyRequestsException.class);
    }
    assertThat(sent("GET /api/v1/Org")).as("the second wait would pass the deadline").isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(6));
  }

  @Test
  void updatesAreRetriedAfterA500() {
    server.inject("PUT /api/v3/orgs/{orgGuid}", 1, Fault.status(500, "oops"));

    assertThat(orgs.updateOrg(sales.id(), OrgUpdate.builder().notes("n").build()).notes()).contains("n");
    assertThat(sent("PUT /api/v3/orgs/" + sales.guid())).isEqualTo(2);
  }

  @Test
  void aStateChangeIsRetriedAfterA429() {
    server.failNext(1, Fault.tooManyRequests(Duration.ZERO));

    orgs.block(sales.id());

    assertThat(sent("POST /api/v3/orgs/" + sales.guid() + "/block")).isEqualTo(2);
    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503})
  void aStateChangeAnswered5xxIsSentAgainIfItDidNotTake(int status) {
    server.failNext(1, Fault.status(status, "oops"));

    orgs.block(sales.id());

    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
    assertThat(server.requests()).extracting(RecordedRequest::toString).containsExactly(
        "POST /api/v3/orgs/" + sales.guid() + "/block -> " + status,
        "GET /api/v3/orgs/" + sales.guid() + " -> 200",
        "POST /api/v3/orgs/" + sales.guid() + "/block -> 204");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void withoutLookingA5xxStateChangeIsAnUnknownOutcome(int status) {
    try (CrashPlanClient blind = client(builder -> builder.retries(Retries.builder().verifyUnknownOutcomes(false).build()))) {
      blind.orgs().getById(sales.id());
      server.failNext(1, Fault.status(status, "oops"));

      assertThatThrownBy(() -> blind.orgs().block(sales.id()))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasCauseInstanceOf(ServerErrorException.class);
    }
    assertThat(sent("POST /api/v3/orgs/" + sales.guid() + "/block")).isEqualTo(1);
  }

  @Test
  void aRetryAfterGivenAsAnHttpDateIsReadAgainstTheClientsClock() {
    // The client's clock is hours away from the machine's: only a wait read against it is 30 s.
    String in30Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(30).atOffset(ZoneOffset.UTC));
    server.enqueue("GET /api/v1/Org", ConsoleAnswer.of(429, "[]").withHeader("Retry-After", in30Seconds));

    orgs.getPage(1);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(30));
    assertThat(sent("GET /api/v1/Org")).isEqualTo(2);
  }

  @Test
  void aStateChangeThatMayHaveReachedTheConsoleIsCarriedOutOnce() {
    server.failNext(1, Fault.afterApplying(Fault.status(502, "bad gateway")));

    orgs.deactivate(sales.id());

    assertThat(server.tenant().org(sales.id()).orElseThrow().status()).isEqualTo(OrgStatus.DEACTIVATED);
    assertThat(sent("POST /api/v3/orgs/" + sales.guid() + "/deactivate")).as("it took: no second send").isEqualTo(1);
  }

  // The org is made at the call's start by the machine's clock, mostly inside the second the
  // console's Date cannot split: then it is named, not taken; either way it is not made twice.
  @Test
  void aCreateWhoseAnswerWasLostIsNotSentAgain() {
    server.failNext(1, Fault.truncatedBody());

    Org[] returned = new Org[1];
    Throwable thrown = catchThrowable(() -> returned[0] = orgs.createOrg(NewOrg.builder().name("Support").build()));

    assertThat(sent("POST /api/v3/orgs")).isEqualTo(1);
    Org support = server.tenant().orgs().stream().filter(org -> org.name().equals("Support")).reduce((a, b) -> {
      throw new AssertionError("two orgs made: " + a + ", " + b);
    }).orElseThrow();
    if (thrown == null) {
      assertThat(returned[0]).isEqualTo(support);
    } else {
      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class).hasMessageContaining(support.guid().value());
    }
  }

  @Test
  void aCreateDroppedBeforeTheConsoleActedIsSentAgain() {
    server.failNext(1, Fault.disconnect());

    Org support = orgs.createOrg(NewOrg.builder().name("Support").build());

    assertThat(sent("POST /api/v3/orgs")).isEqualTo(2);
    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).containsExactly(support);
  }

  @Test
  void aSignInFailureIsRetriedEvenBeforeAStateChange() {
    try (CrashPlanClient fresh = client(builder -> builder)) {
      server.inject("POST /api/v3/oauth/token", 1, Fault.status(503, "busy"));

      fresh.orgs().block(sales.id());
    }
    assertThat(sent("POST /api/v3/oauth/token")).isEqualTo(2);
    assertThat(sent("POST /api/v3/orgs/" + sales.guid() + "/block")).isEqualTo(1);
  }

  @Test
  void aConnectionNeverMadeIsRetriedForEveryCall() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (CrashPlanClient nowhere = CrashPlanClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .credentials(Credentials.apiClient("id", "secret")).sleeper(time).clock(time).build()) {
      assertThatThrownBy(() -> nowhere.orgs().createOrg(NewOrg.builder().name("x").build()))
          .isInstanceOf(TransportFailureException.class)
          .satisfies(thrown -> assertThat(((TransportFailureException) thrown).requestSent()).isFalse());
    }
    assertThat(time.waits()).hasSize(2);
  }

  @Test
  void retriesCanBeTurnedOff() {
    try (CrashPlanClient impatient = client(builder -> builder.retries(Retries.none()))) {
      impatient.orgs().getPage(1);
      server.failNext(1, Fault.status(503, "down"));

      assertThatThrownBy(() -> impatient.orgs().getPage(1)).isInstanceOf(ServerErrorException.class);
    }
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void theRateLimitFailsACallWithNoRoomBeforeItsDeadline() {
    // The deadline only has to be shorter than the limit's hour-long wait; 5 s leaves the first
    // call (sign-in included) room on a busy machine.
    try (CrashPlanClient limited = client(builder -> builder.rateLimit(1, Duration.ofHours(1))
        .callTimeout(Duration.ofSeconds(5)))) {
      limited.orgs().getPage(1);

      assertThatThrownBy(() -> limited.orgs().getPage(1))
          .isInstanceOf(TooManyRequestsException.class)
          .hasMessageContaining("the client-side rate limit leaves no room before the call's deadline");
    }
  }

  @Test
  void retrySettingsAreChecked() {
    assertThatThrownBy(() -> Retries.builder().maxAttempts(0).build()).hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> Retries.builder().baseDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(1)).build())
        .hasMessage("maxDelay must not be shorter than baseDelay");
    assertThatThrownBy(() -> CrashPlanClient.builder().rateLimit(0, Duration.ofSeconds(1)))
        .hasMessage("requests must be at least 1, was 0");
    assertThatThrownBy(() -> CrashPlanClient.builder().callTimeout(Duration.ZERO))
        .hasMessage("callTimeout must be positive, was PT0S");
  }
}
