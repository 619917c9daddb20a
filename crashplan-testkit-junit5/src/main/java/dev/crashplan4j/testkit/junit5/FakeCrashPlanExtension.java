package dev.crashplan4j.testkit.junit5;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.FakeTenant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test the fake CrashPlan console of
 * {@link FakeCrashPlanServerExtension} and, with it, a ready {@link CrashPlanClient} signed in
 * as an API client the extension registers. The server's lifecycle is that extension's: own
 * server per test on an instance field, one shared and reset on a static field, a server per
 * test for tests that run concurrently, and strict checking of the endpoints called.
 *
 * <p>Tests receive {@link FakeCrashPlanServer}, {@link FakeTenant}, {@link CrashPlanClient} or
 * {@link OrgService} as parameters, or call {@link #server()} and {@link #client()}. The client
 * finds its transport on the class path, as an application's does.
 *
 * <pre>{@code
 * class ProvisioningTest {
 *   @RegisterExtension
 *   static FakeCrashPlanExtension crashPlan =
 *       new FakeCrashPlanExtension().seed(tenant -> tenant.seed(OrgSeed.org("Acme")));
 *
 *   @Test
 *   void provisioningBlocksLeavers(CrashPlanClient client, FakeTenant tenant) {
 *     new Provisioning(client).run();
 *     assertThat(tenant.orgs()).anyMatch(Org::blocked);
 *   }
 * }
 * }</pre>
 */
public final class FakeCrashPlanExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** The id of the API client the extension registers and signs the client in with. */
  public static final String CLIENT_ID = "testkit-client";

  /** The secret of that API client. */
  public static final String SECRET = "testkit-secret";

  // Retries and Retry-After waits happen at once: a test of a retried call takes milliseconds.
  private static final Sleeper NO_WAIT = duration -> {};

  // The server's lifecycle, the client's (an attachment) and parameter resolution are all that
  // extension's: this one only says which API client is seeded and how the client is built.
  private final FakeCrashPlanServerExtension servers = new FakeCrashPlanServerExtension();
  private Consumer<FakeTenant> seed = tenant -> {};
  private UnaryOperator<CrashPlanClient.Builder> clientSettings = builder -> builder;

  /** Creates the extension: strict, no seed data beyond the root org and the API client. */
  public FakeCrashPlanExtension() {
    servers.seed(tenant -> {
          tenant.addApiClient(CLIENT_ID, SECRET);
          seed.accept(tenant);
        })
        .attach(CrashPlanClient.class, this::signedInClient)
        .attach(OrgService.class, server -> servers.attached(CrashPlanClient.class).orgs());
  }

  /** Seeds each test's tenant before the test runs. */
  public FakeCrashPlanExtension seed(Consumer<FakeTenant> seed) {
    this.seed = Objects.requireNonNull(seed, "seed");
    return this;
  }

  /**
   * Adjusts the client each test gets, such as its page size; base URL and credentials are
   * set, and its retries do not wait (give it {@code Sleeper.THREAD} to wait for real).
   */
  public FakeCrashPlanExtension client(UnaryOperator<CrashPlanClient.Builder> settings) {
    this.clientSettings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** Does not fail a test that sent requests to endpoints the fake does not serve. */
  public FakeCrashPlanExtension lenient() {
    servers.lenient();
    return this;
  }

  /** The server of the test running on this thread. */
  public FakeCrashPlanServer server() {
    return servers.server();
  }

  /** The client of the test running on this thread. */
  public CrashPlanClient client() {
    return servers.attached(CrashPlanClient.class);
  }

  /** Starts the class's shared server; JUnit calls it when the extension is on a static field. */
  @Override
  public void beforeAll(ExtensionContext context) {
    servers.beforeAll(context);
  }

  /** Gives the test a fresh, seeded tenant and a client signed in to it. */
  @Override
  public void beforeEach(ExtensionContext context) {
    servers.beforeEach(context);
  }

  /** Closes the test's client, then checks and stops the server. */
  @Override
  public void afterEach(ExtensionContext context) {
    servers.afterEach(context);
  }

  /** Stops the class's shared server. */
  @Override
  public void afterAll(ExtensionContext context) {
    servers.afterAll(context);
  }

  /** Resolves parameters of type FakeCrashPlanServer, FakeTenant, CrashPlanClient and OrgService. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return servers.supportsParameter(parameter, context);
  }

  /** Returns the test's server, tenant, client or org service. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return servers.resolveParameter(parameter, context);
  }

  private CrashPlanClient signedInClient(FakeCrashPlanServer server) {
    return clientSettings
        .apply(CrashPlanClient.builder()
            .baseUrl(server.baseUrl())
            .credentials(Credentials.apiClient(CLIENT_ID, SECRET))
            .sleeper(NO_WAIT))
        .build();
  }
}
