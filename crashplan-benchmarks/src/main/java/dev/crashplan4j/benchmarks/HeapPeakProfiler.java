package dev.crashplan4j.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports {@link BulkHeapBenchmark}'s heap peak of each iteration as the secondary result
 * {@code heap.peak} (MB), averaged by JMH over iterations and forks with its confidence interval.
 * Run in the forked JVM, beside the benchmark.
 */
public final class HeapPeakProfiler implements InternalProfiler {

  /** The name of the secondary result. */
  static final String RESULT = "heap.peak";

  /** Called by JMH. */
  public HeapPeakProfiler() {}

  @Override
  public String getDescription() {
    return "the most heap in use after GC during a bulk run, above the start";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {}

  // JMH's interface declares the raw Result; an override must too.
  @Override
  @SuppressWarnings("rawtypes")
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    if (!benchmarkParams.getBenchmark().endsWith("BulkHeapBenchmark.streamedReads")) {
      return List.of();
    }
    return List.of(new ScalarResult(RESULT, BulkHeapBenchmark.peakAboveStart / 1_048_576d, "MB",
        AggregationPolicy.AVG));
  }
}
