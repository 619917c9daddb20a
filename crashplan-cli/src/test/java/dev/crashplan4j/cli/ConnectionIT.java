package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line reaches the console and signs in, and the exit codes when it cannot. */
class ConnectionIT {

  private static FakeConsole console;

  @TempDir
  Path config;

  @BeforeAll
  static void startTheConsole() {
    console = FakeConsole.start(3);
    console.tenant().addLocalUser("ana", "ana-password");
  }

  @AfterAll
  static void stopTheConsole() {
    console.close();
  }

  @Test
  void aRefusedSecretExits3InOneLine() {
    Cli.Result list = Cli.against(console.server.baseUrl(), "ci", "wrong").run("orgs", "list");

    assertThat(list.exit()).isEqualTo(ExitCode.SIGN_IN_REFUSED);
    assertThat(list.err()).startsWith("crashplan4j: sign-in refused: ").endsWith("\n").hasLineCount(1)
        .doesNotContain("wrong");
    assertThat(list.out()).isEmpty();
  }

  @Test
  void aConsoleNobodyListensAtExits4InOneLine() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }

    Cli.Result list = Cli.against("http://127.0.0.1:" + closed, "ci", "ci-secret").run("orgs", "list");

    assertThat(list.exit()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(list.err()).startsWith("crashplan4j: the console could not be reached: ").hasLineCount(1);
  }

  @Test
  void aLocalUserSignsInWithUsernameAndPassword() {
    Cli.Result list = Cli.bare().env("CRASHPLAN_URL", console.server.baseUrl()).env("CRASHPLAN_USERNAME", "ana")
        .env("CRASHPLAN_PASSWORD", "ana-password").run("orgs", "list", "--format", "csv");

    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.outLines()).hasSize(console.orgs().size() + 1);
  }

  @Test
  void aProfileGivesTheUrlAndClientTheEnvironmentTheSecret() throws IOException {
    Files.createDirectories(config.resolve("crashplan4j"));
    Files.writeString(config.resolve("crashplan4j/profiles.properties"),
        "# the lab\nlab.url=" + console.server.baseUrl() + "\nlab.client-id=ci\n");

    Cli.Result list = Cli.bare().env("XDG_CONFIG_HOME", config.toString()).env("CRASHPLAN_CLIENT_SECRET", "ci-secret")
        .run("--profile", "lab", "orgs", "list", "--format", "csv");

    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.outLines()).hasSize(console.orgs().size() + 1);
  }

  @Test
  void aProfileFileHoldingASecretIsRefused() throws IOException {
    Files.createDirectories(config.resolve("crashplan4j"));
    Files.writeString(config.resolve("crashplan4j/profiles.properties"),
        "lab.url=" + console.server.baseUrl() + "\nlab.client-id=ci\nlab.client-secret=ci-secret\n");

    Cli.Result list = Cli.bare().env("XDG_CONFIG_HOME", config.toString()).run("orgs", "list", "--profile", "lab");

    assertThat(list.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(list.err()).contains("holds a secret (lab.client-secret)").doesNotContain("ci-secret\n").hasLineCount(1);
  }

  @Test
  void anUnknownProfileNamesThoseThereAre() throws IOException {
    Files.createDirectories(config.resolve("crashplan4j"));
    Files.writeString(config.resolve("crashplan4j/profiles.properties"), "prod.url=https://x.example\nlab.url=http://y\n");

    Cli.Result list = Cli.bare().env("XDG_CONFIG_HOME", config.toString()).run("orgs", "list", "--profile", "test");

    assertThat(list.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(list.err()).endsWith("has no profile \"test\"; it has lab, prod\n");
  }

  @Test
  void withoutASecretOrATerminalItSaysWhatToSet() {
    Cli.Result list = Cli.bare().env("CRASHPLAN_URL", console.server.baseUrl()).env("CRASHPLAN_CLIENT_ID", "ci")
        .run("orgs", "list");
    Cli.Result nothing = Cli.bare().run("orgs", "list");

    assertThat(list.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(list.err()).isEqualTo("crashplan4j: CRASHPLAN_CLIENT_SECRET is not set, and there is no terminal"
        + " to ask for it on\n");
    assertThat(nothing.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(nothing.err()).startsWith("crashplan4j: no console URL: give --url");
  }

  @Test
  void urlOnTheCommandWinsOverTheEnvironment() {
    Cli.Result list = console.cli().env("CRASHPLAN_URL", "http://127.0.0.1:9").run("orgs", "list", "--format", "csv",
        "--url", console.server.baseUrl());

    assertThat(list.exit()).as(list.toString()).isZero();
  }

  @Test
  void aProxyVariableThatIsNoUrlExits2NamingIt() {
    Cli.Result list = console.cli().env("http_proxy", "http://[broken").run("orgs", "list");

    assertThat(list.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(list.err()).contains("http_proxy").hasLineCount(1);
  }

  @Test
  void verboseLogsEachRequestMaskedOnStandardError() {
    Cli.Result list = console.cli().run("orgs", "list", "--format", "json", "--verbose");

    assertThat(list.exit()).isZero();
    assertThat(list.err()).contains("POST /api/v3/oauth/token", "GET /api/v1/Org?pgNum=1&pgSize=500 -> 200")
        .doesNotContain(FakeConsole.SECRET);
    assertThat(list.out()).startsWith("[");
  }

  @Test
  void anErrorShowsItsStackTraceOnlyWithVerbose() {
    Cli.Result plain = Cli.against(console.server.baseUrl(), "ci", "wrong").run("orgs", "list");
    Cli.Result verbose = Cli.against(console.server.baseUrl(), "ci", "wrong").run("orgs", "list", "-v");

    assertThat(plain.err()).doesNotContain("\tat ");
    assertThat(verbose.err()).contains("UnauthorizedException", "\tat ");
    assertThat(verbose.exit()).isEqualTo(ExitCode.SIGN_IN_REFUSED);
  }
}
