package dev.crashplan4j.benchmarks;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.transport.feign.FeignTransportProvider;
import java.net.URI;
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

/**
 * Figure 1: one org call through the SDK against the same exchange by hand, on loopback, and
 * through the Feign transport alone (the port, with no client around it): wall time, the calling
 * thread's CPU ({@link CallCpu}) and, with JMH's GC profiler, bytes allocated per call.
 */
@State(Scope.Benchmark)
// Warm-up of 20 s: with 10 s the first measured iterations of SDK and transport forks were
// often their slowest (getById 186 and 178 us of CPU per call, then about 100) while by hand
// showed no such pattern, as if the JIT were still busy with the SDK's larger body of code
// (results.json as of commit 8c5ad5c).
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrgCallBenchmark {

  private BenchConsole console;
  private Org org;
  private CrashPlanTransport transport;
  private BearerToken token;
  private OrgRef ref;

  /** Starts a fake console with 1,000 orgs, the SDK client (its directory warm) and the baseline. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(1000);
    org = console.server.tenant().orgs().get(500);
    console.client.orgs().getById(org.id());
    transport = new FeignTransportProvider().create(TransportConfig.builder().baseUrl(URI.create(console.server.baseUrl())).build());
    token = transport.requestApiClientToken(
        ApiClientTokenRequest.builder().clientId(BenchConsole.CLIENT_ID).secret(BenchConsole.SECRET).build());
    ref = new OrgRef(org.id(), org.uid(), org.guid());
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    transport.close();
    console.close();
  }

  /** The SDK: getById on a known org. */
  @Benchmark
  public Org sdkGetById(CallCpu cpu) {
    cpu.calls++;
    return console.client.orgs().getById(org.id());
  }

  /** By hand: GET /api/v3/orgs/{guid}, parsed into a map. */
  @Benchmark
  public Map<String, Object> baselineGetById(CallCpu cpu) {
    cpu.calls++;
    return console.baseline.getOrg(org.guid().value());
  }

  /** The SDK: block, then unblock. */
  @Benchmark
  public void sdkBlockUnblock(CallCpu cpu) {
    cpu.calls++;
    console.client.orgs().block(org.id());
    console.client.orgs().unblock(org.id());
  }

  /** By hand: the two POSTs. */
  @Benchmark
  public void baselineBlockUnblock(CallCpu cpu) {
    cpu.calls++;
    console.baseline.block(org.guid().value());
    console.baseline.unblock(org.guid().value());
  }

  /** The Feign transport alone: the port's getOrg, as the SDK's service calls it. */
  @Benchmark
  public Org transportGetById(CallCpu cpu) {
    cpu.calls++;
    return transport.getOrg(token, ref, QueryParameters.none());
  }

  /** The SDK: getPage(1, 500). */
  @Benchmark
  public OrgPage sdkGetPage(CallCpu cpu) {
    cpu.calls++;
    return console.client.orgs().getPage(1, 500);
  }

  /** By hand: GET /api/v1/Org?pgNum=1&pgSize=500, parsed into a map. */
  @Benchmark
  public Map<String, Object> baselineGetPage(CallCpu cpu) {
    cpu.calls++;
    return console.baseline.page(1, 500);
  }

}
