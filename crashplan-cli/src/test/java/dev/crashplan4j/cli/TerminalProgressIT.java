package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.OrgSeed;
import dev.crashplan4j.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar as a person sees it: a bulk run in a real terminal (tmux, 120 by 30), its
 * output stream recorded from the pane, its last screen captured.
 */
class TerminalProgressIT {

  private static final String SOCKET = "crashplan4j-it-" + ProcessHandle.current().pid();
  private static final int ROWS = 400;

  @TempDir
  Path dir;

  private static boolean tmuxInstalled() {
    try {
      return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
    } catch (IOException notThere) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tmux(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", SOCKET));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("tmux %s ends", List.of(args)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  // The shell script a pane runs: the environment, then (once the test says go, when {@code
  // waits}) the command, its output redirected by {@code redirect}; it prints the exit code and
  // holds the pane until it is captured.
  private static String script(Cli cli, List<String> command, String redirect, boolean waits) {
    StringBuilder script = new StringBuilder();
    for (Map.Entry<String, String> variable : cli.environment().entrySet()) {
      script.append("export ").append(variable.getKey()).append('=').append(quoted(variable.getValue())).append('\n');
    }
    if (waits) {
      script.append("tmux -L ").append(SOCKET).append(" wait-for go\n");
    }
    return script.append(command.stream().map(TerminalProgressIT::quoted).collect(Collectors.joining(" ")))
        .append(redirect).append('\n')
        .append("echo EXIT=$?\n")
        .append("tmux -L ").append(SOCKET).append(" wait-for -S finished\n")
        .append("tmux -L ").append(SOCKET).append(" wait-for captured\n")
        .toString();
  }

  // Runs the command in a 120 by 30 pane; types {@code keys} (ahead: the terminal holds them
  // until the command reads), and returns the last screen once the command has ended.
  private String inTerminal(Cli cli, List<String> command, String keys) throws Exception {
    Path run = Files.writeString(dir.resolve("ask.sh"), script(cli, command, "", true));
    try {
      tmux("new-session", "-d", "-x", "120", "-y", "30", "-s", "ask", "sh " + run);
      tmux("send-keys", "-t", "ask", keys, "Enter");
      tmux("wait-for", "-S", "go");
      tmux("wait-for", "finished");
      String screen = tmux("capture-pane", "-p", "-t", "ask");
      tmux("wait-for", "-S", "captured");
      return screen;
    } finally {
      new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  // Runs the command in a 120 by 30 pane and, once {@code prompt} is on the screen, types
  // {@code keys}: typed ahead, a terminal would echo them before the command turned echo off.
  private String answering(Cli cli, List<String> command, String prompt, String keys) throws Exception {
    Path run = Files.writeString(dir.resolve("secret.sh"), script(cli, command, "", false));
    try {
      tmux("new-session", "-d", "-x", "120", "-y", "30", "-s", "secret", "sh " + run);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      // (A pane's capture drops the spaces that end a line.)
      String shown;
      while (!(shown = tmux("capture-pane", "-p", "-t", "secret")).contains(prompt.strip())) {
        assertThat(System.nanoTime()).as("the prompt %s shows within 30 s; the screen:%n%s", prompt, shown)
            .isLessThan(deadline);
        Thread.onSpinWait();
      }
      tmux("send-keys", "-t", "secret", "-l", keys);
      tmux("send-keys", "-t", "secret", "Enter");
      tmux("wait-for", "finished");
      String screen = tmux("capture-pane", "-p", "-t", "secret");
      tmux("wait-for", "-S", "captured");
      return screen;
    } finally {
      new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSecretNotSetIsAskedForWithoutEcho() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux): the question is not checked");
    try (FakeConsole console = FakeConsole.start(3)) {
      Cli cli = console.cli().env("CRASHPLAN_CLIENT_SECRET", null);

      String screen = answering(cli, cli.command("orgs", "list", "--format", "csv"),
          "Secret of API client " + FakeConsole.CLIENT + ": ", FakeConsole.SECRET);

      // Signed in with what was typed, and what was typed is nowhere on the screen.
      assertThat(screen).contains("Secret of API client " + FakeConsole.CLIENT + ":", "EXIT=0")
          .doesNotContain(FakeConsole.SECRET);
      assertThat(console.server.requests()).extracting(RecordedRequest::line)
          .contains("GET /api/v1/Org");
    }
  }

  @Test
  void aLongListingCountsItsPagesOnTheTerminal() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux): the count is not checked");
    try (FakeConsole console = FakeConsole.start(1_500)) {
      Cli cli = console.cli();

      Pane pane = recorded(cli, cli.command("orgs", "list", "--format", "csv"));

      List<Long> counts = new ArrayList<>();
      List<Long> totals = new ArrayList<>();
      Matcher drawn = Pattern.compile("listing orgs: (\\d+)/(\\d+)").matcher(pane.stream());
      while (drawn.find()) {
        counts.add(Long.parseLong(drawn.group(1)));
        totals.add(Long.parseLong(drawn.group(2)));
      }
      long total = console.tenant().orgs().size();
      assertThat(totals).as("the total drawn").isNotEmpty().containsOnly(total);
      assertThat(counts).as("the count as drawn, page after page").hasSizeGreaterThan(1).isSorted().endsWith(total);
      // Once done, the count is wiped: the screen holds only the shell's own lines.
      assertThat(pane.screen()).contains("EXIT=0").doesNotContain("listing orgs");
    }
  }

  /** A pane's last screen, and all that was written to it on the way. */
  private record Pane(String screen, String stream) {}

  // Runs the command, its standard output thrown away, in a 120 by 30 pane whose output stream
  // is recorded; returns the last screen once the command has ended, and the stream.
  private Pane recorded(Cli cli, List<String> command) throws Exception {
    Path run = Files.writeString(dir.resolve("recorded.sh"), script(cli, command, " > /dev/null", true));
    Path stream = dir.resolve("pane.log");
    try {
      tmux("new-session", "-d", "-x", "120", "-y", "30", "-s", "recorded", "sh " + run);
      tmux("pipe-pane", "-t", "recorded", "-o", "cat >> " + stream);
      tmux("wait-for", "-S", "go");
      tmux("wait-for", "finished");
      String screen = tmux("capture-pane", "-p", "-t", "recorded");
      tmux("wait-for", "-S", "captured");
      return new Pane(screen, Files.readString(stream, StandardCharsets.UTF_8));
    } finally {
      new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Path tree() throws IOException {
    return Files.writeString(dir.resolve("orgs.yaml"), "orgs:\n  - externalReference: CUST-1\n    name: Acme\n");
  }

  @Test
  void applyOnATerminalAppliesOnYes() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux): the question is not checked");
    try (FakeConsole console = FakeConsole.start(0)) {
      Cli cli = console.cli();

      String screen = inTerminal(cli, cli.command("orgs", "apply", "--file", tree().toString()), "y");

      // The answer was typed ahead, so the bar redraws the prompt's line; the "no" test sees it.
      assertThat(screen).contains("+ CUST-1 create under the top org", "Applied: 1 done", "EXIT=0");
      assertThat(console.byReference("CUST-1")).isPresent();
    }
  }

  @Test
  void applyOnATerminalSendsNothingOnNo() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux): the question is not checked");
    try (FakeConsole console = FakeConsole.start(0)) {
      Cli cli = console.cli();

      String screen = inTerminal(cli, cli.command("orgs", "apply", "--file", tree().toString()), "n");

      assertThat(screen).contains("Apply 1 change(s) to the console? [y/N]", "not applied: nothing was sent", "EXIT=1");
      assertThat(console.byReference("CUST-1")).isEmpty();
    }
  }

