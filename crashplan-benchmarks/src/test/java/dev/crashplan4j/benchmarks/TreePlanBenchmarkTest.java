package dev.crashplan4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.tree.ChangeAction;
import dev.crashplan4j.api.tree.OrgPlan;
import dev.crashplan4j.testkit.RecordedRequest;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the benchmarked plan costs on the wire, at the benchmark's size. */
class TreePlanBenchmarkTest {

  @Test
  void thePlanOfTenThousandOrgsIsOneWalkOfTheListing() {
    try (BenchConsole console = BenchConsole.withOrgs(1)) {
      TreePlanBenchmark.seed(console.server.tenant());
      console.server.clearRequests();

      OrgPlan plan = console.client.orgs().tree().plan(TreePlanBenchmark.document());

      assertThat(console.server.tenant().orgs()).hasSize(1 + TreePlanBenchmark.ORGS);
      assertThat(plan.changes()).hasSize(TreePlanBenchmark.RENAMED)
          .allMatch(change -> change.action() == ChangeAction.UPDATE);
      // 10,001 orgs with the top org, 500 a page: 21 pages, each read once, and nothing else.
      assertThat(console.server.requests()).extracting(RecordedRequest::line)
          .filteredOn(line -> !line.equals("POST /api/v3/oauth/token"))
          .hasSize(21).containsOnly("GET /api/v1/Org");
      assertThat(console.server.requests()).filteredOn(request -> request.path().equals("/api/v1/Org"))
          .extracting(request -> pageNum(request.query()))
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 21).boxed().toList());
    }
  }

  private static int pageNum(String query) {
    return Stream.of(query.split("&")).filter(pair -> pair.startsWith("pgNum=")).findFirst()
        .map(pair -> Integer.parseInt(pair.substring("pgNum=".length()))).orElseThrow();
  }
}
