package dev.crashplan4j.examples;

import static dev.crashplan4j.testkit.OrgSeed.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's downstream test example, kept compiling and passing. */
class OffboardingJobTest {

  /** The downstream code under test: blocks the org whose external reference names a customer. */
  static final class OffboardingJob {
    private final CrashPlanClient client;

    OffboardingJob(CrashPlanClient client) {
      this.client = client;
    }

    void offboard(String customer) {
      client.orgs().streamOrgs()
          .filter(org -> org.externalReference().filter(customer::equals).isPresent())
          .forEach(org -> client.orgs().block(org.id()));
    }
  }

  @RegisterExtension // static: one server for the class, reset before each test
  static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension()
      .seed(tenant -> tenant.seed(
          org("Acme").externalReference("CUST-1").user("ana@acme.example")
              .child(org("Acme Sales").device("mac-ana", Map.of("fullDiskAccess", "true"))),
          org("Globex").externalReference("CUST-2")));

  @Test
  void departedCustomersAreBlockedWithTheirSuborgs(CrashPlanClient client, FakeCrashPlanServer server) {
    new OffboardingJob(client).offboard("CUST-1");

    FakeTenant tenant = server.tenant();
    assertThat(tenant.orgs()).filteredOn(Org::blocked).extracting(Org::name)
        .containsExactlyInAnyOrder("Acme", "Acme Sales");
    assertThat(server.requests()).extracting(RecordedRequest::line)
        .filteredOn(line -> line.startsWith("POST /api/v3/orgs/"))
        .hasSize(1); // one block; the console cascades it
  }

  @Test
  void aRateLimitedConsoleIsReportedNotIgnored(CrashPlanClient client, FakeCrashPlanServer server) {
    server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.tooManyRequests(Duration.ofMinutes(5)));

    assertThatThrownBy(() -> new OffboardingJob(client).offboard("CUST-1"))
        .isInstanceOf(TooManyRequestsException.class);
  }
}
