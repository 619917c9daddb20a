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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The heap a bulk run takes as its input grows: 10,000 then 100,000 reads streamed from a
 * generated {@link Stream} (never a list) over a tenant of 1,000 orgs, 8 in flight, results to a
 * consumer that keeps nothing. The most heap in use after GC, sampled every 5,000 results, above
 * what was in use before the run; the fake console's request journal is emptied at each sample,
 * so that only the client's side is counted.
 */
final class BulkHeapProbe {

  private BulkHeapProbe() {}

  /** The peak heap above the start, in bytes, for each input size. */
  static long[] peaks(int... sizes) {
    long[] peaks = new long[sizes.length];
    try (FakeCrashPlanServer server = FakeCrashPlanServer.start().addApiClient("bench", "bench-secret");
        CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
            .credentials(Credentials.apiClient("bench", "bench-secret")).build()) {
      server.tenant().addOrgs(1_000);
      List<OrgId> ids = server.tenant().orgs().stream().map(org -> org.id()).toList();
      client.orgs().orgIdMap();
      for (int run = 0; run < sizes.length; run++) {
        int size = sizes[run];
        server.clearRequests();
        long before = usedAfterGc();
        AtomicLong peak = new AtomicLong();
        AtomicLong seen = new AtomicLong();
        Stream<BulkItem> reads = LongStream.range(0, size).mapToObj(i -> BulkItem.read(OrgKey.of(ids.get((int) (i % ids.size())))));
        BulkSummary summary = client.orgs().bulk().run(reads, item -> item, BulkOptions.builder().concurrency(8).build(),
            result -> {
              if (seen.incrementAndGet() % 5_000 == 0) {
                server.clearRequests();
                peak.accumulateAndGet(usedAfterGc() - before, Math::max);
              }
            });
        if (summary.done() != size) {
          throw new IllegalStateException("the probe's run did not read every org: " + summary);
        }
        peaks[run] = peak.get();
      }
    }
    return peaks;
  }

  private static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
