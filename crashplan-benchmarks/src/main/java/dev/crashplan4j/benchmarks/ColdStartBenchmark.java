package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 5: a fresh JVM's first call, client built and signed in, against the same by hand.
 * The fake console runs as its own process (the testkit's standalone jar, built before this module), so that its classes do not warm either side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  private Process console;
  private String baseUrl;

  /** Starts the standalone fake console and reads its address. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    console = new ProcessBuilder(java, "-jar", fakeServerJar().toString(),
        "--port", "0", "--api-client", "bench:bench-secret", "--orgs", "20").redirectErrorStream(true).start();
    String first = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8)).readLine();
    if (first == null || !first.startsWith("listening on ")) {
      throw new IllegalStateException("the fake console did not start: " + first);
    }
    baseUrl = first.substring("listening on ".length());
  }

  // The testkit's attached fake-server jar, whatever its version.
  private static Path fakeServerJar() throws IOException {
    try (java.util.stream.Stream<Path> built = java.nio.file.Files.list(Path.of("..", "crashplan-testkit", "target"))) {
      return built.filter(path -> path.getFileName().toString().endsWith("-fake-server.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("build the testkit first: no *-fake-server.jar in crashplan-testkit/target"));
    }
  }

  /** Stops the fake console. */
  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    console.destroy();
    console.waitFor(10, TimeUnit.SECONDS);
  }

  /** The SDK: build the client, sign in, read the first page. */
  @Benchmark
  public int sdkFirstCall() {
    try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(baseUrl)
        .credentials(Credentials.apiClient("bench", "bench-secret")).build()) {
      return client.orgs().getPage(1, 10).orgs().size();
    }
  }

  /** By hand: an OkHttp client and an ObjectMapper, sign in, read the first page. */
  @Benchmark
  public Map<String, Object> baselineFirstCall() {
    try (Baseline baseline = new Baseline(baseUrl, "bench", "bench-secret")) {
      return baseline.page(1, 10);
    }
  }
}
