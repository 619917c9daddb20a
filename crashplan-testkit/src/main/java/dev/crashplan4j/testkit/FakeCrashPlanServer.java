package dev.crashplan4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake CrashPlan console on a loopback port: real HTTP, the real wire protocol (both
 * envelopes, both sign-in flows, bearer tokens, the console's error statuses and bodies), and
 * the console's rules kept in a {@link FakeTenant}. It speaks JSON, not the SDK's types, so any
 * CrashPlan client can run against it. Thread-safe; starts in milliseconds.
 *
 * <p>Three steps make a test: seed the tenant, run the code, then check what was sent with
 * {@link #requests()} or {@link #takeRequest(Duration)}. Each request is answered by, in
 * order: an injected {@link Fault} ({@link #inject(String, int, Fault)}), else an answer the test
 * queued ({@link #enqueue(String, ConsoleAnswer)}), else the {@link Dispatcher}, by default the
 * console's own routes. The server is strict: a request to an endpoint it does not serve is
 * answered 404 and kept in {@link #unservedRequests()}, which {@link #verifyAllRequestsServed()}
 * (and the JUnit extension, after each test) reports with the closest endpoints it does serve.
 *
 * <pre>{@code
 * try (FakeCrashPlanServer server = FakeCrashPlanServer.start()) {
 *   server.addApiClient("key", "secret");
 *   Org sales = server.tenant().addOrg("Sales");
 *   // ... point any CrashPlan client at server.baseUrl(), block Sales ...
 *   assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
 * }
 * }</pre>
 *
 * <p>Every answer's {@code Date} header follows the tenant's clock, as everything the tenant
 * dates does (creation and modification dates, token expiry, the envelope's timestamp): a test
 * that gives one {@link ManualClock} to client and fake sees one time on both. The JDK's HTTP
 * server sets {@code Date} from the machine's clock and lets no handler set it, so a thin layer
 * in front of it, still plain HTTP/1.1 on the port clients reach, rewrites that one header.
 *
 * <p>The JDK's HTTP server writes an answer's headers and body apart; with Nagle's algorithm on,
 * each answer then waits for the client's delayed ACK (about 40 ms on Linux). That server
 * offers no per-server socket option: it reads {@code sun.net.httpserver.nodelay} once per JVM.
 * So the first server started in a JVM sets that property to {@code true}, unless it is set
 * already; set it to {@code false} before to keep Nagle's algorithm.
 */
public final class FakeCrashPlanServer implements AutoCloseable {

  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final Clock clock;
  // As asked for: the server socket of an IPv4 wildcard reads back as IPv6's on a dual stack.
  private final InetAddress host;
  private final HttpServer http;
  private final ConsoleClockFront front;
  private final ExecutorService workers;
  private final ConsoleRoutes consoleRoutes = new ConsoleRoutes(this::tenant);
  private final RequestJournal journal = new RequestJournal();
  private final FaultPlan faults = new FaultPlan();
  private final ScriptedAnswers scripted = new ScriptedAnswers();
  private volatile Dispatcher dispatcher = consoleRoutes;
  private volatile FakeTenant tenant;

  private FakeCrashPlanServer(FakeTenant tenant, Clock clock, InetAddress host, int port) throws IOException {
    this.tenant = tenant;
    this.clock = clock;
    this.host = host;
    synchronized (FakeCrashPlanServer.class) {
      if (System.getProperty(NODELAY) == null) {
        System.setProperty(NODELAY, "true");
      }
    }
    // The JDK's server listens on loopback only; clients reach it through the front.
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    this.workers = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "fake-crashplan-" + http.getAddress().getPort());
      thread.setDaemon(true);
      return thread;
    });
    http.setExecutor(workers);
    http.createContext("/", this::handle);
    http.start();
    try {
      this.front = new ConsoleClockFront(host, port, http.getAddress(), () -> this.tenant.consoleTime(), workers);
    } catch (IOException cannotBind) {
      http.stop(0);
      workers.shutdownNow();
      throw cannotBind;
    }
  }

  /** Starts a server on an ephemeral loopback port with a new tenant on the system clock. */
  public static FakeCrashPlanServer start() {
    return start(Clock.systemUTC());
  }

  /** Starts a server whose tenant judges token expiry and two-factor codes by {@code clock}. */
  public static FakeCrashPlanServer start(Clock clock) {
    return start(new FakeTenant(clock), clock, 0);
  }

  /** Starts a server on an ephemeral loopback port that serves {@code tenant}. */
  public static FakeCrashPlanServer start(FakeTenant tenant) {
    return start(tenant, Clock.systemUTC(), 0);
  }

  /**
   * Starts a server on loopback port {@code port} ({@code 0} picks a free one) that serves
   * {@code tenant}; {@code clock} is the one a {@link #reset()} gives the new tenant.
   */
  public static FakeCrashPlanServer start(FakeTenant tenant, Clock clock, int port) {
    return start(tenant, clock, InetAddress.getLoopbackAddress(), port);
  }

  /**
   * Starts a server on {@code host} port {@code port} ({@code 0} picks a free one) that serves
   * {@code tenant}: {@code 0.0.0.0} serves every interface, as in a container. Anyone who can
   * reach that address can sign in with the tenant's credentials, so tests keep to loopback.
   */
  public static FakeCrashPlanServer start(FakeTenant tenant, Clock clock, InetAddress host, int port) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    try {
      return new FakeCrashPlanServer(tenant, clock, host, port);
    } catch (IOException cannotBind) {
      String where = host.isLoopbackAddress() ? "loopback" : host.getHostAddress();
      throw new IllegalStateException("the fake CrashPlan server could not bind " + where + " port " + port
          + ": " + cannotBind.getMessage(), cannotBind);
    }
  }

  /** The server's address, such as {@code http://127.0.0.1:41234} ({@code http://[::1]:41234} on IPv6). */
  public String baseUrl() {
    String address = host.getHostAddress();
    return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + front.port();
  }

  /** The port the server listens on. */
  public int port() {
    return front.port();
  }

  /** The tenant this server serves: seed it, inspect it. A {@link #reset()} replaces it. */
  public FakeTenant tenant() {
    return tenant;
  }

  /** Registers an API client; see {@link FakeTenant#addApiClient}. */
  public FakeCrashPlanServer addApiClient(String clientId, String secret) {
    tenant.addApiClient(clientId, secret);
    return this;
  }

  /** Registers a local user of the root org; see {@link FakeTenant#addLocalUser(String, String)}. */
  public FakeCrashPlanServer addLocalUser(String username, String password) {
    tenant.addLocalUser(username, password);
    return this;
  }

  /**
   * Injects {@code fault} into the next {@code times} requests to {@code endpoint}: {@code "*"}
   * for any request, or a method and path such as {@code "POST /api/v3/orgs/{orgGuid}/block"}
   * (a {@code {name}} or {@code *} stands for one path segment). Delays add up with any other
   * fault; of the other faults, the one injected first that still applies wins.
   */
  public FakeCrashPlanServer inject(String endpoint, int times, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    faults.inject(EndpointPattern.parse(endpoint), times, fault);
    return this;
  }

  /**
   * Injects {@code fault} into every {@code nth} request to {@code endpoint} (the nth, the
   * 2nth...), for as long as the server runs: a steady rate of failures for load tests.
   */
  public FakeCrashPlanServer injectEvery(String endpoint, int nth, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (nth < 1) {
      throw new IllegalArgumentException("nth must be at least 1, was " + nth);
    }
    faults.injectEvery(EndpointPattern.parse(endpoint), nth, fault);
    return this;
  }

  /** Injects {@code fault} into the next {@code times} requests, whatever they are. */
  public FakeCrashPlanServer failNext(int times, Fault fault) {
    return inject("*", times, fault);
  }

  /**
   * Queues {@code answer} for the next request to {@code endpoint} (same syntax as
   * {@link #inject}), given instead of what the console would answer; answers queued for one
   * endpoint are given in the order queued, each once. A fault injected for the same request
   * comes first.
   */
  public FakeCrashPlanServer enqueue(String endpoint, ConsoleAnswer answer) {
    scripted.enqueue(EndpointPattern.parse(endpoint), Objects.requireNonNull(answer, "answer"));
    return this;
  }

  /**
   * Replaces what answers requests that no fault nor queued answer takes; the console's own
   * routes ({@link #consoleRoutes()}) unless set. A {@link #reset()} keeps it.
   */
  public FakeCrashPlanServer dispatcher(Dispatcher dispatcher) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    return this;
  }

  /** The console's own endpoints over this server's tenant: the default dispatcher, to delegate to. */
  public Dispatcher consoleRoutes() {
    return consoleRoutes;
  }

  /** Every request received so far (the latest 100,000), oldest first, credentials masked. */
  public List<RecordedRequest> requests() {
    return journal.requests();
  }

  /** How many requests were received so far (counting up to 100,000). */
  public int requestCount() {
    return journal.size();
  }

  /**
   * Returns the oldest request not taken yet, waiting up to {@code timeout} for one to arrive;
   * empty when none came in time.
   */
  public Optional<RecordedRequest> takeRequest(Duration timeout) {
    return journal.take(Objects.requireNonNull(timeout, "timeout"));
  }

  /** Forgets the recorded requests, so that a test can look at what its next step sends. */
  public void clearRequests() {
    journal.clear();
  }

  /** The requests to endpoints this fake does not serve, answered 404 (or 405 for a wrong method). */
  public List<RecordedRequest> unservedRequests() {
    return journal.unserved();
  }

  /**
   * Throws an {@link AssertionError} listing each request to an endpoint this fake does not
   * serve, with the closest endpoints it does serve: a typo in a path shows as such.
   */
  public void verifyAllRequestsServed() {
    List<RecordedRequest> unserved = journal.unserved();
    if (unserved.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("the fake CrashPlan console does not serve ")
        .append(unserved.size()).append(unserved.size() == 1 ? " request:" : " requests:");
    for (RecordedRequest request : unserved) {
      message.append("\n  ").append(request.method()).append(' ').append(request.path())
          .append("\n    closest served: ").append(String.join(", ", consoleRoutes.closestTo(request, 3)));
    }
    throw new AssertionError(message.toString());
  }

  /** The endpoints this fake serves, as {@code METHOD /path/{param}}. */
  public List<String> servedEndpoints() {
    return consoleRoutes.endpoints();
  }

  /**
   * Makes the server as new: a fresh tenant (on the server's clock), no recorded or unserved
   * requests, no pending faults or queued answers. Clients built before keep their tokens,
   * which the new tenant does not know: their next call signs in again.
   */
  public void reset() {
    tenant = new FakeTenant(clock);
    faults.clear();
    scripted.clear();
    journal.reset();
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    front.close();
    http.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ConsoleRequest request = ConsoleRequest.read(exchange);
      Reply reply = faults.take(request).map(fault -> underFault(fault, request)).orElseGet(() -> asUsual(request));
      journal.record(request.record(reply.status()), reply.served());
      reply.writeTo(exchange);
    }
  }

  /** The reply with no fault: a queued answer, else the dispatcher's, else 404 or 405. */
  private Reply asUsual(ConsoleRequest request) {
    try {
      return scripted.take(request).or(() -> dispatcher.dispatch(request))
          .map(answer -> Reply.whole(answer, true))
          .orElseGet(() -> Reply.whole(unservedAnswer(request), false));
    } catch (ConsoleRefusal refusal) {
      return Reply.whole(refusal.answer(), true);
    } catch (RuntimeException bug) {
      return Reply.whole(serverError(bug), true);
    }
  }

  /**
   * What each fault does, in one place: the fault takes the place of queued answers. A fault
   * hides nothing from the strict check: a request to an endpoint the console does not have is
   * unserved, whatever was injected into it.
   */
  private Reply underFault(Fault fault, ConsoleRequest request) {
    boolean served = consoleRoutes.serves(request);
    if (fault instanceof Fault.AfterApplying applied) {
      // The console does the work; only then is its answer lost, cut or replaced.
      ConsoleAnswer done = consoleAnswer(request);
      if (applied.lost() instanceof Fault.TruncatedBody) {
        return Reply.firstHalf(done, served);
      }
      return underFault(applied.lost(), request);
    }
    if (fault instanceof Fault.Disconnect) {
      return Reply.hangUp(served);
    }
    if (fault instanceof Fault.TruncatedBody) {
      return Reply.firstHalf(consoleAnswerOrServerError(request), served);
    }
    if (fault instanceof Fault.Status status) {
      return Reply.whole(ConsoleAnswer.of(status.status(), status.body()), served);
    }
    if (fault instanceof Fault.TooManyRequests tooMany) {
      return Reply.whole(ConsoleRefusal.of(429, "TOO_MANY_REQUESTS", "Rate limit exceeded").answer()
          .withHeader("Retry-After", Long.toString(Math.max(0, tooMany.retryAfter().toSeconds()))), served);
    }
    if (fault instanceof Fault.MalformedBody) {
      return Reply.whole(ConsoleAnswer.of(200, "<html><body><h1>502 Bad Gateway</h1></body></html>"), served);
    }
    if (fault instanceof Fault.ExpiredToken) {
      String authorization = request.header("authorization");
      if (authorization != null && authorization.startsWith("Bearer ")) {
        tenant.tokens().revoke(authorization.substring("Bearer ".length()).strip());
      }
      return Reply.whole(ConsoleRefusal.unauthorized().answer(), served);
    }
    // A Delay: the fault plan sleeps it and hands none over; were one to come, it adds only latency.
    return Reply.whole(consoleAnswerOrServerError(request), served);
  }

  /** The console's own answer to {@code request}, or its refusal. */
  private ConsoleAnswer consoleAnswer(ConsoleRequest request) {
    try {
      return dispatcher.dispatch(request).orElseGet(() -> unservedAnswer(request));
    } catch (ConsoleRefusal refusal) {
      return refusal.answer();
    }
  }

  private ConsoleAnswer consoleAnswerOrServerError(ConsoleRequest request) {
    try {
      return consoleAnswer(request);
    } catch (RuntimeException bug) {
      return serverError(bug);
    }
  }

  private static ConsoleAnswer serverError(RuntimeException bug) {
    return ConsoleRefusal.of(500, "SYSTEM", "fake console failure: " + bug.getMessage()).answer();
  }

  private ConsoleAnswer unservedAnswer(ConsoleRequest request) {
    return consoleRoutes.servesPath(request.path())
        ? ConsoleRefusal.of(405, "METHOD_NOT_ALLOWED", request.method() + " " + request.path()).answer()
        : ConsoleRefusal.of(404, "NOT_FOUND", "No resource at " + request.path()).answer();
  }

  /**
   * What goes back for one request: an answer sent whole, or its body cut in half, or nothing
   * (the connection closed; journaled with status 0). {@code served} is what the strict check sees.
   */
  private record Reply(Optional<ConsoleAnswer> answer, boolean truncated, boolean served) {

    static Reply whole(ConsoleAnswer answer, boolean served) {
      return new Reply(Optional.of(answer), false, served);
    }

    static Reply firstHalf(ConsoleAnswer answer, boolean served) {
      return new Reply(Optional.of(answer), true, served);
    }

    static Reply hangUp(boolean served) {
      return new Reply(Optional.empty(), false, served);
    }

    int status() {
      return answer.map(ConsoleAnswer::status).orElse(0);
    }

    void writeTo(HttpExchange exchange) throws IOException {
      if (answer.isPresent()) {
        write(exchange, answer.get(), truncated);
      }
    }
  }

  private static void write(HttpExchange exchange, ConsoleAnswer answer, boolean truncate) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    for (Map.Entry<String, String> header : answer.headersAsSent().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, truncate ? body.length / 2 : body.length);
      out.flush();
      if (!truncate) {
        out.close();
      }
    }
  }
}
