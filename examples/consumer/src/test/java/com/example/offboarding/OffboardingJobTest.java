package com.example.offboarding;

import static dev.crashplan4j.testkit.OrgSeed.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.RecordedRequest;
import dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A downstream test on the testkit's extension, with nothing but JUnit's own assertions. */
class OffboardingJobTest {

  @RegisterExtension
  static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension()
      .seed(tenant -> tenant.seed(
          org("Acme").externalReference("CUST-1").child(org("Acme Sales")),
          org("Globex").externalReference("CUST-2")));

  @Test
  void onlyDepartedCustomersAreBlockedWithTheirSuborgs(CrashPlanClient client, FakeCrashPlanServer server) {
    List<Org> blocked = new OffboardingJob(client).offboard("CUST-1");

    assertEquals(List.of("Acme"), blocked.stream().map(Org::name).collect(Collectors.toList()));
    List<String> nowBlocked = server.tenant().orgs().stream().filter(Org::blocked).map(Org::name).sorted()
        .collect(Collectors.toList());
    assertEquals(List.of("Acme", "Acme Sales"), nowBlocked);
    long blocks = server.requests().stream().map(RecordedRequest::line).filter(line -> line.endsWith("/block")).count();
    assertTrue(blocks == 1, "one block: the console cascades it, was " + blocks);
  }
}
