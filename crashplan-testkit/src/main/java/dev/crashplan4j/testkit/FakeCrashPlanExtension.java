package dev.crashplan4j.testkit;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Sleeper;
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
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A JUnit 5 extension that gives each test a fake CrashPlan console and a ready client signed
 * in to it as an API client, and checks after the test that every request it sent went to an
 * endpoint the fake serves. It only starts, resets and stops; what it starts is an ordinary
 * {@link FakeCrashPlanServer}.
 *
 * <p>On an instance field, each test gets its own server. On a static field, the tests of the
 * class share one server, reset to a fresh tenant before each test; tests that run
 * concurrently get a server each, so parallel execution stays isolated. Tests receive
 * {@link FakeCrashPlanServer}, {@link FakeTenant}, {@link CrashPlanClient} or
 * {@link OrgService} as parameters, or call {@link #server()} and {@link #client()}.
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

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeCrashPlanExtension.class);

  private final ThreadLocal<Fixture> current = new ThreadLocal<>();
  private Consumer<FakeTenant> seed = tenant -> {};
  private UnaryOperator<CrashPlanClient.Builder> clientSettings = builder -> builder;
  private boolean strict = true;
  private volatile FakeCrashPlanServer classServer;

  /** Creates the extension: strict, no seed data beyond the root org. */
  public FakeCrashPlanExtension() {}

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
    this.strict = false;
    return this;
  }

  /** The server of the test running on this thread. */
  public FakeCrashPlanServer server() {
    return fixture().server;
  }

  /** The client of the test running on this thread. */
  public CrashPlanClient client() {
    return fixture().client;
  }

  /** Starts the class's shared server; JUnit calls it when the extension is on a static field. */
  @Override
  public void beforeAll(ExtensionContext context) {
    classServer = FakeCrashPlanServer.start();
  }

  /** Gives the test a fresh tenant, seeded, and a client signed in to it. */
  @Override
  public void beforeEach(ExtensionContext context) {
    FakeCrashPlanServer shared = classServer;
    boolean own = shared == null || context.getExecutionMode() == ExecutionMode.CONCURRENT;
    FakeCrashPlanServer server = own ? FakeCrashPlanServer.start() : shared;
    if (!own) {
      server.reset();
    }
    server.addApiClient(CLIENT_ID, SECRET);
    seed.accept(server.tenant());
    CrashPlanClient client = clientSettings
        .apply(CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient(CLIENT_ID, SECRET))
            .sleeper(NO_WAIT))
        .build();
    Fixture fixture = new Fixture(server, client, own);
    context.getStore(NAMESPACE).put(Fixture.class, fixture);
    current.set(fixture);
  }

  /** Closes the test's client and, strict, fails the test if it sent requests the fake does not serve. */
  @Override
  public void afterEach(ExtensionContext context) {
    Fixture fixture = context.getStore(NAMESPACE).remove(Fixture.class, Fixture.class);
    current.remove();
    if (fixture == null) {
      return;
    }
    try {
      fixture.client.close();
      if (strict) {
        fixture.server.verifyAllRequestsServed();
      }
    } finally {
      if (fixture.ownServer) {
        fixture.server.close();
      }
    }
  }

  /** Stops the class's shared server. */
  @Override
  public void afterAll(ExtensionContext context) {
    FakeCrashPlanServer shared = classServer;
    classServer = null;
    if (shared != null) {
      shared.close();
    }
  }

  /** Resolves parameters of type FakeCrashPlanServer, FakeTenant, CrashPlanClient and OrgService. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeCrashPlanServer.class || type == FakeTenant.class
        || type == CrashPlanClient.class || type == OrgService.class;
  }

  /** Returns the test's server, tenant, client or org service. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fixture fixture = context.getStore(NAMESPACE).get(Fixture.class, Fixture.class);
    if (fixture == null) {
      throw new IllegalStateException("the fake CrashPlan console is made per test: ask for it in a test or @BeforeEach method");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == FakeCrashPlanServer.class) {
      return fixture.server;
    }
    if (type == FakeTenant.class) {
      return fixture.server.tenant();
    }
    return type == CrashPlanClient.class ? fixture.client : fixture.client.orgs();
  }

  private Fixture fixture() {
    Fixture fixture = current.get();
    if (fixture == null) {
      throw new IllegalStateException("no test of this extension is running on this thread");
    }
    return fixture;
  }

  private record Fixture(FakeCrashPlanServer server, CrashPlanClient client, boolean ownServer) {}
}
