package dev.crashplan4j.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A JUnit 5 extension that starts the fake CrashPlan console for each test, resets and stops
 * it, and injects it; nothing else. After each test it checks that every request went to an
 * endpoint the fake serves. It knows no client: any CrashPlan client, in any language, can be
 * pointed at {@link FakeCrashPlanServer#baseUrl()}. (For a ready crashplan4j client as well,
 * use {@code FakeCrashPlanExtension} of {@code crashplan-testkit-junit5}.)
 *
 * <p>On an instance field, each test gets its own server. On a static field, the tests of the
 * class share one server, reset to a fresh tenant before each test; tests that run
 * concurrently get a server each, so parallel execution stays isolated. Tests receive
 * {@link FakeCrashPlanServer} or {@link FakeTenant} as parameters, or call {@link #server()}.
 * Whatever a test needs beside the server, such as a client pointed at it, can be
 * {@linkplain #attach attached}: made for each test, given as a parameter, closed after.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static FakeCrashPlanServerExtension console = new FakeCrashPlanServerExtension()
 *       .seed(tenant -> tenant.addApiClient("key", "secret"));
 *
 *   @Test
 *   void listsOrgs(FakeCrashPlanServer server) {
 *     new MyClient(server.baseUrl(), "key", "secret").listOrgs();
 *     assertThat(server.requests()).extracting(RecordedRequest::line).contains("GET /api/v1/Org");
 *   }
 * }
 * }</pre>
 */
public final class FakeCrashPlanServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeCrashPlanServerExtension.class);

  // Per extension, not static: two extensions in one test class each know their own fixture.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Fixture> current = new ThreadLocal<>();
  private Consumer<FakeTenant> seed = tenant -> {};
  private final List<Attachment<?>> attachments = new ArrayList<>();
  private boolean strict = true;
  private volatile FakeCrashPlanServer classServer;

  /** Creates the extension: strict, no seed data beyond the root org. */
  public FakeCrashPlanServerExtension() {}

  /** Seeds each test's tenant before the test runs. */
  public FakeCrashPlanServerExtension seed(Consumer<FakeTenant> seed) {
    this.seed = Objects.requireNonNull(seed, "seed");
    return this;
  }

  /** Does not fail a test that sent requests to endpoints the fake does not serve. */
  public FakeCrashPlanServerExtension lenient() {
    this.strict = false;
    return this;
  }

  /**
   * Makes a {@code type} from each test's server once it is seeded, such as a client of your
   * own pointed at {@link FakeCrashPlanServer#baseUrl()}; tests receive it as a parameter of
   * that type, or call {@link #attached(Class)}. After the test it is closed, if it is
   * {@link AutoCloseable}, before the server is checked and stopped. Attachments are made in the
   * order attached, so that {@code make} can use the ones before it, and closed in reverse.
   */
  public <T> FakeCrashPlanServerExtension attach(Class<T> type, Function<? super FakeCrashPlanServer, ? extends T> make) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(make, "make");
    if (type == FakeCrashPlanServer.class || type == FakeTenant.class
        || attachments.stream().anyMatch(attachment -> attachment.type == type)) {
      throw new IllegalArgumentException("a test gets one " + type.getName() + " from this extension already");
    }
    attachments.add(new Attachment<>(type, make));
    return this;
  }

  /** The server of the test running on this thread. */
  public FakeCrashPlanServer server() {
    return running().server;
  }

  /** The attachment of {@code type} of the test running on this thread; see {@link #attach}. */
  public <T> T attached(Class<T> type) {
    Object attached = running().attached.get(type);
    if (attached == null) {
      throw new IllegalStateException("no " + type.getName() + " is attached to the test running on this thread");
    }
    return type.cast(attached);
  }

  private Fixture running() {
    Fixture fixture = current.get();
    if (fixture == null) {
      throw new IllegalStateException("no test of this extension is running on this thread");
    }
    return fixture;
  }

  /** Starts the class's shared server; JUnit calls it when the extension is on a static field. */
  @Override
  public void beforeAll(ExtensionContext context) {
    classServer = FakeCrashPlanServer.start();
  }

  /**
   * Gives the test a fresh tenant, seeded: its own server, or the class's one reset; then makes
   * its attachments.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    FakeCrashPlanServer shared = classServer;
    boolean own = shared == null || context.getExecutionMode() == ExecutionMode.CONCURRENT;
    FakeCrashPlanServer server = own ? FakeCrashPlanServer.start() : shared;
    if (!own) {
      server.reset();
    }
    seed.accept(server.tenant());
    // Kept before the attachments are made: those made are closed even if a later one fails.
    Fixture fixture = new Fixture(server, own, new LinkedHashMap<>());
    context.getStore(NAMESPACE).put(Fixture.class, fixture);
    current.set(fixture);
    for (Attachment<?> attachment : attachments) {
      fixture.attached.put(attachment.type,
          Objects.requireNonNull(attachment.make.apply(server), () -> "the attached " + attachment.type.getName() + " is null"));
    }
  }

  /**
   * Closes the test's attachments; strict, fails the test if it sent requests the fake does not
   * serve; stops the test's own server.
   */
  @Override
  public void afterEach(ExtensionContext context) {
    Fixture fixture = context.getStore(NAMESPACE).remove(Fixture.class, Fixture.class);
    current.remove();
    if (fixture == null) {
      return;
    }
    try {
      fixture.closeAttachments();
    } finally {
      try {
        if (strict) {
          fixture.server.verifyAllRequestsServed();
        }
      } finally {
        if (fixture.ownServer) {
          fixture.server.close();
        }
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

  /** Resolves parameters of type {@link FakeCrashPlanServer}, {@link FakeTenant} and those attached. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeCrashPlanServer.class || type == FakeTenant.class
        || attachments.stream().anyMatch(attachment -> attachment.type == type);
  }

  /** Returns the test's server, its tenant, or what is attached to it. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fixture fixture = context.getStore(NAMESPACE).get(Fixture.class, Fixture.class);
    if (fixture == null) {
      throw new IllegalStateException(
          "the fake CrashPlan console is made per test: ask for it in a test or @BeforeEach method");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == FakeCrashPlanServer.class) {
      return fixture.server;
    }
    return type == FakeTenant.class ? fixture.server.tenant() : fixture.attached.get(type);
  }

  private record Attachment<T>(Class<T> type, Function<? super FakeCrashPlanServer, ? extends T> make) {}

  private record Fixture(FakeCrashPlanServer server, boolean ownServer, Map<Class<?>, Object> attached) {
    // The latest made first, as try-with-resources closes; the first failure is thrown, the others suppressed.
    void closeAttachments() {
      RuntimeException failure = null;
      List<Map.Entry<Class<?>, Object>> made = new ArrayList<>(attached.entrySet());
      for (int i = made.size() - 1; i >= 0; i--) {
        if (made.get(i).getValue() instanceof AutoCloseable closeable) {
          try {
            closeable.close();
          } catch (Exception closing) {
            RuntimeException thrown = closing instanceof RuntimeException unchecked ? unchecked
                : new IllegalStateException("closing the test's " + made.get(i).getKey().getName() + " failed", closing);
            if (failure == null) {
              failure = thrown;
            } else {
              failure.addSuppressed(thrown);
            }
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }
}
