package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.BadRequestException;
import dev.crashplan4j.core.settings.BackupSet;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.settings.RequestOutcome;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import dev.crashplan4j.testkit.ConsoleAnswer;
import dev.crashplan4j.testkit.Dispatcher;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Org settings read, edited and saved over real HTTP against the fake console. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OrgSettingsOverHttpTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeCrashPlanServer server;
  private FakeTenant tenant;
  private CrashPlanClient client;
  private OrgService orgs;
  private Org org;

  @BeforeEach
  void start() {
    server = fake.server().addApiClient("id", "secret");
    tenant = server.tenant();
    org = tenant.addOrg("Engineering");
    client = CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient("id", "secret")).build();
    orgs = client.orgs();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private List<String> writes() {
    return server.requests().stream().map(RecordedRequest::line).filter(line -> line.startsWith("PUT")).collect(Collectors.toList());
  }

  private RecordedRequest lastWriteTo(String path) {
    return server.requests().stream().filter(request -> request.line().equals("PUT " + path))
        .reduce((first, second) -> second).orElseThrow();
  }

  @Test
  void settingsAreReadFromTheDocumentWithTheTSettings() {
    OrgSettings settings = orgs.getSettings(org.id());

    assertThat(settings.orgId()).isEqualTo(org.id());
    assertThat(settings.name()).isEqualTo("Engineering");
    assertThat(settings.quotaSettingsInherited()).isTrue();
    assertThat(settings.archiveHoldDays()).contains(30);
    assertThat(settings.userBackupQuotaGb()).contains(250.0);
    assertThat(settings.backupAlertRecipientEmails()).containsExactly("backup-alerts@example.test");
    assertThat(settings.webRestoreEnabled()).contains(true);
    assertThat(settings.warningEmailEnabled()).contains(true);
    assertThat(settings.warningAlertDays()).contains(3.0);
    assertThat(settings.availableDestinations()).hasSize(3);
    assertThat(settings.backupSets()).extracting(BackupSet::id).containsExactly("1001", "1", "2");
    assertThat(settings.backupSet("1001").orElseThrow().locked()).isTrue();
    assertThat(settings.backupSet("1").orElseThrow().includedFiles()).containsExactly("/home/", "/srv/projects/");
    assertThat(server.requests()).extracting(RecordedRequest::toString).contains(
        "GET /api/v1/Org/" + org.id() + "?incSettings=true&incDeviceDefaults=true&incInheritedOrgInfo=true -> 200",
        "GET /api/v1/OrgSetting/" + org.id() + " -> 200");
  }

  @Test
  void aSetWithNoDestinationsIsEditedInEitherShape() {
    String consoles = "\"destinations\":{\"@cleared\":\"true\"}";
    String listed = "\"destinations\":[{\"@cleared\":\"true\"}]";
    AtomicInteger rewritten = new AtomicInteger();
    Dispatcher console = server.consoleRoutes();
    OrgSettings served = orgs.getSettings(org.id());
    server.dispatcher(request -> console.dispatch(request).map(answer -> {
      if (!request.method().equals("GET") || !answer.body().contains(consoles)) {
        return answer;
      }
      rewritten.incrementAndGet();
      return ConsoleAnswer.of(answer.status(), answer.body().replace(consoles, listed));
    }));
    OrgSettings asList = orgs.getSettings(org.id());

    assertThat(rewritten.get()).as("the list shape was served").isEqualTo(1);
    assertThat(served.backupSet("2").orElseThrow().destinations()).isEmpty();
    assertThat(asList.backupSet("2").orElseThrow().destinations()).isEmpty();

    OrgSettingsEdit edit = asList.edit();
    edit.backupSet("2").addDestination("700000000000003103");
    orgs.updateSettings(edit).throwIfFailed();

    assertThat(lastWriteTo("/api/v1/Org/" + org.id()).body())
        .contains("\"destinations\":[{\"@id\":\"700000000000003103\"}]").doesNotContain("@cleared\":\"true\"}]");
    assertThat(orgs.getSettings(org.id()).backupSet("2").orElseThrow().destinations())
        .containsExactly(Map.entry("700000000000003103", "Cloud Archive"));
  }

  @Test
  void theRootOrgHasItsOwnQuotaAndReportingSettings() {
    OrgSettings root = orgs.getSettings(tenant.rootOrg().id());

    assertThat(root.quotaSettingsInherited()).isFalse();
    assertThat(root.reportingSettingsInherited()).isFalse();
  }

  @Test
  void nothingIsSentWhenNothingChanged() {
    OrgSettingsEdit edit = orgs.getSettings(org.id()).edit().archiveHoldDays(45).archiveHoldDays(30);
    server.clearRequests();

    SettingsUpdateResult result = orgs.updateSettings(edit);

    assertThat(result.tSettings().state()).isEqualTo(RequestOutcome.State.NOT_SENT);
    assertThat(result.orgDocument().state()).isEqualTo(RequestOutcome.State.NOT_SENT);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void onlyThePacketIsSentWhenOnlyATSettingChanged() {
    SettingsUpdateResult result = orgs.updateSettings(orgs.getSettings(org.id()).edit().webRestoreEnabled(false));

    assertThat(result.succeeded()).isTrue();
    assertThat(writes()).containsExactly("PUT /api/v1/OrgSetting/" + org.id());
    assertThat(lastWriteTo("/api/v1/OrgSetting/" + org.id()).body())
        .isEqualTo("{\"packets\":[{\"key\":\"device_webRestore_enabled\",\"value\":\"false\",\"locked\":false}]}");
    assertThat(orgs.getSettings(org.id()).webRestoreEnabled()).contains(false);
  }

  @Test
  void onlyTheOrgDocumentIsSentWhenOnlyItChanged() {
    SettingsUpdateResult result = orgs.updateSettings(orgs.getSettings(org.id()).edit().notes("quarterly review"));

    assertThat(writes()).containsExactly("PUT /api/v1/Org/" + org.id());
    assertThat(result.orgDocument().updatedOrg()).get().extracting(Org::notes).isEqualTo(java.util.Optional.of("quarterly review"));
    assertThat(tenant.org(org.id()).orElseThrow().notes()).contains("quarterly review");
  }

  @Test
  void theDocumentSentBackDiffersOnlyWhereItWasEdited() throws Exception {
    Map<String, Object> served = tenant.settingsDocument(org.id());
    OrgSettingsEdit edit = orgs.getSettings(org.id()).edit()
        .archiveHoldDays(45)
        .criticalEmailEnabled(true);
    edit.backupSet("1").addIncludedFile("/opt/data");

    orgs.updateSettings(edit).throwIfFailed();

    Map<String, String> before = flatten(JSON.valueToTree(served));
    Map<String, String> after = flatten(JSON.readTree(lastWriteTo("/api/v1/Org/" + org.id()).body()));
    String pathset = "/deviceDefaults/serviceBackupConfig/backupConfig/backupSets/backupSet/1/backupPaths/pathset";
    Map<String, String> changedBefore = new TreeMap<>(before);
    Map<String, String> changedAfter = new TreeMap<>(after);
    before.forEach((path, value) -> {
      if (value.equals(after.get(path))) {
        changedBefore.remove(path);
        changedAfter.remove(path);
      }
    });

    assertThat(changedBefore.keySet()).allMatch(path -> path.startsWith(pathset) || List.of(
        "/settings/archiveHoldDays", "/settings/isUsingQuotaDefaults",
        "/deviceDefaults/serviceBackupConfig/severeEmailEnabled").contains(path));
    assertThat(changedAfter.keySet()).allMatch(path -> path.startsWith(pathset) || List.of(
        "/settings/archiveHoldDays", "/settings/isUsingQuotaDefaults",
        "/deviceDefaults/serviceBackupConfig/severeEmailEnabled").contains(path));
    assertThat(changedAfter).containsEntry("/settings/archiveHoldDays", "45")
        .containsEntry("/settings/isUsingQuotaDefaults", "false")
        .containsEntry("/deviceDefaults/serviceBackupConfig/severeEmailEnabled", "\"true\"");
    assertThat(after).containsEntry("/storageQuotaFactor", "1.25")
        .doesNotContainKey("/deviceDefaults/settings");
    assertThat(orgs.getSettings(org.id()).backupSet("1").orElseThrow().includedFiles())
        .containsExactly("/home/", "/srv/projects/", "/opt/data");
  }

  @Test
  void aFailedTSettingUpdateDoesNotHideTheSavedDocument() {
    OrgSettingsEdit edit = orgs.getSettings(org.id()).edit().webRestoreEnabled(false).archiveHoldDays(60);
    server.inject("PUT /api/v1/OrgSetting/{orgId}", 1, Fault.status(400, "settings store refused"));

    SettingsUpdateResult result = orgs.updateSettings(edit);

    assertThat(result.tSettings().state()).isEqualTo(RequestOutcome.State.FAILED);
    assertThat(result.tSettings().failure()).get().isInstanceOf(BadRequestException.class);
    assertThat(result.orgDocument().state()).isEqualTo(RequestOutcome.State.SUCCEEDED);
    assertThat(result.orgDocument().updatedOrg()).isPresent();
    assertThat(result.succeeded()).isFalse();
    assertThatThrownBy(result::throwIfFailed).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("settings store refused");
    OrgSettings now = orgs.getSettings(org.id());
    assertThat(now.archiveHoldDays()).contains(60);
    assertThat(now.webRestoreEnabled()).contains(true);
  }

  @Test
  void aFailedDocumentUpdateDoesNotHideTheSavedTSettings() {
    OrgSettingsEdit edit = orgs.getSettings(org.id()).edit().webRestoreEnabled(false).name("Eng");
    server.inject("PUT /api/v1/Org/{orgId}", 1, Fault.status(403, "not your org"));

    SettingsUpdateResult result = orgs.updateSettings(edit);

    assertThat(result.orgDocument().failure()).get().isInstanceOf(ForbiddenException.class);
    assertThat(result.tSettings().state()).isEqualTo(RequestOutcome.State.SUCCEEDED);
    assertThat(result.failures()).hasSize(1);
    assertThat(tenant.org(org.id()).orElseThrow().name()).isEqualTo("Engineering");
    assertThat(orgs.getSettings(org.id()).webRestoreEnabled()).contains(false);
  }

  @Test
  void anUnknownOrgHasNoSettings() {
    assertThatThrownBy(() -> orgs.getSettings(OrgId.of(4242)))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("getSettings org 4242 failed: no organization with org id 4242 exists");
  }

  // Every leaf of a JSON tree by its JSON pointer, with its JSON text; empty objects and arrays count as leaves.
  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject() && node.size() > 0) {
      node.properties().forEach(field -> flatten(path + "/" + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray() && node.size() > 0) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "/" + i, node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.toString());
    }
  }

  /** The console saves, then answers 200 with a body the SDK cannot build an org from. */
  private void spoilTheAnswersTo(String method, String pathStart) {
    Dispatcher console = server.consoleRoutes();
    server.dispatcher(request -> console.dispatch(request).map(answer ->
        request.method().equals(method) && request.path().startsWith(pathStart)
            ? ConsoleAnswer.of(200, "{\"data\":{\"orgName\":\"no ids, no flags\"}}")
            : answer));
  }

  @Test
  void aSaveWithAnUnreadableAnswerIsReportedSaved() {
    spoilTheAnswersTo("PUT", "/api/v1/Org/");

    SettingsUpdateResult result = orgs.updateSettings(orgs.getSettings(org.id()).edit().archiveHoldDays(91));

    assertThat(result.orgDocument().state()).isEqualTo(RequestOutcome.State.SUCCEEDED);
    assertThat(result.orgDocument().updatedOrg()).isEmpty();
    assertThat(result.orgDocument().failure()).isEmpty();
    assertThat(((Map<?, ?>) tenant.settingsDocument(org.id()).get("settings")).get("archiveHoldDays")).isEqualTo(91);
  }

  @Test
  void anUpdateWhoseAnswerCannotBeReadReturnsTheOrgAsAReadFindsIt() {
    spoilTheAnswersTo("PUT", "/api/v3/orgs/");

    Org updated = orgs.updateOrg(org.id(), dev.crashplan4j.core.domain.OrgUpdate.builder().notes("saved").build());

    assertThat(updated.notes()).contains("saved");
    assertThat(updated.guid()).isEqualTo(org.guid());
    assertThat(tenant.org(org.id()).orElseThrow().notes()).contains("saved");
    List<String> lines = server.requests().stream().map(RecordedRequest::line).collect(Collectors.toList());
    assertThat(lines.subList(lines.size() - 2, lines.size()))
        .containsExactly("PUT /api/v3/orgs/" + org.guid(), "GET /api/v3/orgs/" + org.guid());
  }
}
