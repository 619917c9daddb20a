package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
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
 * The heap a bulk run takes as its input grows: 10,000 or 100,000 reads streamed from a
 * generated {@link Stream} (never a list) over a tenant of 1,000 orgs, 8 in flight, results to a
 * consumer that keeps nothing. Each measured run records the most heap in use after a GC, sampled
 * every 5,000 results, above what was in use just before the run; {@link HeapPeakProfiler} reports
 * it as {@code heap.peak}, so that JMH gives it with its error over iterations and forks. The
 * fake console's request journal is emptied at each sample: it runs in the same JVM, and only the
 * client's side is measured. No warm-up: the heap, not the time, is the figure, and a run of
 * 100,000 reads takes over a minute on a shared 2-core machine.
 */
@State(Scope.Benchmark)
@Fork(3)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkHeapBenchmark {

  static final int SAMPLE_EVERY = 5_000;

  // What the last run saw, for the profiler: the benchmark and it share the forked JVM.
  static volatile long peakAboveStart;

  /** How many items the run streams. */
  @Param({"10000", "100000"})
  public int items;

  private FakeCrashPlanServer server;
  private CrashPlanClient client;
  private List<OrgId> ids;
  private long before;

  /** Starts a fake console with 1,000 orgs, the client warm (signed in, every org's guid known). */
  @Setup(Level.Trial)
  public void start() {
    server = FakeCrashPlanServer.start().addApiClient(BenchConsole.CLIENT_ID, BenchConsole.SECRET);
    server.tenant().addOrgs(1_000);
    client = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient(BenchConsole.CLIENT_ID, BenchConsole.SECRET)).build();
    ids = server.tenant().orgs().stream().map(org -> org.id()).toList();
    client.orgs().orgIdMap();
  }

  /** Empties the fake's journal and takes the heap in use before the run. */
  @Setup(Level.Iteration)
  public void measureStart() {
    server.clearRequests();
    peakAboveStart = 0;
    before = usedAfterGc();
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    server.close();
  }

  /** One run of {@link #items} streamed reads, 8 in flight. */
  @Benchmark
  public BulkSummary streamedReads() {
    Stream<BulkItem> reads = LongStream.range(0, items)
        .mapToObj(i -> BulkItem.read(OrgKey.of(ids.get((int) (i % ids.size())))));
    long[] seen = new long[1];
    long[] peak = new long[1];
    BulkSummary summary = client.orgs().bulk().run(reads, Function.identity(),
        BulkOptions.builder().concurrency(8).build(), result -> {
          if (++seen[0] % SAMPLE_EVERY == 0) {
            server.clearRequests();
            peak[0] = Math.max(peak[0], usedAfterGc() - before);
          }
        });
    if (summary.done() != items) {
      throw new IllegalStateException("the run did not read every org: " + summary);
    }
    peakAboveStart = peak[0];
    return summary;
  }

  private static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
