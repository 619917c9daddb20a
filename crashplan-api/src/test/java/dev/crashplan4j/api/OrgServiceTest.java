package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.UserLoginRequiredException;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.InMemoryTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The org service's own logic, over the in-memory transport: no HTTP, the console's rules. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OrgServiceTest {

  private final ManualClock clock = new ManualClock();
  private final FakeTenant tenant = new FakeTenant(clock);
  private final List<InMemoryTransport> transports = Collections.synchronizedList(new ArrayList<>());
  private CrashPlanClient client;
  private OrgService orgs;

  @BeforeEach
  void buildClient() {
    tenant.addApiClient("key", "secret");
    client = clientWithPageSize(10);
    orgs = client.orgs();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private CrashPlanClient clientWithPageSize(int pageSize) {
    CrashPlanTransportProvider recording = config -> {
      InMemoryTransport transport = new InMemoryTransport(tenant);
      transports.add(transport);
      return transport;
    };
    return CrashPlanClient.builder()
        .baseUrl("http://in-memory.invalid")
        .credentials(Credentials.apiClient("key", "secret"))
        .transport(recording)
        .pageSize(pageSize)
        .clock(clock)
        .build();
  }

  private List<String> calls() {
    return transports.get(0).calls();
  }

  private long listings() {
    return calls().stream().filter("listOrgs"::equals).count();
  }

  @Test
  void aKnownOrgIsReadWithOneRequest() {
    Org sales = tenant.addOrg("Sales");
    orgs.getById(sales.id());

    orgs.getById(sales.id());
    orgs.block(sales.id());

    assertThat(calls()).containsExactly(
        "requestApiClientToken", "listOrgs", "getOrg", "getOrg", "blockOrg");
  }

  @Test
  void anOrgAddedOnTheConsoleAfterAListingIsFoundByListingAgain() {
    orgs.getPage(1);
    Org late = tenant.addOrg("Created elsewhere");

    assertThat(orgs.getById(late.id()).name()).isEqualTo("Created elsewhere");
    assertThat(listings()).isEqualTo(2);
  }

  @Test
  void anUnknownIdWalksEveryPageBeforeItIsReportedMissing() {
    tenant.addOrgs(25);

    assertThatThrownBy(() -> orgs.getById(OrgId.of(500)))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("getById org 500 failed: no organization with org id 500 exists")
        .satisfies(thrown -> assertThat(((OrgNotFoundException) thrown).orgKey()).isEqualTo("org id 500"));
    assertThat(listings()).isEqualTo(3);
    assertThat(calls()).doesNotContain("getOrg");
  }

  @Test
  void threadsMissingTogetherShareOneWalkOfTheListing() throws Exception {
    tenant.addOrgs(95);
    List<Org> all = tenant.orgs();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Org>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Org wanted = all.get(all.size() - 1 - i);
        Callable<Org> lookup = () -> {
          start.await();
          return orgs.getById(wanted.id());
        };
        answers.add(pool.submit(lookup));
      }
      start.countDown();
      for (int i = 0; i < threads; i++) {
        assertThat(answers.get(i).get(10, TimeUnit.SECONDS).id()).isEqualTo(all.get(all.size() - 1 - i).id());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(listings()).as("one walk of 10 pages").isEqualTo(10);
    assertThat(calls().stream().filter("requestApiClientToken"::equals)).hasSize(1);
  }

  @Test
  void getAllStopsLazilyAtTheFirstShortPage() {
    tenant.addOrgs(24);

    List<OrgPage> first = orgs.getAll().limit(1).collect(Collectors.toList());
    assertThat(first).hasSize(1);
    assertThat(listings()).isEqualTo(1);

    assertThat(orgs.getAll()).extracting(page -> page.orgs().size()).containsExactly(10, 10, 5);
    assertThat(listings()).isEqualTo(1 + 3);
  }

  @Test
  void aFullLastPageEndsTheListingWithoutAskingForAnEmptyOne() {
    tenant.addOrgs(19);

    assertThat(orgs.streamOrgs()).hasSize(20);
    assertThat(listings()).isEqualTo(2);
  }

  @Test
  void anEmptyExtraParameterSetOrOneThatSetsThePageIsHandled() {
    assertThat(orgs.getPage(1, 5, QueryParameters.none()).orgs()).hasSize(1);
    assertThatThrownBy(() -> orgs.getPage(1, 5, QueryParameters.of("pgSize", "9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra query parameters must not set pgSize: the page methods set it");
  }

  @Test
  void badInputFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> orgs.getPage(0)).hasMessage("pageNum must be at least 1, was 0");
    assertThatThrownBy(() -> orgs.getPage(-1, 10)).hasMessage("pageNum must be at least 1, was -1");
    assertThatThrownBy(() -> orgs.getPage(1, 0)).hasMessage("pageSize must be at least 1, was 0");
    assertThatThrownBy(() -> orgs.getById(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> orgs.getByUid(null)).isInstanceOf(NullPointerException.class).hasMessage("uid");
    assertThatThrownBy(() -> orgs.createOrg(null)).isInstanceOf(NullPointerException.class).hasMessage("newOrg");
    assertThatThrownBy(() -> orgs.updateOrg(OrgId.of(1), null)).hasMessage("update");
    assertThatThrownBy(() -> orgs.getAgentState(OrgId.of(1), " ")).hasMessage("propertyName must not be blank");
    assertThatThrownBy(() -> OrgId.of(0)).hasMessage("orgId must be positive, was 0");
    assertThatThrownBy(() -> OrgUid.of(" ")).hasMessage("orgUid must not be blank");
    assertThatThrownBy(() -> NewOrg.builder().name(" ").build()).hasMessage("name must not be blank");
    assertThatThrownBy(() -> NewOrg.builder().build()).hasMessageContaining("name");
    assertThatThrownBy(() -> OrgUpdate.builder().build())
        .hasMessage("an OrgUpdate must change at least one of name, notes, externalReference");

    assertThat(transports.isEmpty() ? List.of() : calls()).isEmpty();
  }

  @Test
  void getCurrentUnderAnApiClientIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> orgs.getCurrent()).isInstanceOf(UserLoginRequiredException.class);
    assertThat(calls()).isEmpty();
  }

  @Test
  void anApiClientTokenIsRenewedBeforeItExpires() {
    orgs.getPage(1);
    clock.advance(Duration.ofSeconds(880));

    orgs.getPage(1);

    assertThat(calls()).containsExactly(
        "requestApiClientToken", "listOrgs", "requestApiClientToken", "listOrgs");
  }

  @Test
  void anApiClientTokenIsReusedWellWithinItsLifetime() {
    orgs.getPage(1);
    clock.advance(Duration.ofSeconds(600));

    orgs.getPage(1);

    assertThat(tenant.tokensIssued()).isEqualTo(1);
  }

  @Test
  void createOrgUnderAParentFoundOnlyOnALaterPage() {
    tenant.addOrgs(30);
    Org parent = tenant.orgs().get(29);

    Org child = orgs.createOrg(NewOrg.builder().name("Child").parentOrgUid(parent.uid()).build());

    assertThat(tenant.org(child.id()).orElseThrow().parentId()).contains(parent.id());
  }

  @Test
  void aClientWithoutBaseUrlOrCredentialsIsNotBuilt() {
    assertThatThrownBy(() -> CrashPlanClient.builder().credentials(Credentials.apiClient("a", "b")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseUrl is required, for example https://console.us1.crashplan.com");
    assertThatThrownBy(() -> CrashPlanClient.builder().baseUrl("https://x.example").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("credentials are required");
    assertThatThrownBy(() -> CrashPlanClient.builder().baseUrl("ftp://x.example"))
        .hasMessage("baseUrl must be an http or https URL such as https://console.us1.crashplan.com, was ftp://x.example");
    assertThatThrownBy(() -> CrashPlanClient.builder().baseUrl(" "))
        .hasMessage("baseUrl must not be blank");
    assertThatThrownBy(() -> Credentials.apiClient("id", ""))
        .hasMessage("secret must not be blank");
  }

  @Test
  void anUnchangedSettingsEditSendsNothing() {
    Org sales = tenant.addOrg("Sales");
    OrgSettings settings = orgs.getSettings(sales.id());
    OrgSettingsEdit edit = settings.edit().archiveHoldDays(99).archiveHoldDays(settings.archiveHoldDays().orElseThrow());
    List<String> before = calls();

    SettingsUpdateResult result = orgs.updateSettings(edit);

    assertThat(result.tSettings().sent()).isFalse();
    assertThat(result.orgDocument().sent()).isFalse();
    assertThat(calls()).isEqualTo(before);
  }

  @Test
  void aSavedSettingsEditReadsBack() {
    Org sales = tenant.addOrg("Sales");
    OrgSettingsEdit edit = orgs.getSettings(sales.id()).edit().maxUserSubscriptions(12).webRestoreEnabled(false);

    orgs.updateSettings(edit).throwIfFailed();

    OrgSettings saved = orgs.getSettings(sales.id());
    assertThat(saved.maxUserSubscriptions()).contains(12);
    assertThat(saved.quotaSettingsInherited()).isFalse();
    assertThat(saved.webRestoreEnabled()).contains(false);
    assertThatThrownBy(() -> orgs.updateSettings(null)).hasMessage("edit");
  }

  @Test
  void credentialsNeverShowTheirSecrets() {
    assertThat(Credentials.apiClient("key-1", "top-secret").toString())
        .isEqualTo("Credentials.apiClient(key-1, ****)");
    assertThat(Credentials.localAccount("me", "pa55", () -> "123456").toString())
        .isEqualTo("Credentials.localAccount(me, ****, totp)");
    assertThat(Credentials.jwtProvider(() -> "jwt").toString()).isEqualTo("Credentials.jwtProvider(****)");
  }
}
