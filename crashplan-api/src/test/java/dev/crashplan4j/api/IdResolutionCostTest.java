package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What id resolution costs, counted in the fake's journal: one listing, then one request a look-up. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IdResolutionCostTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension()
      .seed(tenant -> tenant.addApiClient("id", "secret"));

  @Test
  void afterOneListingEveryLookUpOfADistinctIdIsOneRequest(FakeCrashPlanServer server) {
    try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).build()) {
      server.tenant().addOrgs(19_999);
      List<Org> all = server.tenant().orgs();

      client.orgs().getById(all.get(all.size() - 1).id());

      assertThat(server.requests()).extracting(RecordedRequest::line)
          .filteredOn("GET /api/v1/Org"::equals).as("one walk of 40 pages of 500").hasSize(40);
      server.clearRequests();
      for (int i = 0; i < 1_000; i++) {
        client.orgs().getById(all.get(i * 19).id());
      }
      assertThat(server.requests()).hasSize(1_000).allMatch(request -> request.path().startsWith("/api/v3/orgs/"));
    }
  }
}
