package dev.crashplan4j.testkit.junit5;

import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes that use the extension, and checks how they ran: the client it adds in
 * each of the server extension's lifecycles (whose own tests are in crashplan-testkit), and that
 * its options reach that extension.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FakeCrashPlanExtensionTest {

  private static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();

  private static EngineExecutionResults run(Class<?> testClass, boolean parallel) {
    PORTS.clear();
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallel))
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .selectors(selectClass(testClass))
        .execute();
  }

  @Test
  void eachTestGetsAClientOfItsOwnSeededServer() {
    run(PerTest.class, false).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

    assertThat(PORTS).hasSize(3);
  }

  @Test
  void aStaticFieldSharesOneServerResetBetweenTests() {
    run(PerClass.class, false).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

    assertThat(PORTS).hasSize(1);
  }

  @Test
  void concurrentTestsOfASharedExtensionEachGetTheirOwnServer() {
    run(Concurrent.class, true).testEvents().assertStatistics(stats -> stats.started(8).succeeded(8));

    assertThat(PORTS).hasSize(8);
  }

  @Test
  void aStrictExtensionFailsATestOfAnUnservedEndpoint() {
    run(CallsUnservedEndpoint.class, false).testEvents().assertThatEvents().haveExactly(1,
        event(test("callsATypo"), finishedWithFailure(instanceOf(AssertionError.class),
            message(text -> text.startsWith("the fake CrashPlan console does not serve 1 request:\n  GET /api/v1/Orgz\n"
                + "    closest served: GET /api/v1/Org")))));
  }

  @Test
  void aLenientExtensionPassesATestOfAnUnservedEndpoint() {
    run(LenientCallsUnservedEndpoint.class, false).testEvents().assertStatistics(stats -> stats.succeeded(1));
  }

  private static void get(String url) {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  // ---- the classes run above; nested, so that the build does not run them on its own ----

  static class PerTest {
    @RegisterExtension
    FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension().seed(tenant -> tenant.addOrg("Seeded"));

    @Test
    void first(OrgService orgs, FakeTenant tenant, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      orgs.createOrg(NewOrg.builder().name("Mine").build());
      assertThat(tenant.orgs()).hasSize(3);
    }

    @Test
    void second(CrashPlanClient client, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      client.orgs().createOrg(NewOrg.builder().name("Mine").build());
      assertThat(server.tenant().orgs()).hasSize(3);
    }

    @Test
    void third() {
      PORTS.add(crashPlan.server().port());
      assertThat(crashPlan.client().orgs().streamOrgs()).hasSize(2);
    }
  }

  static class PerClass {
    @RegisterExtension
    static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension();

    @Test
    void first(OrgService orgs, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      orgs.createOrg(NewOrg.builder().name("Mine").build());
      assertThat(server.tenant().orgs()).hasSize(2);
    }

    @Test
    void second(OrgService orgs, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      orgs.createOrg(NewOrg.builder().name("Mine").build());
      assertThat(server.tenant().orgs()).hasSize(2);
    }

    @Test
    void third(OrgService orgs, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      assertThat(orgs.streamOrgs()).hasSize(1);
      assertThat(server.requests()).extracting(RecordedRequest::line)
          .as("the journal starts empty in each test")
          .containsExactly("POST /api/v3/oauth/token", "GET /api/v1/Org");
    }
  }

  @Execution(ExecutionMode.CONCURRENT)
  static class Concurrent {
    @RegisterExtension
    static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension();

    private static void createFiveOrgs(OrgService orgs, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      for (int i = 0; i < 5; i++) {
        orgs.createOrg(NewOrg.builder().name("Org " + i).build());
      }
      assertThat(server.tenant().orgs()).hasSize(6);
      assertThat(crashPlan.server()).isSameAs(server);
    }

    @Test void one(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void two(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void three(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void four(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void five(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void six(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void seven(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
    @Test void eight(OrgService orgs, FakeCrashPlanServer server) { createFiveOrgs(orgs, server); }
  }

  static class CallsUnservedEndpoint {
    @RegisterExtension
    FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension();

    @Test
    void callsATypo(FakeCrashPlanServer server) {
      get(server.baseUrl() + "/api/v1/Orgz");
    }
  }

  static class LenientCallsUnservedEndpoint {
    @RegisterExtension
    FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension().lenient();

    @Test
    void callsATypo(FakeCrashPlanServer server) {
      get(server.baseUrl() + "/api/v1/Orgz");
    }
  }
}
