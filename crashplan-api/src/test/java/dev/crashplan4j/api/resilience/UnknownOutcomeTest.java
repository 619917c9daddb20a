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
import org.junit.jupiter.params.provider.CsvSource;
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
    server = FakeCrashPlanServer.start(waits).addApiClient("id", "secret");
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

  // Client and console share one clock that moves only by the retries' waits, so the org a
  // create makes is dated exactly at the call's start, inside the second the console's Date
  // cannot split. Identical creates run one at a time, so one call may meet several of the faults
  // in a row: more attempts than the standard three.
  private CrashPlanClient newClient() {
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient("id", "secret"))
        .retries(Retries.builder().maxAttempts(8).build()).clock(waits).sleeper(waits).build();
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
  void aBlockTheConsoleAppliedIsFoundDoneByOneRead(String how) {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.afterApplying(lost(how)));

    orgs.block(sales.id());

    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
    assertThat(lines()).hasSize(2).last().isEqualTo("GET /api/v3/orgs/" + sales.guid() + " -> 200");
  }

  @ParameterizedTest(name = "refused with {0}")
  @ValueSource(strings = {"dropped", "408", "500", "502", "503", "504"})
  void aBlockTheConsoleNeverAppliedIsSentOnceMore(String how) {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, lost(how));

    orgs.block(sales.id());

    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
    assertThat(lines()).hasSize(3).containsSubsequence(
        "GET /api/v3/orgs/" + sales.guid() + " -> 200", "POST /api/v3/orgs/" + sales.guid() + "/block -> 204");
  }

  @ParameterizedTest(name = "applied, then {0}")
  @ValueSource(strings = {"dropped", "truncated", "502", "504"})
  void aCreateTheConsoleAppliedIsFoundByOneWalk(String how) {
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(lost(how)));

    Throwable thrown = catchThrowable(() -> orgs.createOrg(NewOrg.builder().name("Support").parentOrgUid(sales.uid())
        .notes("n").build()));

    Org made = onlyOrgNamed("Support");
    assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("org " + made.id() + " (" + made.guid() + ") fits what was asked");
    assertThat(lines()).hasSize(2).last().isEqualTo("GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  @Test
  void aCreateTheConsoleAppliedLaterIsFound() {
    // The console held the request two seconds before making the org: beyond any doubt, after the call began.
    Dispatcher routes = server.consoleRoutes();
    server.dispatcher(request -> {
      if (request.method().equals("POST") && request.path().equals("/api/v3/orgs")) {
        waits.advance(Duration.ofSeconds(2));
      }
      return routes.dispatch(request);
    });
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

    Org made = orgs.createOrg(NewOrg.builder().name("Support").parentOrgUid(sales.uid()).notes("n").build());

    assertThat(onlyOrgNamed("Support")).isEqualTo(made);
    assertThat(made.parentId()).contains(sales.id());
    assertThat(lines()).hasSize(2).last().isEqualTo("GET /api/v1/Org?pgNum=1&pgSize=500 -> 200");
  }

  private Org onlyOrgNamed(String name) {
    List<Org> named = server.tenant().orgs().stream().filter(org -> org.name().equals(name)).collect(Collectors.toList());
    assertThat(named).as("orgs named " + name).hasSize(1);
    return named.get(0);
  }

  @ParameterizedTest(name = "refused with {0}")
  @ValueSource(strings = {"dropped", "500", "503"})
  void aCreateTheConsoleNeverAppliedIsSentOnceMore(String how) {
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
  // starts, an identical org seeded, the clock moved on, and the create's answer lost or refused.
  @ParameterizedTest(name = "{1}, the clock starting {0}")
  @CsvSource({"now, refused", "now, applied", "2020-01-01T00:00:00Z, refused", "2020-01-01T00:00:00Z, applied",
      "2030-06-01T00:00:00.750Z, refused", "2030-06-01T00:00:00.750Z, applied"})
  void theReadmePatternNeverYieldsADuplicateNorTheSeededOrg(String start, String answer) {
    ManualClock time = start.equals("now") ? new ManualClock() : new ManualClock(Instant.parse(start));
    try (FakeCrashPlanServer fake = FakeCrashPlanServer.start(time).addApiClient("id", "secret");
        CrashPlanClient shared = CrashPlanClient.builder().baseUrl(fake.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).clock(time).sleeper(time).build()) {
      Org seeded = fake.tenant().addOrg("Support");
      time.advance(Duration.ofMinutes(5));
      fake.inject("POST /api/v3/orgs", 1, answer.equals("refused") ? Fault.status(503, "busy")
          : Fault.afterApplying(Fault.disconnect()));

      Org[] returned = new Org[1];
      Throwable thrown = catchThrowable(() -> returned[0] = shared.orgs().createOrg(NewOrg.builder().name("Support").build()));

      List<Org> support = fake.tenant().orgs().stream().filter(org -> org.name().equals("Support")).collect(Collectors.toList());
      assertThat(support).as("the seeded org and one made by the call").hasSize(2).contains(seeded);
      Org made = support.get(1);
      if (answer.equals("refused")) {
        assertThat(thrown).isNull();
        assertThat(returned[0]).isEqualTo(made).isNotEqualTo(seeded);
      } else {
        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class).hasMessageContaining(made.guid().value())
            .hasMessageNotContaining(seeded.guid().value());
      }
    }
  }

  // The README's advice: with a unique external reference, the org a lost answer made is the
  // only one carrying it, so the look takes it even though it is dated within the band.
  @ParameterizedTest(name = "the clock starting {0}")
  @CsvSource({"now", "2020-01-01T00:00:00Z", "2030-06-01T00:00:00.750Z"})
  void withAUniqueReferenceALostAnswerReturnsTheOrgMade(String start) {
    ManualClock time = start.equals("now") ? new ManualClock() : new ManualClock(Instant.parse(start));
    try (FakeCrashPlanServer fake = FakeCrashPlanServer.start(time).addApiClient("id", "secret");
        CrashPlanClient shared = CrashPlanClient.builder().baseUrl(fake.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).clock(time).sleeper(time).build()) {
      Org seeded = fake.tenant().addOrg("Support");
      time.advance(Duration.ofMinutes(5));
      fake.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));

      Org returned = shared.orgs().createOrg(NewOrg.builder().name("Support").externalReference("CRM-4711").build());

      List<Org> support = fake.tenant().orgs().stream().filter(org -> org.name().equals("Support")).collect(Collectors.toList());
      assertThat(support).as("the seeded org and the one the call made").hasSize(2).contains(seeded);
      assertThat(returned.guid()).isEqualTo(support.get(1).guid()).isNotEqualTo(seeded.guid());
      assertThat(returned.externalReference()).contains("CRM-4711");
    }
  }

  // With the clock left standing, the seeded org is dated at the call's start: nobody can tell it
  // from one the call made, so it is named, not taken, and nothing is sent again.
  @Test
  void anIdenticalOrgMadeAtTheCallsStartIsNamedNotTaken() {
    ManualClock time = new ManualClock(Instant.parse("2026-03-01T12:00:00.400Z"));
    try (FakeCrashPlanServer fake = FakeCrashPlanServer.start(time).addApiClient("id", "secret");
        CrashPlanClient shared = CrashPlanClient.builder().baseUrl(fake.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).clock(time).sleeper(time).build()) {
      Org seeded = fake.tenant().addOrg("Support");
      fake.inject("POST /api/v3/orgs", 1, Fault.status(503, "busy"));

      assertThatThrownBy(() -> shared.orgs().createOrg(NewOrg.builder().name("Support").build()))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("org " + seeded.id() + " (" + seeded.guid() + ") fits what was asked");
      assertThat(fake.tenant().orgs()).filteredOn(org -> org.name().equals("Support")).containsExactly(seeded);
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

    catchThrowable(() -> orgs.createOrg(NewOrg.builder().name("Support").build()));

    assertThat(lines()).containsExactly(
        "POST /api/v3/orgs -> 0",
        "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200",
        "GET /api/v1/Org?pgNum=2&pgSize=500 -> 200",
        "GET /api/v1/Org?pgNum=3&pgSize=500 -> 200");
  }

  @Test
  void aSettingsSaveWhoseAnswerWasLostIsReadBack() {
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
  void aFailedLookLeavesTheOutcomeUnknown() {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.afterApplying(Fault.status(504, "lost")));
    server.inject("GET /api/v3/orgs/{orgGuid}", 10, Fault.status(503, "reads down too"));

    assertThatThrownBy(() -> orgs.block(sales.id()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageStartingWith("block org " + sales.id() + " failed: HTTP 504: the outcome is unknown");
    assertThat(lines()).filteredOn(line -> line.startsWith("POST")).hasSize(1);
    assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).as("as the console left it").isTrue();
  }

  @Test
  void eightIdenticalLostCreatesMakeEightOrgs() throws Exception {
    server.inject("POST /api/v3/orgs", 2, Fault.afterApplying(Fault.disconnect()));
    server.inject("POST /api/v3/orgs", 2, Fault.disconnect());
    server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.status(502, "lost")));

    List<Object> outcomes = createConcurrently(List.of(orgs), 8, i -> NewOrg.builder().name("Batch").build());

    List<Org> batch = server.tenant().orgs().stream().filter(org -> org.name().equals("Batch")).collect(Collectors.toList());
    assertThat(batch).as("one org a call").hasSize(8);
    // A call sent again after a wait makes its org after the band and finds it; one whose org the
    // console dated at its start names it.
    assertThat(outcomes).filteredOn(OutcomeUnknownException.class::isInstance).as("the applied, answer lost")
        .isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(accountedFor(outcomes, batch)).as("each org returned to or named by exactly one call")
        .containsExactlyInAnyOrderElementsOf(batch.stream().map(Org::guid).collect(Collectors.toList()));
  }

  @Test
  void twoClientsCreatesWithUniqueReferencesStayApart() throws Exception {
    server.inject("POST /api/v3/orgs", 3, Fault.afterApplying(Fault.disconnect()));
    server.inject("POST /api/v3/orgs", 3, Fault.disconnect());
    try (CrashPlanClient other = newClient()) {
      List<Object> outcomes = createConcurrently(List.of(orgs, other.orgs()), 8,
          i -> NewOrg.builder().name("Batch").externalReference("REQ-" + i).build());

      List<Org> batch = server.tenant().orgs().stream().filter(org -> org.name().equals("Batch")).collect(Collectors.toList());
      assertThat(batch).extracting(org -> org.externalReference().orElseThrow())
          .containsExactlyInAnyOrder("REQ-0", "REQ-1", "REQ-2", "REQ-3", "REQ-4", "REQ-5", "REQ-6", "REQ-7");
      assertThat(accountedFor(outcomes, batch)).containsExactlyInAnyOrderElementsOf(
          batch.stream().map(Org::guid).collect(Collectors.toList()));
    }
  }

  // The org each outcome stands for: the one returned, or the one an OutcomeUnknownException names.
  private static List<OrgGuid> accountedFor(List<Object> outcomes, List<Org> made) {
    List<OrgGuid> guids = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof Org org) {
        guids.add(org.guid());
      } else {
        String message = ((Throwable) outcome).getMessage();
        List<OrgGuid> named = made.stream().map(Org::guid).filter(guid -> message.contains(guid.value()))
            .collect(Collectors.toList());
        assertThat(named).as("named by " + message).hasSize(1);
        guids.addAll(named);
      }
    }
    return guids;
  }

  @Test
  void withoutLookingALostCreateIsAnUnknownOutcome() {
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

  // Runs count creates at once, spread over the services given; returns what each returned or threw.
  private static List<Object> createConcurrently(List<OrgService> services, int count, NewOrgs asked) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Object>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        OrgService service = services.get(i % services.size());
        NewOrg newOrg = asked.number(i);
        calls.add(threads.submit(() -> {
          go.await();
          try {
            return service.createOrg(newOrg);
          } catch (OutcomeUnknownException unknown) {
            return unknown;
          }
        }));
      }
      go.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> call : calls) {
        outcomes.add(call.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}
