package dev.crashplan4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line's start-up: the wall time of the process {@code crashplan4j orgs list} against
 * the standalone fake console with 1,000 orgs, beside what starting a JVM alone costs
 * ({@code java -version}), with the JVM's defaults, with C1 alone and the serial collector, and
 * with an AppCDS archive of the classes a listing loads (dumped once per trial, as a build or a
 * first run would). {@code mvn -q -pl crashplan-cli,crashplan-benchmarks -am -P bench-cli -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 8, time = 1)
public class CliStartupBenchmark {

  /** How the JVM is started. */
  @Param({"defaults", "c1-serial", "appcds", "appcds-c1-serial"})
  public String jvm;

  private Process console;
  private String baseUrl;
  private Path archive;
  private List<String> command;

  /** Starts the fake console, and for the AppCDS variants dumps the archive of one listing. */
  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    console = new ProcessBuilder(java(), "-jar", jar("crashplan-testkit", "-fake-server.jar").toString(),
        "--port", "0", "--api-client", "bench:bench-secret", "--orgs", "1000").redirectErrorStream(true).start();
    String first = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8)).readLine();
    if (first == null || !first.startsWith("listening on ")) {
      throw new IllegalStateException("the fake console did not start: " + first);
    }
    baseUrl = first.substring("listening on ".length());
    List<String> options = new ArrayList<>();
    if (jvm.contains("c1-serial")) {
      options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }
    if (jvm.startsWith("appcds")) {
      archive = Files.createTempFile("crashplan-cli", ".jsa");
      Files.delete(archive);
      run(command(List.of("-XX:ArchiveClassesAtExit=" + archive)));
      options.add("-XX:SharedArchiveFile=" + archive);
    }
    command = command(options);
  }

  private List<String> command(List<String> options) throws IOException {
    List<String> line = new ArrayList<>(List.of(java()));
    line.addAll(options);
    line.addAll(List.of("-jar", jar("crashplan-cli", ".jar").toString(), "orgs", "list", "--format", "csv"));
    return line;
  }

  /** Stops the fake console. */
  @TearDown(Level.Trial)
  public void stop() throws IOException, InterruptedException {
    console.destroy();
    console.waitFor(10, TimeUnit.SECONDS);
    if (archive != null) {
      Files.deleteIfExists(archive);
    }
  }

  /** {@code crashplan4j orgs list --format csv}: 1,001 orgs, two pages, as a process. */
  @Benchmark
  public int orgsList() throws IOException, InterruptedException {
    return run(command);
  }

  /** {@code java -version}: what starting and stopping a JVM costs, whatever it runs. */
  @Benchmark
  public int jvmAlone() throws IOException, InterruptedException {
    return run(List.of(java(), "-version"));
  }

  private int run(List<String> line) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("CRASHPLAN_URL", baseUrl);
    builder.environment().put("CRASHPLAN_CLIENT_ID", "bench");
    builder.environment().put("CRASHPLAN_CLIENT_SECRET", "bench-secret");
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(line + " exited " + exit);
    }
    return exit;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // A module's built jar, whatever its version: the CLI's shaded jar, the testkit's fake.
  private static Path jar(String module, String ending) throws IOException {
    try (Stream<Path> built = Files.list(Path.of("..", module, "target"))) {
      return built.filter(path -> {
        String name = path.getFileName().toString();
        return name.startsWith(module + "-") && name.endsWith(ending) && !name.endsWith("-sources.jar")
            && !name.endsWith("-javadoc.jar") && (ending.length() > 4 || !name.contains("-fake-server"));
      }).findFirst().orElseThrow(() -> new IllegalStateException("build " + module + " first: no jar in " + module
          + "/target"));
    }
  }
}
