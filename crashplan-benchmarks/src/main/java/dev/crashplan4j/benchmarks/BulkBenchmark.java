package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.testkit.Fault;
import java.time.Duration;
import java.util.List;
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
 * Bulk work: 1,000 blocks against the fake console with 5 ms of latency on every answer, run by
 * the bulk API with 8 in flight against a loop of {@code block} calls one after another. Each
 * measured run blocks 1,000 unblocked orgs; the orgs are unblocked again (in bulk, not measured)
 * before each.
 */
@State(Scope.Benchmark)
@Fork(3)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkBenchmark {

  static final int ORGS = 1_000;

  private BenchConsole console;
  private List<OrgKey> keys;
  private List<OrgId> ids;
  private List<String> guids;

  /** Starts a fake console with 1,000 orgs under the top org and 5 ms of latency, the client warm. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(ORGS + 1);
    ids = console.server.tenant().orgs().stream().filter(org -> org.parentId().isPresent()).map(org -> org.id()).toList();
    keys = ids.stream().<OrgKey>map(OrgKey::of).toList();
    guids = console.server.tenant().orgs().stream().filter(org -> org.parentId().isPresent())
        .map(org -> org.guid().value()).toList();
    console.client.orgs().orgIdMap();
    console.server.inject("*", Integer.MAX_VALUE, Fault.delay(Duration.ofMillis(5)));
  }

  /** Unblocks every org before each measured run. */
  @Setup(Level.Iteration)
  public void unblockAll() {
    console.client.orgs().bulk().unblock(keys, BulkOptions.builder().concurrency(16).build());
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    console.close();
  }

  /** The bulk API, 8 in flight: one walk of the listing, then 1,000 blocks. */
  @Benchmark
  public BulkSummary bulkEightInFlight() {
    OrgBulk bulk = console.client.orgs().bulk();
    BulkSummary summary = bulk.block(keys, BulkOptions.builder().concurrency(8).build()).summary();
    if (summary.done() != ORGS) {
      throw new IllegalStateException("the bulk run did not block every org: " + summary);
    }
    return summary;
  }

  /** A loop of block calls, one after another. */
  @Benchmark
  public int sequentialLoop() {
    OrgService orgs = console.client.orgs();
    for (OrgId id : ids) {
      orgs.block(id);
    }
    return ids.size();
  }

  /**
   * The same loop by hand ({@link Baseline#block}), for {@link RunPairedBenchmark}; not a JMH
   * benchmark, so that the bulk profile's run time stays as it was.
   */
  int byHandLoop() {
    for (String guid : guids) {
      console.baseline.block(guid);
    }
    return guids.size();
  }
}