  @Test
  void applyAsksAboutOnlyTheChangesItWillSend() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux): the question is not checked");
    try (FakeConsole console = FakeConsole.start(0)) {
      console.tenant().seed(IntStream.rangeClosed(1, 4)
          .mapToObj(i -> OrgSeed.org("Other " + i).externalReference("OTHER-" + i)).toArray(OrgSeed[]::new));
      Cli cli = console.cli();

      String screen = inTerminal(cli, cli.command("orgs", "apply", "--file", tree().toString()), "n");

      assertThat(screen).contains("0 conflicts, 4 unmanaged", "Apply 1 change(s) to the console? [y/N]", "EXIT=1");
      assertThat(console.byReference("CUST-1")).isEmpty();
    }
  }

  @Test
  void theBarMovesUpToTheTotal() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux): the progress bar is not checked");
    try (FakeConsole console = FakeConsole.start(ROWS)) {
      // Each block takes a while, so that the run lasts long enough for the bar to be redrawn.
      console.server.injectEvery("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.delay(Duration.ofMillis(15)));
      Path in = Files.writeString(dir.resolve("block.csv"), "orgId\n"
          + IntStream.rangeClosed(2, ROWS + 1).mapToObj(Integer::toString).collect(Collectors.joining("\n")) + "\n");
      Cli cli = console.cli();
      List<String> command = cli.command("orgs", "bulk", "block", "--file", in.toString(), "--report",
          dir.resolve("report.csv").toString(), "--concurrency", "4");

      Pane pane = recorded(cli, command);
      String screen = pane.screen();

      assertThat(screen).contains("EXIT=0").containsPattern("\\[#+\\] " + ROWS + "/" + ROWS + " .* 0 failed");
      List<Integer> counts = new ArrayList<>();
      Matcher drawn = Pattern.compile("\\] (\\d+)/" + ROWS).matcher(pane.stream());
      while (drawn.find()) {
        counts.add(Integer.parseInt(drawn.group(1)));
      }
      assertThat(counts).as("the bar as drawn, one redraw after another").hasSizeGreaterThan(2).isSorted();
      assertThat(counts.get(0)).isLessThan(ROWS);
      assertThat(counts.get(counts.size() - 1)).isEqualTo(ROWS);
      assertThat(screen.lines().filter(line -> line.contains("/" + ROWS + " "))).hasSize(1)
          .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(120));
    }
  }
}
