package dev.crashplan4j.benchmarks;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgPage;
import java.util.Map;
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

/** Figure 1: one org call through the SDK against the same exchange by hand, on loopback. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrgCallBenchmark {

  private BenchConsole console;
  private Org org;

  /** Starts a fake console with 1,000 orgs, the SDK client (its directory warm) and the baseline. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(1000);
    org = console.server.tenant().orgs().get(500);
    console.client.orgs().getById(org.id());
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    console.close();
  }

  /** The SDK: getById on a known org. */
  @Benchmark
  public Org sdkGetById() {
    return console.client.orgs().getById(org.id());
  }

  /** By hand: GET /api/v3/orgs/{guid}, parsed into a map. */
  @Benchmark
  public Map<String, Object> baselineGetById() {
    return console.baseline.getOrg(org.guid().value());
  }

  /** The SDK: block, then unblock. */
  @Benchmark
  public void sdkBlockUnblock() {
    console.client.orgs().block(org.id());
    console.client.orgs().unblock(org.id());
  }

  /** By hand: the two POSTs. */
  @Benchmark
  public void baselineBlockUnblock() {
    console.baseline.block(org.guid().value());
    console.baseline.unblock(org.guid().value());
  }

  /** The SDK: getPage(1, 500). */
  @Benchmark
  public OrgPage sdkGetPage() {
    return console.client.orgs().getPage(1, 500);
  }

  /** By hand: GET /api/v1/Org?pgNum=1&pgSize=500, parsed into a map. */
  @Benchmark
  public Map<String, Object> baselineGetPage() {
    return console.baseline.page(1, 500);
  }

}
