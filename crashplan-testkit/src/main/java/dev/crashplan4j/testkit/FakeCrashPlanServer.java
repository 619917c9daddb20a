package dev.crashplan4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fake CrashPlan console on a loopback port: real HTTP, the real wire protocol (both
 * envelopes, both sign-in flows, bearer tokens, the console's error statuses and bodies), and
 * the console's rules kept in a {@link FakeTenant}. It speaks JSON, not the SDK's types, so any
 * CrashPlan client can run against it. Thread-safe; starts in milliseconds.
 *
 * <p>Three steps make a test: seed the tenant, run the code, then check what was sent with
 * {@link #requests()} or {@link #takeRequest(Duration)}. Faults are injected with
 * {@link #inject(String, Fault, int)}. The server is strict: a request to an endpoint it does
 * not serve is answered 404 and kept in {@link #unservedRequests()}, which
 * {@link #verifyAllRequestsServed()} (and the JUnit extension, after each test) reports with
 * the closest endpoints it does serve.
 *
 * <pre>{@code
 * try (FakeCrashPlanServer server = FakeCrashPlanServer.start()) {
 *   server.addApiClient("key", "secret");
 *   Org sales = server.tenant().addOrg("Sales");
 *   CrashPlanClient client = CrashPlanClient.builder()
 *       .baseUrl(server.baseUrl())
 *       .credentials(Credentials.apiClient("key", "secret"))
 *       .build();
 *   client.orgs().block(sales.id());
 *   assertThat(server.tenant().org(sales.id()).orElseThrow().blocked()).isTrue();
 * }
 * }</pre>
 */
public final class FakeCrashPlanServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, each answer
    // then waits for a delayed ACK (about 40 ms on Linux). Read once, when the first server
    // of the JVM starts, so it is set here unless the caller chose otherwise.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Clock clock;
  private final HttpServer http;
  private final ExecutorService workers;
  private final List<Route> routes = new ArrayList<>();
  // The most recent requests only, so that a long load test or benchmark runs in flat memory.
  private static final int JOURNAL_LIMIT = 100_000;

  private final Deque<RecordedRequest> journal = new ArrayDeque<>();
  private final BlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>(JOURNAL_LIMIT);
  private final List<RecordedRequest> unserved = new CopyOnWriteArrayList<>();
  private final List<InjectedFault> faults = new CopyOnWriteArrayList<>();
  private volatile FakeTenant tenant;

  private FakeCrashPlanServer(FakeTenant tenant, Clock clock, int port) throws IOException {
    this.tenant = tenant;
    this.clock = clock;
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.workers = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "fake-crashplan-" + http.getAddress().getPort());
      thread.setDaemon(true);
      return thread;
    });
    http.setExecutor(workers);
    http.createContext("/", this::handle);
    defineRoutes();
    http.start();
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
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    try {
      return new FakeCrashPlanServer(tenant, clock, port);
    } catch (IOException cannotBind) {
      throw new IllegalStateException("the fake CrashPlan server could not bind loopback port " + port, cannotBind);
    }
  }

  /** The server's address, such as {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort();
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
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
  public FakeCrashPlanServer inject(String endpoint, Fault fault, int times) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    faults.add(new InjectedFault(EndpointPattern.parse(endpoint), fault, new AtomicInteger(times), 1, new AtomicInteger()));
    return this;
  }

  /**
   * Injects {@code fault} into every {@code nth} request to {@code endpoint} (the nth, the
   * 2nth...), for as long as the server runs: a steady rate of failures for load tests.
   */
  public FakeCrashPlanServer injectEvery(String endpoint, Fault fault, int nth) {
    Objects.requireNonNull(fault, "fault");
    if (nth < 1) {
      throw new IllegalArgumentException("nth must be at least 1, was " + nth);
    }
    faults.add(new InjectedFault(EndpointPattern.parse(endpoint), fault, new AtomicInteger(Integer.MAX_VALUE), nth,
        new AtomicInteger()));
    return this;
  }

  /** Injects {@code fault} into the next {@code times} requests, whatever they are. */
  public FakeCrashPlanServer failNext(int times, Fault fault) {
    return inject("*", fault, times);
  }

  /** Answers the next {@code times} requests, whatever they are, with {@code status} and {@code body}. */
  public FakeCrashPlanServer failNext(int times, int status, String body) {
    return failNext(times, Fault.status(status, body));
  }

  /** Every request received so far (the latest 100,000), oldest first, credentials masked. */
  public List<RecordedRequest> requests() {
    synchronized (journal) {
      return List.copyOf(journal);
    }
  }

  /** How many requests were received so far (counting up to 100,000). */
  public int requestCount() {
    synchronized (journal) {
      return journal.size();
    }
  }

  /**
   * Returns the oldest request not taken yet, waiting up to {@code timeout} for one to arrive;
   * empty when none came in time.
   */
  public Optional<RecordedRequest> takeRequest(Duration timeout) {
    try {
      return Optional.ofNullable(untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Forgets the recorded requests, so that a test can look at what its next step sends. */
  public void clearRequests() {
    synchronized (journal) {
      journal.clear();
    }
    untaken.clear();
  }

  /** The requests to endpoints this fake does not serve, answered 404 (or 405 for a wrong method). */
  public List<RecordedRequest> unservedRequests() {
    return List.copyOf(unserved);
  }

  /**
   * Throws an {@link AssertionError} listing each request to an endpoint this fake does not
   * serve, with the closest endpoints it does serve: a typo in a path shows as such.
   */
  public void verifyAllRequestsServed() {
    if (unserved.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("the fake CrashPlan console does not serve ")
        .append(unserved.size()).append(unserved.size() == 1 ? " request:" : " requests:");
    for (RecordedRequest request : unserved) {
      message.append("\n  ").append(request.method()).append(' ').append(request.path())
          .append("\n    closest served: ").append(String.join(", ", closestEndpoints(request, 3)));
    }
    throw new AssertionError(message.toString());
  }

  /** The endpoints this fake serves, as {@code METHOD /path/{param}}. */
  public List<String> servedEndpoints() {
    return routes.stream().map(Route::endpoint).collect(Collectors.toList());
  }

  /**
   * Makes the server as new: a fresh tenant (on the server's clock), no recorded or unserved
   * requests, no pending faults. Clients built before keep their tokens, which the new tenant
   * does not know: their next call signs in again.
   */
  public void reset() {
    tenant = new FakeTenant(clock);
    faults.clear();
    clearRequests();
    unserved.clear();
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
  }

  // ---- the console's endpoints ------------------------------------------------------------

  private void defineRoutes() {
    route("POST /api/v3/oauth/token", (request, path, tenant) -> {
      if (!"client_credentials".equals(request.param("grant_type"))) {
        throw new ConsoleRefusal(400, "{\"error\":\"unsupported_grant_type\"}");
      }
      FakeTenant.TokenGrant grant = tenant.issueApiClientToken(request.header("authorization"));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("access_token", grant.token());
      body.put("token_type", "bearer");
      body.put("expires_in", grant.expiresInSeconds());
      return Answer.json(200, body);
    });
    route("GET /api/v3/auth/jwt", (request, path, tenant) -> {
      String token = tenant.issueUserToken(request.header("authorization"), request.header("totp-auth"));
      return Answer.json(200, Map.of("data", Map.of("v3_user_token", token)));
    });
    route("GET /api/v3/LoginConfiguration", (request, path, tenant) ->
        Answer.json(200, Map.of("loginType", tenant.loginType(request.requiredParam("username")))));
    route("GET /api/v3/customer/my", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      return Answer.json(200, Map.of("tenantUid", tenant.tenantUid()));
    });
    route("GET /api/v1/User/my", (request, path, tenant) ->
        Answer.enveloped(tenant.currentUser(tenant.authenticate(request.header("authorization"))).toWire()));
    route("GET /api/v1/Org", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      int pgNum = request.positiveIntParam("pgNum", 1);
      int pgSize = request.positiveIntParam("pgSize", 100);
      List<Object> orgs = new ArrayList<>();
      tenant.page(pgNum, pgSize).forEach(org -> orgs.add(org.toWire()));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("totalCount", tenant.orgCount());
      data.put("orgs", orgs);
      return Answer.enveloped(data);
    });
    route("GET /api/v1/Org/my", (request, path, tenant) ->
        Answer.enveloped(tenant.currentOrg(tenant.authenticate(request.header("authorization"))).toWire()));
    route("GET /api/v1/Org/{orgId}", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      Map<String, Object> document = tenant.settingsDocument(orgId(path.group(1)));
      // As the console does: each part of the document comes only when asked for.
      if (!"true".equals(request.param("incSettings"))) {
        document.remove("settings");
        document.remove("settingsSummary");
      }
      if (!"true".equals(request.param("incDeviceDefaults"))) {
        document.remove("deviceDefaults");
      }
      if (!"true".equals(request.param("incInheritedOrgInfo"))) {
        document.remove("settingsInherited");
        document.remove("orgInheritDto");
      }
      return Answer.enveloped(document);
    });
    route("PUT /api/v1/Org/{orgId}", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      return Answer.enveloped(tenant.putSettingsDocument(orgId(path.group(1)), request.jsonMap()));
    });
    route("GET /api/v1/OrgSetting/{orgId}", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      return Answer.enveloped(tenant.tSettings(orgId(path.group(1))));
    });
    route("PUT /api/v1/OrgSetting/{orgId}", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      long orgId = orgId(path.group(1));
      Object packets = request.jsonMap().get("packets");
      if (!(packets instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
        throw ConsoleRefusal.badRequest("the body must be {\"packets\": [{\"key\", \"value\", \"locked\"}, ...]}");
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> typed = (List<Map<String, Object>>) list;
      tenant.putTSettings(orgId, typed);
      return Answer.enveloped(tenant.tSettings(orgId));
    });
    route("GET /api/v3/orgs/{orgGuid}", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      return Answer.json(200, tenant.orgByGuid(path.group(1)).toWire());
    });
    route("POST /api/v3/orgs", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      JsonNode body = request.jsonObject();
      return Answer.json(200, tenant.createOrg(
          text(body, "orgName"), text(body, "orgExtRef"), text(body, "notes"), text(body, "parentOrgGuid")).toWire());
    });
    route("PUT /api/v3/orgs/{orgGuid}", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      Map<String, Object> fields = new LinkedHashMap<>();
      request.jsonObject().properties().forEach(field ->
          fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
      return Answer.json(200, tenant.updateOrg(path.group(1), fields).toWire());
    });
    route("POST /api/v3/orgs/{orgGuid}/block", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.block(path.group(1))));
    route("POST /api/v3/orgs/{orgGuid}/unblock", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.unblock(path.group(1))));
    route("POST /api/v3/orgs/{orgGuid}/deactivate", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.deactivate(path.group(1))));
    route("POST /api/v3/orgs/{orgGuid}/activate", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.reactivate(path.group(1))));
    route("GET /api/v38/agent-state/view-by-organization-id", (request, path, tenant) -> {
      tenant.authenticate(request.header("authorization"));
      long orgId;
      try {
        orgId = Long.parseLong(request.requiredParam("orgId"));
      } catch (NumberFormatException notANumber) {
        throw ConsoleRefusal.badRequest("orgId must be a number");
      }
      return Answer.json(200, tenant.agentStates(orgId, request.requiredParam("propertyName")));
    });
  }

  private static Answer orgAction(Request request, FakeTenant tenant, Runnable action) {
    tenant.authenticate(request.header("authorization"));
    action.run();
    return Answer.empty(204);
  }

  private static long orgId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw ConsoleRefusal.badRequest("orgId must be a number, was " + text);
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  // ---- plumbing ---------------------------------------------------------------------------

  private void route(String endpoint, Endpoint handler) {
    routes.add(new Route(endpoint, EndpointPattern.parse(endpoint), handler));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request = Request.read(exchange);
      Optional<Fault> fault = faultFor(request);
      Answer answer;
      if (fault.isPresent() && fault.get() instanceof Fault.Disconnect) {
        record(request, 0, false);
        return;
      }
      boolean served = true;
      try {
        if (fault.isPresent()) {
          answer = faultAnswer(fault.get(), request);
        } else {
          Optional<Answer> routed = dispatch(request);
          served = routed.isPresent();
          answer = routed.orElseGet(() -> unservedAnswer(request));
        }
      } catch (ConsoleRefusal refusal) {
        answer = new Answer(refusal.status, refusal.body, Map.of());
      } catch (RuntimeException bug) {
        answer = new Answer(500, "[{\"name\":\"SYSTEM\",\"description\":\"fake console failure: "
            + String.valueOf(bug.getMessage()).replace("\"", "'") + "\"}]", Map.of());
      }
      record(request, answer.status, !served);
      write(exchange, answer, fault.isPresent() && fault.get() instanceof Fault.TruncatedBody);
    }
  }

  private void record(Request request, int status, boolean unservedRequest) {
    RecordedRequest recorded = request.record(status);
    synchronized (journal) {
      if (journal.size() == JOURNAL_LIMIT) {
        journal.removeFirst();
      }
      journal.addLast(recorded);
    }
    if (!untaken.offer(recorded)) {
      untaken.poll();
      untaken.offer(recorded);
    }
    if (unservedRequest) {
      unserved.add(recorded);
    }
  }

  private Optional<Fault> faultFor(Request request) {
    Fault chosen = null;
    for (InjectedFault injected : faults) {
      if (!injected.pattern.matches(request.method, request.path)) {
        continue;
      }
      if (injected.fault instanceof Fault.Delay delay) {
        if (injected.take()) {
          pause(delay.latency());
        }
      } else if (chosen == null && injected.take()) {
        chosen = injected.fault;
      }
    }
    faults.removeIf(InjectedFault::exhausted);
    return Optional.ofNullable(chosen);
  }

  private Answer faultAnswer(Fault fault, Request request) {
    if (fault instanceof Fault.Status status) {
      return new Answer(status.status(), status.body(), Map.of());
    }
    if (fault instanceof Fault.TooManyRequests tooMany) {
      return new Answer(429, "[{\"name\":\"TOO_MANY_REQUESTS\",\"description\":\"Rate limit exceeded\"}]",
          Map.of("Retry-After", Long.toString(Math.max(0, tooMany.retryAfter().toSeconds()))));
    }
    if (fault instanceof Fault.MalformedBody) {
      return new Answer(200, "<html><body><h1>502 Bad Gateway</h1></body></html>", Map.of());
    }
    if (fault instanceof Fault.ExpiredToken) {
      tenant.revoke(request.header("authorization"));
      throw ConsoleRefusal.unauthorized();
    }
    // TruncatedBody: the real answer, cut when written.
    return dispatch(request).orElseGet(() -> unservedAnswer(request));
  }

  private Optional<Answer> dispatch(Request request) {
    FakeTenant current = tenant;
    for (Route route : routes) {
      Matcher match = route.pattern.match(request.method, request.path);
      if (match != null) {
        return Optional.of(route.handler.answer(request, match, current));
      }
    }
    return Optional.empty();
  }

  private Answer unservedAnswer(Request request) {
    boolean pathServed = routes.stream().anyMatch(route -> route.pattern.matchesPath(request.path));
    return pathServed
        ? new Answer(405, ConsoleRefusal.of(405, "METHOD_NOT_ALLOWED", request.method + " " + request.path).body, Map.of())
        : new Answer(404, ConsoleRefusal.of(404, "NOT_FOUND", "No resource at " + request.path).body, Map.of());
  }

  private List<String> closestEndpoints(RecordedRequest request, int how) {
    String asked = request.method() + " " + request.path();
    return routes.stream()
        .map(Route::endpoint)
        .sorted(Comparator.comparingInt(endpoint -> distance(asked, endpoint)))
        .limit(how)
        .collect(Collectors.toList());
  }

  // Edit distance, to rank served endpoints by how close they are to a mistyped request.
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static void write(HttpExchange exchange, Answer answer, boolean truncate) throws IOException {
    byte[] body = answer.body.getBytes(StandardCharsets.UTF_8);
    answer.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (body.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    }
    exchange.sendResponseHeaders(answer.status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, truncate ? body.length / 2 : body.length);
      out.flush();
      if (!truncate) {
        out.close();
      }
    }
  }

  private static void pause(Duration latency) {
    try {
      Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @FunctionalInterface
  private interface Endpoint {
    Answer answer(Request request, Matcher path, FakeTenant tenant);
  }

  private record Route(String endpoint, EndpointPattern pattern, Endpoint handler) {}

  private record InjectedFault(
      EndpointPattern pattern, Fault fault, AtomicInteger remaining, int nth, AtomicInteger seen) {
    boolean take() {
      if (nth > 1 && seen.incrementAndGet() % nth != 0) {
        return false;
      }
      return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    boolean exhausted() {
      return remaining.get() <= 0;
    }
  }

  /** {@code METHOD /path/{param}/...} or {@code *}, matched against a request. */
  private record EndpointPattern(String method, Pattern path) {

    static EndpointPattern parse(String endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      if (endpoint.equals("*")) {
        return new EndpointPattern("*", Pattern.compile(".*"));
      }
      String[] parts = endpoint.strip().split("\\s+", 2);
      if (parts.length != 2 || !parts[1].startsWith("/")) {
        throw new IllegalArgumentException(
            "endpoint must be * or a method and a path such as \"GET /api/v3/orgs/{orgGuid}\", was \"" + endpoint + "\"");
      }
      StringBuilder regex = new StringBuilder();
      for (String segment : parts[1].split("/", -1)) {
        if (regex.length() > 0 || !segment.isEmpty()) {
          regex.append('/');
        }
        boolean wildcard = segment.equals("*") || segment.startsWith("{") && segment.endsWith("}");
        regex.append(wildcard ? "([^/]+)" : Pattern.quote(segment));
      }
      return new EndpointPattern(parts[0].toUpperCase(Locale.ROOT), Pattern.compile(regex.toString()));
    }

    Matcher match(String requestMethod, String requestPath) {
      if (!method.equals("*") && !method.equals(requestMethod)) {
        return null;
      }
      Matcher matcher = path.matcher(requestPath);
      return matcher.matches() ? matcher : null;
    }

    boolean matches(String requestMethod, String requestPath) {
      return match(requestMethod, requestPath) != null;
    }

    boolean matchesPath(String requestPath) {
      return path.matcher(requestPath).matches();
    }
  }

  private record Answer(int status, String body, Map<String, String> headers) {
    static Answer json(int status, Object body) {
      try {
        return new Answer(status, JSON.writeValueAsString(body), Map.of());
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }

    // v1 endpoints wrap their payload; metadata carries the time, as the console's does.
    static Answer enveloped(Object data) {
      Map<String, Object> envelope = new LinkedHashMap<>();
      envelope.put("metadata", Map.of("timestamp", Instant.now().toString()));
      envelope.put("data", data);
      return json(200, envelope);
    }

    static Answer empty(int status) {
      return new Answer(status, "", Map.of());
    }
  }

  private record Request(
      String method, String path, String query, Map<String, String> params, Map<String, String> headers, String body) {

    static Request read(HttpExchange exchange) throws IOException {
      URI uri = exchange.getRequestURI();
      String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : query.split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          params.putIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
      }
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) ->
          headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return new Request(exchange.getRequestMethod(), uri.getRawPath(), query, params, headers, body);
    }

    // A malformed escape is the client's mistake: keep the text as it came.
    private static String decode(String text) {
      try {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return text;
      }
    }

    String header(String name) {
      return headers.get(name);
    }

    String param(String name) {
      return params.get(name);
    }

    String requiredParam(String name) {
      String value = params.get(name);
      if (value == null || value.isBlank()) {
        throw ConsoleRefusal.badRequest(name + " is required");
      }
      return value;
    }

    int positiveIntParam(String name, int orElse) {
      String value = params.get(name);
      if (value == null) {
        return orElse;
      }
      int number;
      try {
        number = Integer.parseInt(value);
      } catch (NumberFormatException notANumber) {
        throw ConsoleRefusal.badRequest(name + " must be a number");
      }
      if (number < 1) {
        throw ConsoleRefusal.badRequest(name + " must be at least 1");
      }
      return number;
    }

    JsonNode jsonObject() {
      JsonNode node;
      try {
        node = JSON.readTree(body);
      } catch (JsonProcessingException malformed) {
        throw ConsoleRefusal.badRequest("the body is not valid JSON");
      }
      if (node == null || !node.isObject()) {
        throw ConsoleRefusal.badRequest("the body must be a JSON object");
      }
      return node;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> jsonMap() {
      try {
        return JSON.treeToValue(jsonObject(), LinkedHashMap.class);
      } catch (JsonProcessingException impossible) {
        throw ConsoleRefusal.badRequest("the body is not a JSON object");
      }
    }

    RecordedRequest record(int status) {
      Map<String, String> masked = new LinkedHashMap<>(headers);
      masked.computeIfPresent("authorization", (name, value) -> value.replaceAll("^(\\S+)\\s.*$", "$1 ****"));
      masked.computeIfPresent("totp-auth", (name, value) -> "****");
      return new RecordedRequest(method, path, query, Map.copyOf(masked), body, status);
    }
  }
}
