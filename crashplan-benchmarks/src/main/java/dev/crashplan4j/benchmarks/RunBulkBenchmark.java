package dev.crashplan4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link BulkBenchmark} and {@link BulkHeapBenchmark} and writes {@code docs/benchmarks/bulk.md}.
 * Started by {@code mvn -B -o -P bench-bulk -pl crashplan-benchmarks -am verify -DskipTests}; the
 * argument is the repository's root.
 */
public final class RunBulkBenchmark {

  private static final String PACKAGE = "dev.crashplan4j.benchmarks.";

  private RunBulkBenchmark() {}

  /** Runs both; {@code args[0]} is the repository root. */
  public static void main(String[] args) throws RunnerException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : ".").resolve("docs/benchmarks").toAbsolutePath().normalize();
    Files.createDirectories(out);
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = system.getSystemLoadAverage();
    Collection<RunResult> runs = new Runner(new OptionsBuilder()
        .include("dev\\.crashplan4j\\.benchmarks\\.Bulk(Heap)?Benchmark")
        .addProfiler(HeapPeakProfiler.class)
        .build()).run();
    Figure bulk = Figure.of(primary(runs, "BulkBenchmark.bulkEightInFlight", ""));
    Figure loop = Figure.of(primary(runs, "BulkBenchmark.sequentialLoop", ""));
    Figure speedup = loop.over(bulk);
    Figure small = Figure.of(heap(runs, "10000"));
    Figure large = Figure.of(heap(runs, "100000"));
    Figure grew = large.minus(small);
    String machine = String.format(Locale.ROOT, "JMH, mean ± 99.9 %% confidence interval; %d cores, load average %.1f"
        + " at the start and %.1f at the end (other work on the machine counts in the load)."
        + " BulkBenchmark: 3 forks x (2 warm-up + 3 measured) runs; BulkHeapBenchmark: 3 forks x 2 measured runs."
        + "%n%n", system.getAvailableProcessors(), loadBefore, system.getSystemLoadAverage());
    String report = machine + String.format(Locale.ROOT, "| measure | figure | target |%n|---|---|---|%n"
            + "| 1,000 blocks, bulk API, 8 in flight, 5 ms latency | %s ms | |%n"
            + "| 1,000 blocks, a loop of `block` calls, 5 ms latency | %s ms | |%n"
            + "| throughput, bulk / loop | %s x | >= 6x %s |%n"
            + "| most heap in use after GC, above the start, 10,000 reads streamed | %s MB | |%n"
            + "| most heap in use after GC, above the start, 100,000 reads streamed | %s MB | |%n"
            + "| heap growth, 10,000 -> 100,000 items | %s MB | flat: at most 5 MB %s |%n",
        bulk, loop, speedup, speedup.mean >= 6 ? "met" : "MISSED", small, large, grew,
        Math.abs(grew.mean) <= 5 ? "met" : "MISSED");
    Files.writeString(out.resolve("bulk.md"), report);
    System.out.println();
    System.out.println(report);
    System.out.println("written to " + out.resolve("bulk.md"));
  }

  private static Result<?> primary(Collection<RunResult> runs, String benchmark, String items) {
    return run(runs, benchmark, items).getPrimaryResult();
  }

  private static Result<?> heap(Collection<RunResult> runs, String items) {
    Result<?> peak = run(runs, "BulkHeapBenchmark.streamedReads", items).getSecondaryResults()
        .get(HeapPeakProfiler.RESULT);
    if (peak == null) {
      throw new IllegalStateException("no " + HeapPeakProfiler.RESULT + " for " + items + " items");
    }
    return peak;
  }

  private static RunResult run(Collection<RunResult> runs, String benchmark, String items) {
    return runs.stream().filter(run -> run.getParams().getBenchmark().equals(PACKAGE + benchmark))
        .filter(run -> items.isEmpty() || items.equals(run.getParams().getParam("items")))
        .findFirst().orElseThrow(() -> new IllegalStateException("no result for " + benchmark + " " + items));
  }

  /** A mean with JMH's 99.9 % confidence half-width (0 when JMH has too few samples to give one). */
  private record Figure(double mean, double error) {

    static Figure of(Result<?> result) {
      double error = result.getScoreError();
      return new Figure(result.getScore(), Double.isNaN(error) ? 0 : error);
    }

    // Errors of independent figures, carried to first order.
    Figure over(Figure divisor) {
      double ratio = mean / divisor.mean;
      return new Figure(ratio, Math.abs(ratio) * Math.hypot(error / mean, divisor.error / divisor.mean));
    }

    Figure minus(Figure other) {
      return new Figure(mean - other.mean, Math.hypot(error, other.error));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,.2f ± %,.2f", mean, error);
    }
  }
}
