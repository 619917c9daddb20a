package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as a user runs it: a process with its own environment (nothing of the
 * test JVM's CRASHPLAN_* leaks in), standard output and error apart, and its exit code.
 */
final class Cli {

  static final Path JAR = Path.of(System.getProperty("cliJar", "target/crashplan-cli.jar"));

  // Start-up flags of the tests' runs only: a short-lived JVM starts faster with them, and with
  // the classes of a first run archived (AppCDS), made once per test JVM.
  private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  private static volatile List<String> archive;

  private final Map<String, String> environment = new HashMap<>();
  private final List<String> jvmOptions;

  private Cli() {
    this(null);
  }

  private Cli(List<String> jvmOptions) {
    this.jvmOptions = jvmOptions;
    environment.put("PATH", System.getenv("PATH"));
    environment.put("HOME", System.getProperty("java.io.tmpdir"));
    environment.put("LANG", "C.UTF-8");
  }

  /** A run with no console address and no credentials. */
  static Cli bare() {
    return new Cli();
  }

  /** A run against {@code url} as the API client {@code id}. */
  static Cli against(String url, String id, String secret) {
    return bare().env("CRASHPLAN_URL", url).env("CRASHPLAN_CLIENT_ID", id).env("CRASHPLAN_CLIENT_SECRET", secret);
  }

  Cli env(String name, String value) {
    if (value == null) {
      environment.remove(name);
    } else {
      environment.put(name, value);
    }
    return this;
  }

  // A run that loads what a listing loads (the console is not there: it ends with exit 4).
  private static synchronized List<String> archive() {
    if (archive == null) {
      Path file = JAR.resolveSibling("it-classes.jsa");
      Result first = new Cli(List.of("-XX:ArchiveClassesAtExit=" + file))
          .env("CRASHPLAN_URL", "http://127.0.0.1:9").env("CRASHPLAN_CLIENT_ID", "x").env("CRASHPLAN_CLIENT_SECRET", "y")
          .run("orgs", "list");
      assertThat(first.exit()).as(first.toString()).isEqualTo(ExitCode.UNREACHABLE);
      archive = Files.exists(file) ? List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
          : List.of();
    }
    return archive;
  }

  /** The command that runs {@code crashplan4j args...}. */
  List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(FAST_START);
    command.addAll(jvmOptions == null ? archive() : jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** The environment of a run. */
  Map<String, String> environment() {
    return Map.copyOf(environment);
  }

  /** Runs {@code crashplan4j args...} to its end (a minute at most). */
  Result run(String... args) {
    List<String> command = command(args);
    try {
      Path out = Files.createTempFile("cli-out", ".txt");
      Path err = Files.createTempFile("cli-err", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().clear();
      builder.environment().putAll(environment);
      Process process = builder.start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("crashplan4j %s ends by itself", List.of(args)).isTrue();
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException failed) {
      throw new java.io.UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** What a run printed and how it ended. */
  record Result(int exit, String out, String err) {
    /** Standard output's lines. */
    List<String> outLines() {
      return out.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
