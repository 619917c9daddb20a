package dev.crashplan4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Figure 2: every org of a large tenant, streamed by the SDK against the paging loop by hand. */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamBenchmark {

  /** How many orgs the tenant has. */
  @Param({"10000", "100000"})
  public int orgs;

  private BenchConsole console;

  /** Starts a fake console with the tenant, the SDK client and the baseline. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(orgs);
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    console.close();
  }

  /** The SDK: streamOrgs(), each org consumed. */
  @Benchmark
  public void sdkStreamOrgs(Blackhole blackhole) {
    console.client.orgs().streamOrgs().forEach(blackhole::consume);
  }

  /** By hand: pages of 500 until a short one, each org parsed into a map and consumed. */
  @Benchmark
  public void baselineStreamOrgs(Blackhole blackhole) {
    console.baseline.streamOrgs(500, blackhole::consume);
  }
}
