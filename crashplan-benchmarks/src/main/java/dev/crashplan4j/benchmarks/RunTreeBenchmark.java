package dev.crashplan4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * Runs {@link TreePlanBenchmark} and writes {@code docs/benchmarks/tree.md}. Started by
 * {@code mvn -B -o -P bench-tree -pl crashplan-benchmarks -am verify -DskipTests}; the argument
 * is the repository's root.
 */
public final class RunTreeBenchmark {

  private RunTreeBenchmark() {}

  /** Runs the benchmark; {@code args[0]} is the repository root. */
  public static void main(String[] args) throws RunnerException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : ".").resolve("docs/benchmarks").toAbsolutePath().normalize();
    Files.createDirectories(out);
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Collection<RunResult> runs = new Runner(new OptionsBuilder()
        .include("dev\\.crashplan4j\\.benchmarks\\.TreePlanBenchmark")
        .build()).run();
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "| measure | figure |%n|---|---|%n"));
    for (String latency : new String[] {"0", "5"}) {
      Result<?> plan = result(runs, latency);
      report.append(String.format(Locale.ROOT,
          "| plan of a %,d-org tenant, document naming every org, 10 changes, %s ms latency | %,.1f ± %,.1f ms |%n",
          TreePlanBenchmark.ORGS, latency, plan.getScore(), error(plan)));
    }
    report.append(String.format(Locale.ROOT, "%nJMH, 1 fork, 3 warm-up and 5 measured iterations of 2 s, average time"
        + " per plan, error the 99.9 %% confidence interval; %d cores seen by the JVM, %s, %s; system load average"
        + " %.1f before the run, %.1f after it (a load above the cores means other work shared them).%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
        loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    Files.writeString(out.resolve("tree.md"), report);
    System.out.println();
    System.out.println(report);
    System.out.println("written to " + out.resolve("tree.md"));
  }

  private static Result<?> result(Collection<RunResult> runs, String latency) {
    return runs.stream().filter(run -> latency.equals(run.getParams().getParam("latencyMs"))).findFirst()
        .orElseThrow(() -> new IllegalStateException("no result at " + latency + " ms")).getPrimaryResult();
  }

  // JMH's 99.9 % confidence interval; NaN (one measurement) shows as 0.
  private static double error(Result<?> result) {
    double error = result.getScoreError();
    return Double.isNaN(error) ? 0 : error;
  }
}
