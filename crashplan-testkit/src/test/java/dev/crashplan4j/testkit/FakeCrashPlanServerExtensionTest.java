package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs small test classes that use the server-only extension, with a client that knows nothing of the SDK. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FakeCrashPlanServerExtensionTest {

  private static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();
  private static final List<String> CLOSED = new CopyOnWriteArrayList<>();

  private static EngineExecutionResults run(Class<?> testClass, boolean parallel) {
    PORTS.clear();
    CLOSED.clear();
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallel))
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .selectors(selectClass(testClass))
        .execute();
  }

  @Test
  void anInstanceFieldGivesEachTestItsOwnSeededServer() {
    run(PerTest.class, false).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(PORTS).hasSize(2);
  }

  @Test
  void aStaticFieldSharesOneServerResetBetweenTests() {
    run(PerClass.class, false).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(PORTS).hasSize(1);
  }

  @Test
  void concurrentTestsOfASharedExtensionEachGetTheirOwnServer() {
    run(Concurrent.class, true).testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));

    assertThat(PORTS).hasSize(4);
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

  @Test
  void eachTestGetsAnAttachmentMadeFromItsServer() {
    run(Attached.class, false).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(PORTS).hasSize(2);
  }

  @Test
  void attachmentsCloseLatestFirstWhileTheServerRuns() {
    run(Attached.class, false);

    assertThat(CLOSED).containsExactly("probe 200", "http", "probe 200", "http");
  }

  @Test
  void aTypeIsAttachedOnce() {
    FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension().attach(String.class, server -> "one");

    assertThatThrownBy(() -> console.attach(String.class, server -> "two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a test gets one java.lang.String from this extension already");
  }

  @Test
  void theServerItselfCannotBeAttached() {
    assertThatThrownBy(() -> new FakeCrashPlanServerExtension().attach(FakeTenant.class, FakeCrashPlanServer::tenant))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a test gets one dev.crashplan4j.testkit.FakeTenant from this extension already");
  }

  // ---- the classes run above; nested, so that the build does not run them on its own ----

  /** Signs in as the seeded API client and lists the orgs, as any client would. */
  private static int listOrgs(FakeCrashPlanServer server) {
    PORTS.add(server.port());
    PlainHttp http = new PlainHttp(server.baseUrl());
    return http.get("/api/v1/Org", http.bearerFor("id", "secret")).statusCode();
  }

  static class PerTest {
    @RegisterExtension
    FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension().seed(tenant -> {
      tenant.addApiClient("id", "secret");
      tenant.addOrg("Seeded");
    });

    @Test
    void first(FakeCrashPlanServer server, FakeTenant tenant) {
      assertThat(listOrgs(server)).isEqualTo(200);
      tenant.addOrg("Mine");
      assertThat(tenant.orgs()).hasSize(3);
    }

    @Test
    void second() {
      assertThat(listOrgs(console.server())).isEqualTo(200);
      assertThat(console.server().tenant().orgs()).hasSize(2);
    }
  }

  static class PerClass {
    @RegisterExtension
    static FakeCrashPlanServerExtension console =
        new FakeCrashPlanServerExtension().seed(tenant -> tenant.addApiClient("id", "secret"));

    @Test
    void first(FakeCrashPlanServer server) {
      listOrgs(server);
      server.tenant().addOrg("Mine");
      assertThat(server.tenant().orgs()).hasSize(2);
    }

    @Test
    void second(FakeCrashPlanServer server) {
      listOrgs(server);
      server.tenant().addOrg("Mine");
      assertThat(server.tenant().orgs()).as("a fresh tenant in each test").hasSize(2);
      assertThat(server.requests()).extracting(RecordedRequest::line)
          .as("the journal starts empty in each test")
          .containsExactly("POST /api/v3/oauth/token", "GET /api/v1/Org");
    }
  }

  @Execution(ExecutionMode.CONCURRENT)
  static class Concurrent {
    @RegisterExtension
    static FakeCrashPlanServerExtension console =
        new FakeCrashPlanServerExtension().seed(tenant -> tenant.addApiClient("id", "secret"));

    private static void addFiveOrgs(FakeCrashPlanServer server) {
      listOrgs(server);
      for (int i = 0; i < 5; i++) {
        server.tenant().addOrg("Org " + i);
      }
      assertThat(server.tenant().orgs()).hasSize(6);
      assertThat(console.server()).isSameAs(server);
    }

    @Test void one(FakeCrashPlanServer server) { addFiveOrgs(server); }
    @Test void two(FakeCrashPlanServer server) { addFiveOrgs(server); }
    @Test void three(FakeCrashPlanServer server) { addFiveOrgs(server); }
    @Test void four(FakeCrashPlanServer server) { addFiveOrgs(server); }
  }

  static class CallsUnservedEndpoint {
    @RegisterExtension
    FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension();

    @Test
    void callsATypo(FakeCrashPlanServer server) {
      new PlainHttp(server.baseUrl()).get("/api/v1/Orgz", null);
    }
  }

  static class LenientCallsUnservedEndpoint {
    @RegisterExtension
    FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension().lenient();

    @Test
    void callsATypo(FakeCrashPlanServer server) {
      new PlainHttp(server.baseUrl()).get("/api/v1/Orgz", null);
    }
  }

  /** A plain client attached to each test, and a probe made from it that calls the server as it closes. */
  static class Attached {
    record ClosingHttp(PlainHttp http) implements AutoCloseable {
      @Override
      public void close() {
        CLOSED.add("http");
      }
    }

    record Probe(PlainHttp http) implements AutoCloseable {
      @Override
      public void close() {
        CLOSED.add("probe " + http.get("/api/v1/Org", http.bearerFor("id", "secret")).statusCode());
      }
    }

    @RegisterExtension
    FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension()
        .seed(tenant -> tenant.addApiClient("id", "secret"))
        .attach(ClosingHttp.class, server -> new ClosingHttp(new PlainHttp(server.baseUrl())))
        .attach(Probe.class, server -> new Probe(this.console.attached(ClosingHttp.class).http()));

    @Test
    void first(ClosingHttp client, FakeCrashPlanServer server) {
      PORTS.add(server.port());
      assertThat(client.http().bearerFor("id", "secret")).startsWith("Bearer ");
      assertThat(server.requests()).extracting(RecordedRequest::line).containsExactly("POST /api/v3/oauth/token");
    }

    @Test
    void second() {
      PORTS.add(console.server().port());
      assertThat(console.attached(Probe.class).http()).isSameAs(console.attached(ClosingHttp.class).http());
    }
  }
}
