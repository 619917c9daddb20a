package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.internal.FakeServerCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The standalone fake's command line as a user meets it: its output, errors and exit codes. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeServerCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private FakeCrashPlanServer served;

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    if (served != null) {
      served.close();
    }
  }

  private CommandLine commandLine() {
    return FakeServerCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Runs the command line as main does, for arguments on which it must return (help, errors). */
  private int run(String... args) {
    return commandLine().execute(args);
  }

  /** Parses the arguments and starts the server they describe, as serving does, without waiting. */
  private FakeCrashPlanServer serve(String... args) {
    CommandLine line = commandLine();
    line.parseArgs(args);
    served = line.<FakeServerCommand>getCommand().serve();
    return served;
  }

  private Path file(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException cannotWrite) {
      throw new UncheckedIOException(cannotWrite);
    }
  }

  private static JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException notJson) {
      throw new UncheckedIOException(notJson);
    }
  }

  @Test
  void helpShowsEveryOptionWithItsDefaultAndAnExample() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString().replaceAll("\\s+", " "))
        .startsWith("Usage: java -jar crashplan-testkit-VERSION-fake-server.jar [-hV]")
        .contains("--host=ADDRESS", "Default: 127.0.0.1, loopback only.", "0.0.0.0 for every interface")
        .contains("--port=N", "0 picks a free one. Default: 0.")
        .contains("--api-client=ID:SECRET", "a client 'crashplan-fake' with a random secret")
        .contains("--local-user=NAME:PASSWORD[:BASE32TOTPSECRET]")
        .contains("--orgs=N", "--seed=FILE", "JSON (.json) or YAML (.yaml, .yml)")
        .contains("Examples:", "--port 4285 --api-client ci:ci-secret", "--host 0.0.0.0 --port 4285 \\", "--seed tenant.yaml")
        .contains("Exit codes: 0 after --help or --version, 2 for bad options, 1 when the server cannot start.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void shortHIsHelpNotAnOptionWantingAValue() {
    assertThat(run("-h")).isZero();

    assertThat(out.toString()).startsWith("Usage: java -jar crashplan-testkit-VERSION-fake-server.jar");
  }

  @Test
  void anUnknownOptionExits2NamingIt() {
    assertThat(run("--bogus")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Unknown option: '--bogus'")
        .contains("Usage: java -jar crashplan-testkit-VERSION-fake-server.jar");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aPortThatIsNoNumberNamesTheOptionAndValue() {
    assertThat(run("--port", "abc")).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("Invalid value for option '--port': 'abc' is not a port number (0 to 65535; 0 picks a free one)");
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertThat(run("--port=70000")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--port': '70000' is not a port number");
  }

  @Test
  void aNegativeOrgCountIsRefused() {
    assertThat(run("--orgs", "-3")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--orgs': '-3' is not a count");
  }

  @Test
  void anOptionWithoutItsValueSaysWhatItWants() {
    assertThat(run("--orgs")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Missing required parameter for option '--orgs' (N)");
  }

  @Test
  void aLocalUserWithoutPasswordNamesTheFormExpected() {
    assertThat(run("--local-user", "ana")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--local-user' (NAME:PASSWORD[:BASE32TOTPSECRET]): expected NAME:PASSWORD or"
        + " NAME:PASSWORD:BASE32TOTPSECRET, with no part empty (the value is not shown: it holds a password)");
  }

  @Test
  void aTotpSecretNotInBase32NamesTheUserNotThePassword() {
    assertThatThrownBy(() -> serve("--local-user", "ben:s3cret-pw:not-base-32!"))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Invalid value for option '--local-user' (NAME:PASSWORD[:BASE32TOTPSECRET]): user ben: a TOTP secret"
            + " must be Base32 text (RFC 4648)")
        .message().doesNotContain("s3cret-pw");
  }

  @Test
  void anApiClientWithoutSecretIsRefusedWithoutEchoingIt() {
    assertThat(run("--api-client", "ci-secret-only")).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("Invalid value for option '--api-client' (ID:SECRET): expected ID:SECRET, with neither part empty")
        .doesNotContain("ci-secret-only");
  }

  @Test
  void aHostThatIsNoAddressIsRefusedWithoutALookUp() {
    assertThat(run("--host", "console.example")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--host': 'console.example' is not an IP address"
        + " (such as 127.0.0.1, 0.0.0.0 or ::1) nor localhost");
  }

  @Test
  void aPortInUseExits1SayingWhy() {
    try (FakeCrashPlanServer taken = FakeCrashPlanServer.start()) {
      assertThat(run("--port", Integer.toString(taken.port()))).isEqualTo(1);

      assertThat(err.toString()).startsWith("the fake console could not start: the fake CrashPlan server could not"
          + " bind loopback port " + taken.port());
    }
  }

  @Test
  void withoutAnApiClientTheOneMadeIsPrinted() {
    FakeCrashPlanServer server = serve();

    String[] lines = out.toString().split("\\R");
    assertThat(lines[0]).isEqualTo("listening on " + server.baseUrl()).matches("listening on http://127\\.0\\.0\\.1:\\d+");
    assertThat(lines[1]).matches("api client crashplan-fake:[0-9a-f]{32}");
    assertThat(err.toString()).contains("No --api-client given");
    String secret = lines[1].substring("api client crashplan-fake:".length());
    PlainHttp http = new PlainHttp(server.baseUrl());
    String bearer = http.bearerFor("crashplan-fake", secret);
    assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(200);
  }

  @Test
  void aGivenApiClientIsTheOnlyOne() {
    FakeCrashPlanServer server = serve("--api-client", "ci:ci-secret", "--orgs", "3");

    assertThat(out.toString().split("\\R")).hasSize(1);
    PlainHttp http = new PlainHttp(server.baseUrl());
    assertThat(http.get("/api/v1/Org", http.bearerFor("ci", "ci-secret")).body()).contains("\"totalCount\":4");
    assertThat(http.send("POST", "/api/v3/oauth/token?grant_type=client_credentials",
        PlainHttp.basic("crashplan-fake", "anything"), null).statusCode()).isEqualTo(401);
  }

  @Test
  void theHostOptionBindsEveryInterface() {
    FakeCrashPlanServer server = serve("--host", "0.0.0.0", "--api-client", "ci:ci-secret");

    assertThat(server.baseUrl()).matches("http://0\\.0\\.0\\.0:\\d+");
    PlainHttp overLoopback = new PlainHttp("http://127.0.0.1:" + server.port());
    assertThat(overLoopback.bearerFor("ci", "ci-secret")).startsWith("Bearer ");
  }

  @Test
  void aYamlSeedStartsATenantWithItsTreeUsersDevicesAndSettings() {
    Path seed = file("tenant.yaml", String.join("\n",
        "apiClients:",
        "  - {id: ci, secret: ci-secret}",
        "localUsers:",
        "  - {username: ana, password: pw}",
        "  - {username: ben, password: pw, totpSecret: JBSWY3DPEHPK3PXP}",
        "orgs:",
        "  - name: Acme",
        "    externalReference: CUST-1",
        "    notes: a customer",
        "    users: [ana@acme.example]",
        "    settings: {archiveHoldDays: 90, isUsingQuotaDefaults: false}",
        "    tSettings:",
        "      device_webRestore_enabled: {value: false, locked: true}",
        "    children:",
        "      - name: Acme Sales",
        "        devices:",
        "          - name: mac-ana",
        "            agentProperties: {fullDiskAccess: true}",
        "        children:",
        "          - name: Sales EMEA",
        "      - name: Acme Engineering",
        "        blocked: true",
        "  - name: Globex",
        "    deactivated: true",
        ""));

    FakeCrashPlanServer server = serve("--seed", seed.toString());

    FakeTenant tenant = server.tenant();
    Map<String, Org> byName = tenant.orgs().stream().collect(Collectors.toMap(Org::name, org -> org));
    Org acme = byName.get("Acme");
    assertThat(acme.parentId()).contains(tenant.rootOrg().id());
    assertThat(acme.externalReference()).contains("CUST-1");
    assertThat(acme.notes()).contains("a customer");
    assertThat(byName.get("Acme Sales").parentId()).contains(acme.id());
    assertThat(byName.get("Sales EMEA").parentId()).contains(byName.get("Acme Sales").id());
    assertThat(byName.get("Acme Engineering").blocked()).isTrue();
    assertThat(byName.get("Globex").active()).isFalse();
    assertThat(tenant.activeDevices(byName.get("Acme Sales").id())).isEqualTo(1);
    assertThat(out.toString().split("\\R")).as("the file names an API client: none created").hasSize(1);

    PlainHttp http = new PlainHttp(server.baseUrl());
    String bearer = http.bearerFor("ci", "ci-secret");
    JsonNode document = json(http.get("/api/v1/Org/" + acme.id() + "?incSettings=true", bearer).body()).get("data");
    assertThat(document.at("/settings/archiveHoldDays").asInt()).isEqualTo(90);
    assertThat(document.at("/settings/isUsingQuotaDefaults").asBoolean(true)).isFalse();
    assertThat(document.at("/settings/maxSeats").asInt()).as("the others as the fake has them").isEqualTo(-1);
    JsonNode tSettings = json(http.get("/api/v1/OrgSetting/" + acme.id(), bearer).body()).get("data");
    assertThat(tSettings.at("/device_webRestore_enabled/value").asText()).isEqualTo("false");
    assertThat(tSettings.at("/device_webRestore_enabled/locked").asBoolean()).isTrue();
    JsonNode states = json(http.get("/api/v38/agent-state/view-by-organization-id?orgId=" + byName.get("Acme Sales").id()
        + "&propertyName=fullDiskAccess", bearer).body());
    assertThat(states.toString()).contains("\"deviceName\":\"mac-ana\"", "\"value\":\"true\"");
    assertThat(json(http.get("/api/v1/User?orgUid=" + acme.uid(), bearer).body()).toString())
        .contains("ana@acme.example");
    assertThat(http.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw")).statusCode()).isEqualTo(200);
    assertThat(http.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw"), null,
        "totp-auth", Totp.code("JBSWY3DPEHPK3PXP", Instant.now())).statusCode()).isEqualTo(200);
  }

  @Test
  void theReadmesSeedFileStartsTheTenantItDescribes() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("the README's seed file").isTrue();
    String yaml = block.group(1).lines().map(line -> line.replaceFirst("^  ", "")).collect(Collectors.joining("\n"));

    FakeCrashPlanServer server = serve("--seed", file("tenant.yaml", yaml).toString());

    FakeTenant tenant = server.tenant();
    Map<String, Org> byName = tenant.orgs().stream().collect(Collectors.toMap(Org::name, org -> org));
    assertThat(byName.get("Acme Sales").blocked()).isTrue();
    assertThat(byName.get("Acme Sales").parentId()).contains(byName.get("Acme").id());
    assertThat(tenant.activeDevices(byName.get("Acme Sales").id())).isEqualTo(1);
    assertThat(tenant.settingsDocument(byName.get("Acme").id())).extracting("settings")
        .extracting("archiveHoldDays").isEqualTo(90);
    assertThat(tenant.tSettings(byName.get("Acme").id()).get("device_webRestore_enabled"))
        .containsEntry("value", "false").containsEntry("locked", true);
    PlainHttp http = new PlainHttp(server.baseUrl());
    assertThat(http.bearerFor("ci", "ci-secret")).startsWith("Bearer ");
    assertThat(http.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw"), null,
        "totp-auth", Totp.code("JBSWY3DPEHPK3PXP", Instant.now())).statusCode()).isEqualTo(200);
  }

  @Test
  void optionsAddToAJsonSeed() {
    Path seed = file("tenant.json", "{\"orgs\": [{\"name\": \"Acme\", \"children\": [{\"name\": \"Acme Sales\"}]}]}");

    FakeCrashPlanServer server = serve("--seed", seed.toString(), "--orgs", "2", "--api-client", "ci:ci-secret");

    assertThat(server.tenant().orgs()).extracting(Org::name)
        .containsExactly("Root Org", "Acme", "Acme Sales", "Org 4", "Org 5");
  }

  @Test
  void aSeedsUnknownFieldIsNamedWithTheKnownOnes() {
    Path seed = file("tenant.yaml", "orgs:\n  - name: Acme\n    children:\n      - nmae: Acme Sales\n");

    assertThat(run("--seed", seed.toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--seed': " + seed
        + ": unknown field 'nmae' in orgs[0].children[0]; known there: blocked, children, deactivated,"
        + " devices, externalReference, name, notes, settings, tSettings, users\n");
  }

  @Test
  void aSeedOfTheWrongShapeSaysWhere() {
    Path seed = file("tenant.json", "{\"orgs\": {\"name\": \"Acme\"}}");

    assertThat(run("--seed", seed.toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--seed': " + seed + ": line 1, column 10: orgs: ");
  }

  @Test
  void aSeedOrgWithoutANameIsRefused() {
    Path seed = file("tenant.yaml", "orgs:\n  - name: Acme\n  - notes: nameless\n");

    assertThat(run("--seed", seed.toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--seed': " + seed + ": orgs[1] needs a name");
  }

  @Test
  void aSeedThatIsNotYamlSaysSo() {
    Path seed = file("tenant.yml", "orgs:\n  - name: Acme\n    notes: \"unclosed\n");

    assertThat(run("--seed", seed.toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid value for option '--seed': " + seed + ": line ")
        .contains("not valid YAML: while scanning a quoted scalar, found unexpected end of stream\n");
  }

  @Test
  void aMissingSeedFileOrAnotherKindIsRefused() {
    assertThat(run("--seed", dir.resolve("absent.yaml").toString())).isEqualTo(2);
    assertThat(run("--seed", file("tenant.txt", "orgs: []").toString())).isEqualTo(2);

    assertThat(err.toString())
        .contains("Invalid value for option '--seed': " + dir.resolve("absent.yaml") + " does not exist")
        .contains(dir.resolve("tenant.txt") + " is neither JSON (.json) nor YAML (.yaml, .yml)");
  }
}
