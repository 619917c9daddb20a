package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.CallObserver;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.CrashPlanListener;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.event.CallStart;
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
 * What a listener costs a call: getById with no listener, and with one that hears everything and
 * does nothing. Run with the GC profiler, it shows the bytes each call allocates.
 */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListenerCostBenchmark {

  private BenchConsole console;
  private CrashPlanClient heard;
  private Org org;

  /** Starts the console, a client without a listener and one with a listener that hears all. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(100);
    org = console.server.tenant().orgs().get(50);
    console.client.orgs().getById(org.id());
    heard = CrashPlanClient.builder().baseUrl(console.server.baseUrl())
        .credentials(Credentials.apiClient("bench", "bench-secret"))
        .listener(new CrashPlanListener() {
          @Override
          public CallObserver callStarted(CallStart call) {
            return new CallObserver() {};
          }
        }).build();
    heard.orgs().getById(org.id());
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    heard.close();
    console.close();
  }

  /** No listener registered. */
  @Benchmark
  public Org noListener() {
    return console.client.orgs().getById(org.id());
  }

  /** A listener that hears every event and does nothing with it. */
  @Benchmark
  public Org withListener() {
    return heard.orgs().getById(org.id());
  }
}
