package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.testkit.OrgSeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Command line" section as a user types it: each {@code $} line of its console
 * block run by {@code sh} with the launcher on the PATH, in a folder holding its {@code orgs.yaml},
 * against a fake console seeded as the section says; what it prints (output and errors, as a
 * terminal shows both) must be what the README shows, rates and times aside.
 */
class ReadmeCommandLineIT {

  private static final Path README = Path.of(System.getProperty("readme", "../README.md"));
  private static final Path LAUNCHER = Path.of(System.getProperty("launcher", "target/crashplan4j"));

  @TempDir
  Path dir;

  private static String section() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Command line\n");
    assertThat(start).as("the README has a Command line section").isPositive();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String block(String section, String fence) {
    Matcher block = Pattern.compile("```" + fence + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(block.find()).as("a ```%s block", fence).isTrue();
    return block.group(1);
  }

  // Rates, times left and elapsed times differ from run to run; the counts do not.
  private static String steady(String text) {
    return text.replaceAll("\\d+\\.\\d/s", "R/s").replaceAll("\\d+:\\d\\d left", "T left")
        .replaceAll("PT[0-9.]+S", "PT_S");
  }

  @Test
  void everyCommandPrintsWhatTheReadmeShows() throws Exception {
    String section = section();
    Files.writeString(dir.resolve("orgs.yaml"), block(section, "yml"));
    String console = block(section, "console");
    try (FakeConsole fake = FakeConsole.start(0)) {
      fake.tenant().seed(OrgSeed.org("Acme").externalReference("CUST-1")
              .child(OrgSeed.org("Acme Sales").externalReference("CUST-1-SALES")),
          OrgSeed.org("Globex").externalReference("CUST-2").blocked());
      Cli cli = fake.cli().env("PATH", LAUNCHER.toAbsolutePath().getParent() + ":" + System.getenv("PATH"))
          .env("COLUMNS", "80").env("XDG_CACHE_HOME", dir.resolve("cache").toString());
      StringBuilder expected = new StringBuilder();
      StringBuilder actual = new StringBuilder();
      for (String[] step : steps(console)) {
        expected.append("$ ").append(step[0]).append('\n').append(step[1]);
        actual.append("$ ").append(step[0]).append('\n').append(sh(step[0], cli.environment()));
      }
      // The transcript as run, rates and times included, to paste into the README when it changes.
      Files.writeString(LAUNCHER.resolveSibling("readme-command-line.txt"), actual);
      assertThat(steady(actual.toString())).isEqualTo(steady(expected.toString()));
    }
  }

  private static List<String[]> steps(String console) {
    List<String[]> steps = new ArrayList<>();
    for (String line : console.split("\n")) {
      if (line.startsWith("$ ")) {
        steps.add(new String[] {line.substring(2), ""});
      } else if (!steps.isEmpty()) {
        String[] last = steps.get(steps.size() - 1);
        last[1] = last[1] + line + "\n";
      }
    }
    return steps;
  }

  private String sh(String command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", command + " 2>&1").directory(dir.toFile())
        .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
