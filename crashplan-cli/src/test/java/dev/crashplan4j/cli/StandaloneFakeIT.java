package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The jar against the testkit's standalone fake console, both processes, as a CI job would run them. */
class StandaloneFakeIT {

  private static final Path FAKE = Path.of(System.getProperty("fakeServerJar", "fake-server.jar"));
  private static Process fake;
  private static String url;

  @BeforeAll
  static void startTheFake() throws Exception {
    fake = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", FAKE.toString(),
        "--port", "0", "--api-client", "ci:ci-secret", "--orgs", "1000")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String first = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8)).readLine();
    assertThat(first).startsWith("listening on ");
    url = first.substring("listening on ".length());
  }

  @AfterAll
  static void stopTheFake() throws Exception {
    fake.destroy();
    assertThat(fake.waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void listReadsEveryPageOfAThousandOrgs() {
    Cli.Result list = Cli.against(url, "ci", "ci-secret").run("orgs", "list", "--format", "csv");

    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.outLines()).hasSize(1 + 1001).contains("1001,880000000007926919,\"Org 1001\",,active,false,1,"
        + "880000000000007919,");
    assertThat(list.err()).isEmpty();
  }

  @Test
  void theLauncherRunsTheJarBesideIt() throws Exception {
    Path launcher = Path.of(System.getProperty("launcher", "target/crashplan4j"));
    Path cache = Files.createTempDirectory("cli-cache");

    String first = launch(launcher, cache);
    String second = launch(launcher, cache);

    assertThat(first).startsWith("ID    UID").contains("Org 1001");
    assertThat(second).isEqualTo(first);
    try (Stream<Path> archived = Files.list(cache.resolve("crashplan4j"))) {
      assertThat(archived.map(path -> path.getFileName().toString()))
          .containsExactly("crashplan-cli-" + System.getProperty("cliVersion") + ".jsa");
    }
  }

  private static String launch(Path launcher, Path cache) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", launcher.toString(), "orgs", "list")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(Map.of("XDG_CACHE_HOME", cache.toString(), "CRASHPLAN_URL", url,
        "CRASHPLAN_CLIENT_ID", "ci", "CRASHPLAN_CLIENT_SECRET", "ci-secret", "COLUMNS", "80"));
    Process run = builder.start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void theVersionNamesTheJarWithItsJava() {
    Cli.Result version = Cli.bare().run("--version");

    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("crashplan4j " + System.getProperty("cliVersion") + " (Java ");
  }

  @Test
  void completionIsABashScriptOfEveryCommand() {
    Cli.Result completion = Cli.bare().run("generate-completion");

    assertThat(completion.exit()).isZero();
    assertThat(completion.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_crashplan4j",
        "orgs", "bulk", "settings", "--max-failures", "--archive-hold-days");
  }
}
