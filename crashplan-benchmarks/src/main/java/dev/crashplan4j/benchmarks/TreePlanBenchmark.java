package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.tree.OrgPlan;
import dev.crashplan4j.api.tree.OrgTree;
import dev.crashplan4j.api.tree.OrgTreeService;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.OrgSeed;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
 * Orgs as code at size: the plan of a tenant of 10,000 orgs under its top org (100 customers of
 * 99 departments each) against a document that names every one of them and renames 10, so the
 * plan is 10 updates. The plan walks the listing once (21 pages of 500) and reads no settings:
 * the document names none. Measured on loopback, and with 5 ms of latency on every answer.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TreePlanBenchmark {

  static final int CUSTOMERS = 100;
  static final int DEPARTMENTS = 99;
  /** The orgs under the top org: every one named by the document. */
  static final int ORGS = CUSTOMERS * (1 + DEPARTMENTS);
  /** The departments the document renames: the plan's changes. */
  static final int RENAMED = 10;

  /** Milliseconds of latency the fake console adds to every answer. */
  @Param({"0", "5"})
  public int latencyMs;

  private BenchConsole console;
  private OrgTreeService trees;
  private OrgTree document;

  /** Seeds the tenant of {@value #ORGS} orgs, reads the document and warms the client. */
  @Setup(Level.Trial)
  public void start() {
    console = BenchConsole.withOrgs(1);
    seed(console.server.tenant());
    document = document();
    trees = console.client.orgs().tree();
    trees.plan(document);
    if (latencyMs > 0) {
      console.server.inject("*", Integer.MAX_VALUE, Fault.delay(Duration.ofMillis(latencyMs)));
    }
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void stop() {
    console.close();
  }

  /** One plan: a walk of the listing, then the diff of 10,000 orgs against the document. */
  @Benchmark
  public OrgPlan plan() {
    OrgPlan plan = trees.plan(document);
    if (plan.changes().size() != RENAMED) {
      throw new IllegalStateException("the plan is not the " + RENAMED + " renames: " + plan.changes().size() + " changes");
    }
    return plan;
  }

  /** Seeds {@code tenant} with the customers and their departments, as the document names them. */
  static void seed(FakeTenant tenant) {
    OrgSeed[] customers = new OrgSeed[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      OrgSeed customer = OrgSeed.org("Customer " + c).externalReference("C" + c);
      for (int d = 0; d < DEPARTMENTS; d++) {
        customer.child(OrgSeed.org("Department " + d).externalReference("C" + c + "-D" + d));
      }
      customers[c] = customer;
    }
    tenant.seed(customers);
  }

  /** The document of every seeded org, the first department of the first {@value #RENAMED} customers renamed. */
  static OrgTree document() {
    StringBuilder yaml = new StringBuilder(ORGS * 48).append("orgs:\n");
    for (int c = 0; c < CUSTOMERS; c++) {
      yaml.append("  - externalReference: C").append(c).append("\n    name: Customer ").append(c)
          .append("\n    children:\n");
      for (int d = 0; d < DEPARTMENTS; d++) {
        yaml.append("      - externalReference: C").append(c).append("-D").append(d)
            .append("\n        name: ").append(d == 0 && c < RENAMED ? "Renamed department " : "Department ").append(d)
            .append('\n');
      }
    }
    return OrgTree.fromYaml(yaml.toString());
  }
}
