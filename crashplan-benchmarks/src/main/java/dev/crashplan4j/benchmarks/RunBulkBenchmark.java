package dev.crashplan4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link BulkBenchmark} and {@link BulkHeapProbe} and writes {@code docs/benchmarks/bulk.md}.
 * Started by {@code mvn -q -P bench-bulk -DskipTests verify}; the argument is the repository's root.
 */
public final class RunBulkBenchmark {

  private RunBulkBenchmark() {}

  /** Runs both; {@code args[0]} is the repository root. */
  public static void main(String[] args) throws RunnerException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : ".").resolve("docs/benchmarks").toAbsolutePath().normalize();
    Files.createDirectories(out);
    Collection<RunResult> runs = new Runner(new OptionsBuilder()
        .include("dev\\.crashplan4j\\.benchmarks\\.BulkBenchmark")
        .build()).run();
    Result<?> bulk = result(runs, "bulkEightInFlight");
    Result<?> loop = result(runs, "sequentialLoop");
    double speedup = loop.getScore() / bulk.getScore();
    double speedupError = speedup * Math.hypot(error(bulk) / bulk.getScore(), error(loop) / loop.getScore());
    long[] peaks = BulkHeapProbe.peaks(10_000, 100_000);
    double grew = (peaks[1] - peaks[0]) / 1_048_576d;
    String report = String.format(Locale.ROOT, "| measure | figure | target |%n|---|---|---|%n"
            + "| 1,000 blocks, bulk API, 8 in flight, 5 ms latency | %,.1f ± %,.1f ms | |%n"
            + "| 1,000 blocks, a loop of `block` calls, 5 ms latency | %,.1f ± %,.1f ms | |%n"
            + "| throughput, bulk / loop | %.2f ± %.2f x | >= 6x %s |%n"
            + "| heap above the start, 10,000 reads streamed | %.1f MB | |%n"
            + "| heap above the start, 100,000 reads streamed | %.1f MB | |%n"
            + "| heap growth, 10,000 -> 100,000 items | %+.1f MB | at most a few MB %s |%n",
        bulk.getScore(), error(bulk), loop.getScore(), error(loop), speedup, speedupError, speedup >= 6 ? "met" : "MISSED",
        peaks[0] / 1_048_576d, peaks[1] / 1_048_576d, grew, Math.abs(grew) <= 5 ? "met" : "MISSED");
    Files.writeString(out.resolve("bulk.md"), report);
    System.out.println();
    System.out.println(report);
    System.out.println("written to " + out.resolve("bulk.md"));
  }

  private static Result<?> result(Collection<RunResult> runs, String method) {
    return runs.stream().filter(run -> run.getParams().getBenchmark().endsWith("." + method)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method)).getPrimaryResult();
  }

  // JMH's 99.9 % confidence interval; NaN (one measurement) shows as 0.
  private static double error(Result<?> result) {
    double error = result.getScoreError();
    return Double.isNaN(error) ? 0 : error;
  }
}
