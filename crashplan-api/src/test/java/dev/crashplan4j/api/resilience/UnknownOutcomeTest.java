package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.settings.RequestOutcome;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.Dispatcher;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Changes whose answer was lost, in both worlds the fake can make: the console refused or never
 * saw the request, or it applied it and then the answer was lost. The client reads the console
 * to decide; the requests each case costs are the ones the README documents.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UnknownOutcomeTest {

  private final ManualClock waits = new ManualClock();
  private FakeCrashPlanServer server;
  private CrashPlanClient client;
  private OrgService orgs;
  private Org sales;

  @BeforeEach
  void start() {
    server = FakeCrashPlanServer.start().addApiClient("id", "secret");
    sales = server.tenant().addOrg("Sales");
    client = newClient();
    orgs = client.orgs();
    orgs.getById(sales.id());
    server.clearRequests();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  // Retries wait on a clock that only records; the client's clock and the console's are the
  // machine's. Identical creates run one at a time, so one call may meet several of the faults
  // in a row: more attempts than the standard three.
  private CrashPlanClient newClient() {
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient("id", "secret"))
        .retries(Retries.builder().maxAttempts(8).build()).sleeper(waits).build();
  }

  private List<String> lines() {
    return server.requests().stream().map(RecordedRequest::toString).collect(Collectors.toList());
  }

  private static Fault lost(String how) {
    switch (how) {
      case "dropped":
        return Fault.disconnect();
      case "truncated":
        return Fault.truncatedBody();
      default:
        return Fault.status(Integer.parseInt(how), "lost");
    }
  }

  // (An org action answers 204 with no body, so it has no body to cut.)
  @ParameterizedTest(name = "applied, then {0}")
  @ValueSource(strings = {"dropped", "408", "500", "502", "503", "504"})
  void aBlockTheConsoleAppliedIsFoundDoneByOneReadAndNotSentAgain(String how) {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.afterApplying(lost(how)));

    orgs.block(sales.id());

    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
    assertThat(lines()).hasSize(2).last().isEqualTo("GET /api/v3/orgs/" + sales.guid() + " -> 200");
  }

  @ParameterizedTest(name = "refused with {0}")
  @ValueSource(strings = {"dropped", "408", "500", "502", "503", "504"})
  void aBlockTheConsoleNeverAppliedIsFoundNotDoneAndSentOnceMore(String how) {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, lost(how));

    orgs.block(sales.id());

    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
    assertThat(lines()).hasSize(3).containsSubsequence(
        "GET /api/v3/orgs/" + sales.guid() + " -> 200", "POST /api/v3/orgs/" + sales.guid() + "/block -> 204");
  }

  @ParameterizedTest(name = "applied, then {0}")
  @ValueSource(strings = {"dropped", "truncated", "502", "504"})
  void aCreateTheConsoleAppliedReturnsThatOrgAfterOneWalkOfTheListing(String how) {
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(lost(how)));

    Org made = orgs.createOrg(NewOrg.builder().name("Support").parentOrgUid(sales.uid()).notes("n").build());

    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).containsExactly(made);
    assertThat(made.parentId()).contains(sales.id());
    assertThat(lines()).hasSize(2).last().isEqualTo("GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  @ParameterizedTest(name = "refused with {0}")
  @ValueSource(strings = {"dropped", "500", "503"})
  void aCreateTheConsoleNeverAppliedIsSentOnceMoreAfterTheWalkFindsNothing(String how) {
    server.inject("POST /api/v3/orgs", 1, lost(how));

    Org made = orgs.createOrg(NewOrg.builder().name("Support").build());

    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).containsExactly(made);
    assertThat(lines()).hasSize(3).endsWith("GET /api/v1/Org?pgNum=1&pgSize=500 -> 200", "POST /api/v3/orgs -> 200");
  }

  @Test
  void anIdenticalOrgCreatedBeforeTheCallIsNotTakenForTheOneItMade() {
    // A console whose clock made the older org an hour ago, and then came to the present.
    ManualClock console = new ManualClock(Instant.now().minus(Duration.ofHours(1)));
    try (FakeCrashPlanServer past = FakeCrashPlanServer.start(console).addApiClient("id", "secret");
        CrashPlanClient now = CrashPlanClient.builder().baseUrl(past.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).sleeper(waits).build()) {
      Org older = past.tenant().addOrg("Support");
      console.advance(Duration.ofHours(1));
      past.inject("POST /api/v3/orgs", 1, Fault.disconnect());

      Org made = now.orgs().createOrg(NewOrg.builder().name("Support").build());

      assertThat(made).isNotEqualTo(older);
      assertThat(past.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).containsExactly(older, made);
    }
  }

  // The README's downstream pattern: one ManualClock for client and fake, on whatever day it
  // starts, while the fake's Date header follows the machine.
  @ParameterizedTest(name = "the clock starting {0}")
  @ValueSource(strings = {"now", "2020-01-01T00:00:00Z", "2030-06-01T00:00:00Z"})
  void oneManualClockForClientAndFakeFindsTheLostCreate(String start) {
    ManualClock time = start.equals("now") ? new ManualClock() : new ManualClock(Instant.parse(start));
    try (FakeCrashPlanServer fake = FakeCrashPlanServer.start(time).addApiClient("id", "secret");
        CrashPlanClient shared = CrashPlanClient.builder().baseUrl(fake.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).clock(time).sleeper(time).build()) {
      fake.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

      Org made = shared.orgs().createOrg(NewOrg.builder().name("Support").externalReference("REQ-1").build());

      assertThat(fake.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).containsExactly(made);
    }
  }

  // The top org named or implied asks for the same org: the second create must not run while
  // the first looks for what it made. The first is refused (not applied); the second is
  // applied, and its answer held until the first has looked or a second has passed.
  @Test
  void createsWithTheTopOrgNamedOrImpliedNeverReturnOneOrgTwice() throws Exception {
    Org top = server.tenant().orgs().stream().filter(org -> org.parentId().isEmpty()).findFirst().orElseThrow();
    CountDownLatch namedApplied = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);
    AtomicInteger impliedPosts = new AtomicInteger();
    Dispatcher routes = server.consoleRoutes();
    server.dispatcher(request -> {
      boolean create = request.method().equals("POST") && request.path().equals("/api/v3/orgs");
      if (create && !request.body().contains(top.guid().value()) && impliedPosts.incrementAndGet() == 1) {
        return Optional.of(ConsoleAnswer.of(503, "busy"));
      }
      Optional<ConsoleAnswer> answer = routes.dispatch(request);
      if (create && request.body().contains(top.guid().value())) {
        namedApplied.countDown();
        await(looked, Duration.ofSeconds(1));
      } else if (request.path().equals("/api/v1/Org")) {
        looked.countDown();
      }
      return answer;
    });
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Org> named = threads.submit(() -> orgs.createOrg(NewOrg.builder().name("Support")
          .parentOrgUid(top.uid()).build()));
      namedApplied.await(10, TimeUnit.SECONDS);
      Future<Org> implied = threads.submit(() -> orgs.createOrg(NewOrg.builder().name("Support").build()));

      List<OrgGuid> returned = List.of(named.get(30, TimeUnit.SECONDS).guid(), implied.get(30, TimeUnit.SECONDS).guid());

      assertThat(returned).doesNotHaveDuplicates();
      assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).extracting(Org::guid)
          .containsExactlyInAnyOrderElementsOf(returned);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch, Duration atMost) {
    try {
      latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theLookForACreateCostsOneWalkOfTheListing() {
    server.tenant().addOrgs(1_198); // 1,200 orgs with the root: 3 pages of 500
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

    orgs.createOrg(NewOrg.builder().name("Support").build());

    assertThat(lines()).containsExactly(
        "POST /api/v3/orgs -> 0",
        "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200",
        "GET /api/v1/Org?pgNum=2&pgSize=500 -> 200",
        "GET /api/v1/Org?pgNum=3&pgSize=500 -> 200");
  }

  @Test
  void aSettingsSaveWhoseAnswersWereLostIsReadBackAndSaysSo() {
    server.inject("PUT /api/v1/OrgSetting/{orgId}", 1, Fault.afterApplying(Fault.disconnect()));
    server.inject("PUT /api/v1/Org/{orgId}", 1, Fault.disconnect());

    SettingsUpdateResult result = orgs.updateSettings(orgs.getSettings(sales.id()).edit()
        .archiveHoldDays(45).webRestoreEnabled(false));

    assertThat(result.tSettings().confirmation()).contains(RequestOutcome.Confirmation.READ_BACK);
    assertThat(result.orgDocument().confirmation()).as("not taken, sent again, answered")
        .contains(RequestOutcome.Confirmation.ANSWERED);
    assertThat(orgs.getSettings(sales.id()).archiveHoldDays()).contains(45);
    assertThat(orgs.getSettings(sales.id()).webRestoreEnabled()).contains(false);
    assertThat(lines()).filteredOn(line -> line.startsWith("PUT /api/v1/OrgSetting")).hasSize(1);
    assertThat(lines()).filteredOn(line -> line.startsWith("PUT /api/v1/Org/")).hasSize(2);
  }

  @Test
  void whenTheLookFailsTooTheOutcomeIsUnknownNamingTheCallAndNothingIsSentAgain() {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.afterApplying(Fault.status(504, "lost")));
    server.inject("GET /api/v3/orgs/{orgGuid}", 10, Fault.status(503, "reads down too"));

    assertThatThrownBy(() -> orgs.block(sales.id()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageStartingWith("block org " + sales.id() + " failed: HTTP 504: the outcome is unknown");
    assertThat(lines()).filteredOn(line -> line.startsWith("POST")).hasSize(1);
    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).as("as the console left it").isTrue();
  }

  @Test
  void eightIdenticalCreatesOfOneClientLosingRequestsAndAnswersMakeEightOrgs() throws Exception {
    server.inject("POST /api/v3/orgs", 2, Fault.afterApplying(Fault.disconnect()));
    server.inject("POST /api/v3/orgs", 2, Fault.disconnect());
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.status(502, "lost")));

    List<Org> made = createConcurrently(List.of(orgs), 8, i -> NewOrg.builder().name("Batch").build());

    assertThat(made.stream().map(Org::guid).collect(Collectors.toSet())).hasSize(8);
    assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Batch")).hasSize(8)
        .containsExactlyInAnyOrderElementsOf(made);
  }

  @Test
  void createsWithUniqueExternalReferencesFromTwoClientsAreAlwaysToldApart() throws Exception {
    server.inject("POST /api/v3/orgs", 3, Fault.afterApplying(Fault.disconnect()));
    server.inject("POST /api/v3/orgs", 3, Fault.disconnect());
    try (CrashPlanClient other = newClient()) {
      List<Org> made = createConcurrently(List.of(orgs, other.orgs()), 8,
          i -> NewOrg.builder().name("Batch").externalReference("REQ-" + i).build());

      assertThat(made).extracting(org -> org.externalReference().orElseThrow())
          .containsExactlyInAnyOrder("REQ-0", "REQ-1", "REQ-2", "REQ-3", "REQ-4", "REQ-5", "REQ-6", "REQ-7");
      assertThat(server.tenant().orgs()).filteredOn(org -> org.name().equals("Batch"))
          .containsExactlyInAnyOrderElementsOf(made);
    }
  }

  @Test
  void withoutLookingALostCreateIsAnUnknownOutcomeAndIsNotSentAgain() {
    try (CrashPlanClient blind = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).sleeper(waits)
        .retries(Retries.builder().verifyUnknownOutcomes(false).build()).build()) {
      blind.orgs().getById(sales.id());
      server.clearRequests();
      server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

      assertThatThrownBy(() -> blind.orgs().createOrg(NewOrg.builder().name("Support").build()))
          .isInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(lines()).containsExactly("POST /api/v3/orgs -> 0");
  }

  private interface NewOrgs {
    NewOrg number(int i);
  }

  // Runs count creates at once, spread over the services given; returns the orgs they returned.
  private static List<Org> createConcurrently(List<OrgService> services, int count, NewOrgs asked) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Org>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        OrgService service = services.get(i % services.size());
        NewOrg newOrg = asked.number(i);
        calls.add(threads.submit(() -> {
          go.await();
          return service.createOrg(newOrg);
        }));
      }
      go.countDown();
      List<Org> made = new ArrayList<>();
      for (Future<Org> call : calls) {
        made.add(call.get(30, TimeUnit.SECONDS));
      }
      return made;
    } finally {
      threads.shutdownNow();
    }
  }
}
