package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.error.ForbiddenException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.event.AttemptEnd;
import dev.crashplan4j.core.event.CallEnd;
import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.event.RetryScheduled;
import dev.crashplan4j.core.event.SignIn;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import java.util.function.Supplier;
import dev.crashplan4j.core.error.UnauthorizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What listeners hear of a client's calls, over HTTP against the fake console. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ListenerTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  /** Writes down every event as a line. */
  private static final class Recorder implements CrashPlanListener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public CallObserver callStarted(CallStart call) {
      heard.add("start " + call);
      return new CallObserver() {
        @Override
        public void attemptEnded(AttemptEnd attempt) {
          heard.add("attempt " + attempt.number() + " " + (attempt.status().isPresent() ? attempt.status().getAsInt()
              : attempt.failure().isPresent() ? "failed" : "answered"));
        }

        @Override
        public void retrying(RetryScheduled retry) {
          heard.add("retry " + retry.reason() + " after " + retry.waitBefore().toSeconds() + " s");
        }

        @Override
        public void ended(CallEnd end) {
          heard.add("end " + end.call().operation() + " " + (end.succeeded() ? "succeeded" : "failed "
              + end.failure().orElseThrow().getClass().getSimpleName()) + " after " + end.attempts());
        }
      };
    }

    @Override
    public void signedIn(SignIn signIn) {
      heard.add("sign-in " + signIn.reason() + " " + (signIn.succeeded() ? "succeeded" : "failed"));
    }
  }

  private final ManualClock waits = new ManualClock();
  private final Recorder recorder = new Recorder();
  private FakeCrashPlanServer server;
  private Org sales;

  @BeforeEach
  void start() {
    server = fake.server().addApiClient("id", "secret");
    sales = server.tenant().addOrg("Sales");
  }

  private CrashPlanClient client(CrashPlanListener... listeners) {
    return builder(listeners).build();
  }

  private CrashPlanClient.Builder builder(CrashPlanListener... listeners) {
    CrashPlanClient.Builder builder = CrashPlanClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.apiClient("id", "secret")).sleeper(waits);
    for (CrashPlanListener listener : listeners) {
      builder.listener(listener);
    }
    return builder;
  }

  @Test
  void aCallWithNoRoomInTheRateLimitIsHeardToEnd() {
    // The deadline is far shorter than the rate limit's hour, and long enough for the first call on a busy machine.
    try (CrashPlanClient client = builder(recorder).rateLimit(1, Duration.ofHours(1))
        .callTimeout(Duration.ofSeconds(5)).build()) {
      client.orgs().getPage(1);
      recorder.heard.clear();

      assertThatThrownBy(() -> client.orgs().getPage(1)).isInstanceOf(TooManyRequestsException.class);
    }

    assertThat(recorder.heard).containsExactly("start getPage", "end getPage failed TooManyRequestsException after 0");
  }

  @Test
  void aCallWhoseWaitIsInterruptedIsHeardToEnd() {
    Sleeper interrupted = wait -> {
      throw new InterruptedException("stopped");
    };
    try (CrashPlanClient client = builder(recorder).sleeper(interrupted).build()) {
      client.orgs().getPage(1);
      recorder.heard.clear();
      server.failNext(1, Fault.status(503, "down"));

      assertThatThrownBy(() -> client.orgs().getPage(1)).isInstanceOf(ServerErrorException.class);
      assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }

    assertThat(recorder.heard).startsWith("start getPage", "attempt 1 503")
        .endsWith("end getPage failed ServerErrorException after 1")
        .filteredOn(event -> event.startsWith("end")).hasSize(1);
  }

  @Test
  void aTransportThrowingSomethingUnexpectedEndsTheCall() {
    IllegalStateException bug = new IllegalStateException("a transport bug");
    try (CrashPlanClient client = builder(recorder).transport(throwingOnGetOrg(bug)).build()) {
      client.orgs().getPage(1);
      recorder.heard.clear();

      assertThatThrownBy(() -> client.orgs().getById(sales.id())).isSameAs(bug);
    }

    assertThat(recorder.heard).containsExactly("start getById org " + sales.id(), "attempt 1 failed",
        "end getById failed TransportFailureException after 1");
  }

  @Test
  void aTransportThrowingAnErrorEndsTheCall() {
    StackOverflowError bug = new StackOverflowError("a transport bug");
    try (CrashPlanClient client = builder(recorder).transport(throwingOnGetOrg(bug)).build()) {
      client.orgs().getPage(1);
      recorder.heard.clear();

      assertThatThrownBy(() -> client.orgs().getById(sales.id())).isSameAs(bug);
    }

    assertThat(recorder.heard).containsExactly("start getById org " + sales.id(), "attempt 1 failed",
        "end getById failed TransportFailureException after 1");
  }

  @Test
  void aThrowingJwtProviderIsATypedSignInFailureHeardToEnd() {
    Supplier<String> provider = () -> {
      throw new IllegalStateException("idp down for secret-jwt-9876");
    };
    try (CrashPlanClient client = builder(recorder).credentials(Credentials.jwtProvider(provider)).build()) {
      assertThatThrownBy(() -> client.orgs().getPage(1)).isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("the jwtProvider token supplier threw java.lang.IllegalStateException")
          .hasMessageNotContaining("secret-jwt-9876");
    }

    assertThat(recorder.heard).first().isEqualTo("start getPage");
    assertThat(recorder.heard).filteredOn(event -> event.startsWith("attempt")).hasSize(1);
    assertThat(recorder.heard).last().isEqualTo("end getPage failed UnauthorizedException after 1");
  }

  // The default transport, but its getOrg throws what a buggy transport might.
  private static CrashPlanTransportProvider throwingOnGetOrg(Throwable thrown) {
    CrashPlanTransportProvider real = ServiceLoader.load(CrashPlanTransportProvider.class).findFirst().orElseThrow();
    return config -> {
      CrashPlanTransport transport = real.create(config);
      return (CrashPlanTransport) Proxy.newProxyInstance(CrashPlanTransport.class.getClassLoader(),
          new Class<?>[] {CrashPlanTransport.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOrg")) {
              throw thrown;
            }
            try {
              return method.invoke(transport, args);
            } catch (InvocationTargetException failed) {
              throw failed.getCause();
            }
          });
    };
  }

  @Test
  void aCallIsHeardFromItsStartToItsEnd() {
    try (CrashPlanClient client = client(recorder)) {
      client.orgs().getPage(1);
      server.failNext(1, Fault.tooManyRequests(Duration.ofSeconds(3)));

      client.orgs().getById(sales.id());
    }

    assertThat(recorder.heard).containsExactly(
        "start getPage",
        "sign-in SIGN_IN succeeded",
        "attempt 1 answered",
        "end getPage succeeded after 1",
        "start getById org " + sales.id(),
        "attempt 1 429",
        "retry 429 after 3 s",
        "attempt 2 answered",
        "end getById succeeded after 2");
  }

  @Test
  void aFailedCallIsHeardWithItsTypedFailure() {
    try (CrashPlanClient client = client(recorder)) {
      client.orgs().getPage(1);
      recorder.heard.clear();
      server.failNext(1, Fault.status(403, "no"));

      assertThatThrownBy(() -> client.orgs().block(sales.id())).isInstanceOf(ForbiddenException.class);
    }

    assertThat(recorder.heard).containsExactly(
        "start block org " + sales.id(), "attempt 1 403", "end block failed ForbiddenException after 1");
  }

  @Test
  void aLostAnswerThatIsLookedUpIsHeardAsAttemptsOfTheSameCall() {
    try (CrashPlanClient client = client(recorder)) {
      client.orgs().getPage(1);
      recorder.heard.clear();
      server.failNext(1, Fault.afterApplying(Fault.status(502, "lost")));

      client.orgs().block(sales.id());
    }

    assertThat(recorder.heard).containsExactly(
        "start block org " + sales.id(), "attempt 1 502", "retry unknown-outcome after 0 s",
        "attempt 2 answered", "end block succeeded after 2");
  }

  @Test
  void otherListenersStillHearPastOneThatThrows() {
    CrashPlanListener broken = new CrashPlanListener() {
      @Override
      public CallObserver callStarted(CallStart call) {
        throw new IllegalStateException("a broken listener");
      }

      @Override
      public void signedIn(SignIn signIn) {
        throw new IllegalStateException("a broken listener");
      }
    };
    try (CrashPlanClient client = client(broken, recorder)) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(2);
    }

    assertThat(recorder.heard).contains("start getPage", "end getPage succeeded after 1");
  }
}
