package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The packaged fake-server jar, started as a process and queried as another language would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FakeServerJarIT {

  // The attached fake-server jar, as the build names it (see the failsafe configuration).
  private static final Path JAR = Path.of(System.getProperty("fakeServerJar", "target/fake-server.jar"));

  private static Process start(String... options) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[options.length + 3];
    command[0] = java;
    command[1] = "-jar";
    command[2] = JAR.toString();
    System.arraycopy(options, 0, command, 3, options.length);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Runs the jar to its end, standard output and error apart. */
  private static Finished run(String... options) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(List.of(options));
    Path out = Files.createTempFile("fake-out", ".txt");
    Path err = Files.createTempFile("fake-err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("ends by itself").isTrue();
    return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private record Finished(int exit, String out, String err) {}

  @Test
  void theJarServesTheFakeConsoleOnThePortItPrints() throws Exception {
    assertThat(JAR).exists();
    Process server = start("--port", "0", "--api-client", "ci:ci-secret",
        "--local-user", "ana:pw", "--local-user", "ben:pw:JBSWY3DPEHPK3PXP", "--orgs", "500");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
      PlainHttp http = new PlainHttp(first.substring("listening on ".length()));

      String bearer = http.bearerFor("ci", "ci-secret");

      assertThat(http.get("/api/v1/Org?pgNum=2&pgSize=500", bearer).body()).contains("\"totalCount\":501");
      assertThat(http.get("/api/v3/LoginConfiguration?username=ben", null).body()).contains("LOCAL_2FA");
      assertThat(http.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw")).statusCode()).isEqualTo(200);
      assertThat(http.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw"), null,
          "totp-auth", Totp.code("JBSWY3DPEHPK3PXP", java.time.Instant.now())).statusCode())
          .as("a Base32 secret, as an authenticator app takes it").isEqualTo(200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("stops when asked").isTrue();
    }
  }

  @Test
  void withoutAnApiClientItPrintsTheOneItCreated() throws Exception {
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      String second = out.readLine();
      assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
      assertThat(second).matches("api client crashplan-fake:[0-9a-f]{32}");
      PlainHttp http = new PlainHttp(first.substring("listening on ".length()));

      String bearer = http.bearerFor("crashplan-fake", second.substring("api client crashplan-fake:".length()));

      assertThat(http.get("/api/v1/Org", bearer).statusCode()).isEqualTo(200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aSeedFileStartsAReadyTenant() throws Exception {
    Path seed = Files.writeString(Files.createTempFile("tenant", ".yaml"), String.join("\n",
        "apiClients: [{id: ci, secret: ci-secret}]",
        "orgs:",
        "  - name: Acme",
        "    externalReference: CUST-1",
        "    children: [{name: Acme Sales, blocked: true}]",
        ""));
    Process server = start("--seed", seed.toString());
    try {
      String first = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
      PlainHttp http = new PlainHttp(first.substring("listening on ".length()));

      String orgs = http.get("/api/v1/Org", http.bearerFor("ci", "ci-secret")).body();

      assertThat(orgs).contains("\"totalCount\":3", "\"orgName\":\"Acme\"", "\"orgExtRef\":\"CUST-1\"",
          "\"orgName\":\"Acme Sales\"");
      assertThat(orgs.replaceAll(".*\"orgName\":\"Acme Sales\"", "")).contains("\"blocked\":true");
    } finally {
      server.destroy();
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void helpGoesToStandardOutputWithExit0() throws Exception {
    Finished help = run("--help");

    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: java -jar crashplan-testkit-VERSION-fake-server.jar [-hV]")
        .contains("Default: 127.0.0.1", "Examples:");
    assertThat(help.err()).isEmpty();
  }

  @Test
  void theVersionIsTheTestkits() throws Exception {
    Finished version = run("--version");

    assertThat(version.exit()).isZero();
    assertThat(version.out().strip()).isEqualTo("crashplan-testkit fake console " + System.getProperty("testkitVersion"));
  }

  @Test
  void anUnknownOptionGoesToStandardErrorWithExit2() throws Exception {
    Finished bogus = run("--bogus");

    assertThat(bogus.exit()).isEqualTo(2);
    assertThat(bogus.out()).isEmpty();
    assertThat(bogus.err()).startsWith("Unknown option: '--bogus'")
        .contains("Usage: java -jar crashplan-testkit-VERSION-fake-server.jar");
  }

  @Test
  void aBadValueNamesTheOptionAndTheValue() throws Exception {
    Finished badPort = run("--port", "abc");

    assertThat(badPort.exit()).isEqualTo(2);
    assertThat(badPort.err()).startsWith("Invalid value for option '--port': 'abc' is not a port number");
  }

  @Test
  void aTotpSecretThatIsNotBase32IsABadOption() throws Exception {
    Finished badSecret = run("--local-user", "ben:pw:not-base-32!");

    assertThat(badSecret.exit()).isEqualTo(2);
    assertThat(badSecret.err()).contains("Base32", "Usage:");
  }

  @Test
  void anOptionWithoutItsValueExits2() throws Exception {
    Finished noValue = run("--orgs");

    assertThat(noValue.exit()).isEqualTo(2);
    assertThat(noValue.err()).startsWith("Missing required parameter for option '--orgs' (N)")
        .contains("Usage: java -jar crashplan-testkit-VERSION-fake-server.jar");
    assertThat(Files.size(JAR)).isPositive();
  }
}
