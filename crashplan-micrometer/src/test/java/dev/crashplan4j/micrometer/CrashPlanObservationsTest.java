package dev.crashplan4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client's calls as Micrometer observations and counters, over HTTP against the fake console. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CrashPlanObservationsTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension console =
      new FakeCrashPlanServerExtension().seed(tenant -> tenant.addApiClient("id", "secret"));

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private FakeCrashPlanServer server;
  private Org sales;

  @BeforeEach
  void start(FakeCrashPlanServer server) {
    this.server = server;
    sales = server.tenant().addOrg("Sales");
  }

  private CrashPlanClient client(ObservationRegistry observations) {
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient("id", "secret"))
        .sleeper(new ManualClock()).listener(CrashPlanObservations.listener(observations, meters)).build();
  }

  @Test
  void eachCallIsAnObservationTaggedWithHowItEnded() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    try (CrashPlanClient client = client(observations)) {
      client.orgs().getById(sales.id());
      server.failNext(1, Fault.status(403, "no"));
      assertThatThrownBy(() -> client.orgs().block(sales.id())).isInstanceOf(ForbiddenException.class);
    }

    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsWithNameEqualTo(CrashPlanObservations.CALL, 3)
        .hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("operation", "walkListing"))
        .hasAnObservation(observation -> observation
            .hasLowCardinalityKeyValue("operation", "getById")
            .hasLowCardinalityKeyValue("outcome", "success")
            .hasLowCardinalityKeyValue("status.class", "2xx")
            .doesNotHaveError())
        .hasAnObservation(observation -> observation
            .hasLowCardinalityKeyValue("operation", "block")
            .hasLowCardinalityKeyValue("outcome", "failure")
            .hasLowCardinalityKeyValue("status.class", "4xx")
            .hasLowCardinalityKeyValue("error", "ForbiddenException")
            .hasError());
  }

  @Test
  void aMeterHandlerMetersEveryKindOfEvent() {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (CrashPlanClient client = client(observations)) {
      client.orgs().getPage(1);
      server.failNext(1, Fault.tooManyRequests(Duration.ZERO));
      client.orgs().getPage(1);
      server.tenant().expireAllTokens();
      client.orgs().getPage(1);
    }

    Timer calls = meters.find(CrashPlanObservations.CALL).tag("operation", "getPage").tag("outcome", "success").timer();
    assertThat(calls).isNotNull();
    assertThat(calls.count()).isEqualTo(3);
    assertThat(meters.counter(CrashPlanObservations.RETRIES, "operation", "getPage", "reason", "429").count()).isEqualTo(1);
    assertThat(meters.counter(CrashPlanObservations.SIGN_INS, "reason", "sign_in", "outcome", "success").count())
        .as("the first and the one after the expiry").isEqualTo(2);
  }

  @Test
  void forClientGivesEachOfSeveralClientsItsOwnMeters() {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    CrashPlanObservations shared = CrashPlanObservations.listener(observations, meters);
    try (FakeCrashPlanServer other = FakeCrashPlanServer.start().addApiClient("b-id", "b-secret");
        CrashPlanClient tenantA = CrashPlanClient.builder().baseUrl(server.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).listener(shared.forClient("tenantA")).build();
        CrashPlanClient tenantB = CrashPlanClient.builder().baseUrl(other.baseUrl())
            .credentials(Credentials.apiClient("b-id", "b-secret")).listener(shared.forClient("tenantB")).build()) {
      tenantA.orgs().getPage(1);
      tenantB.orgs().getPage(1);
      tenantB.orgs().getPage(1);
    }

    assertThat(meters.find(CrashPlanObservations.CALL).tag("client", "tenantA").tag("operation", "getPage").timer())
        .isNotNull().satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
    assertThat(meters.find(CrashPlanObservations.CALL).tag("client", "tenantB").tag("operation", "getPage").timer())
        .isNotNull().satisfies(timer -> assertThat(timer.count()).isEqualTo(2));
    assertThat(meters.counter(CrashPlanObservations.SIGN_INS, "client", "tenantB", "reason", "sign_in",
        "outcome", "success").count()).isEqualTo(1);
  }

  @Test
  void aBlankClientNameIsRefusedBeforeAnyCall() {
    CrashPlanObservations shared = CrashPlanObservations.listener(ObservationRegistry.create(), meters);

    assertThatThrownBy(() -> shared.forClient(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the client's name for the client tag must not be blank");
  }

  @Test
  void noTagCarriesAnOrgIdANameOrASecret() {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (CrashPlanClient client = client(observations)) {
      client.orgs().getById(sales.id());
      client.orgs().block(sales.id());
    }

    List<String> tagValues = meters.getMeters().stream().map(Meter::getId)
        .flatMap(id -> id.getTags().stream()).map(Tag::getValue).toList();
    assertThat(tagValues).isNotEmpty().noneMatch(value ->
        value.equals(sales.id().toString()) || value.contains("org " + sales.id()) || value.contains("Sales") || value.contains("secret")
            || value.contains(sales.guid().value()));
  }

  @Test
  void theActiveCallsGaugeIsBackToZeroWhateverEndedTheCalls() {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    Sleeper interrupted = wait -> {
      throw new InterruptedException("stopped");
    };
    try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).sleeper(interrupted)
        .rateLimit(2, Duration.ofHours(1)).callTimeout(Duration.ofSeconds(5))
        .listener(CrashPlanObservations.listener(observations, meters)).build()) {
      server.failNext(1, Fault.status(503, "down"));
      assertThatThrownBy(() -> client.orgs().getPage(1)).as("its wait interrupted")
          .isInstanceOf(ServerErrorException.class);
      Thread.interrupted();
      assertThatThrownBy(() -> client.orgs().getPage(1)).as("no room in the rate limit")
          .isInstanceOf(TooManyRequestsException.class);
    }

    LongTaskTimer active = meters.find(CrashPlanObservations.CALL + ".active").longTaskTimer();
    assertThat(active).isNotNull();
    assertThat(active.activeTasks()).isZero();
    assertThat(meters.find(CrashPlanObservations.CALL).tag("outcome", "failure").timers())
        .extracting(Timer::count).containsExactlyInAnyOrder(1L, 1L);
  }
}
