package dev.crashplan4j.benchmarks;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Figure 4: with 5 ms of latency on every answer, how throughput grows from 1 to 16 threads:
 * no global lock, no pool starvation, no sign-in serialising calls.
 */
@State(Scope.Benchmark)
@Fork(2)
// Steady state, not warm-up: 16 threads on 2 cores leave the JIT little room, and with 15 s of
// warm-up the SDK was still speeding up through its measured iterations while by hand had
// levelled off (docs/benchmarks/results.json as of commit 71dd818).
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 4, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThreadsBenchmark {

  private BenchConsole console;
  private List<Org> orgs;

  /** Starts a fake console with 200 orgs and 5 ms of latency, the SDK client (warm) and the baseline. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(200);
    orgs = console.server.tenant().orgs();
    console.client.orgs().orgIdMap();
    console.server.inject("*", Integer.MAX_VALUE, Fault.delay(Duration.ofMillis(5)));
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    console.close();
  }

  private Org anyOrg() {
    return orgs.get(ThreadLocalRandom.current().nextInt(orgs.size()));
  }

  /** The SDK, one thread. */
  @Benchmark
  @Threads(1)
  public Org sdkOneThread() {
    return console.client.orgs().getById(anyOrg().id());
  }

  /** The SDK, 16 threads sharing one client. */
  @Benchmark
  @Threads(16)
  public Org sdkSixteenThreads() {
    return console.client.orgs().getById(anyOrg().id());
  }

  /** By hand, one thread. */
  @Benchmark
  @Threads(1)
  public Map<String, Object> baselineOneThread() {
    return console.baseline.getOrg(anyOrg().guid().value());
  }

  /** By hand, 16 threads sharing one OkHttp client. */
  @Benchmark
  @Threads(16)
  public Map<String, Object> baselineSixteenThreads() {
    return console.baseline.getOrg(anyOrg().guid().value());
  }
}
