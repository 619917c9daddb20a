package dev.crashplan4j.benchmarks;

import dev.crashplan4j.testkit.FakeTenant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The testkit's generator for large tenants: a new tenant with 10,000 orgs. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SeedBenchmark {

  /** Seeds 10,000 orgs into a fresh tenant. */
  @Benchmark
  public FakeTenant tenThousandOrgs() {
    FakeTenant tenant = new FakeTenant();
    tenant.addOrgs(10_000);
    return tenant;
  }
}
