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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake CrashPlan console on a loopback port: real HTTP, the real wire protocol (both
 * envelopes, both sign-in flows, bearer tokens, the console's error statuses), and the
 * console's rules kept in a {@link FakeTenant}. Any CrashPlan client can run against it.
 * Every request is recorded ({@link #requests()}), credentials masked.
 *
 * <pre>{@code
 * try (FakeCrashPlanServer server = FakeCrashPlanServer.start()) {
 *   server.addApiClient("key", "secret");
 *   server.tenant().addOrg("Sales");
 *   CrashPlanClient client = CrashPlanClient.builder()
 *       .baseUrl(server.baseUrl())
 *       .credentials(Credentials.apiClient("key", "secret"))
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class FakeCrashPlanServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeTenant tenant;
  private final HttpServer http;
  private final ExecutorService workers;
  private final List<Route> routes = new ArrayList<>();
  private final List<RecordedRequest> journal = new CopyOnWriteArrayList<>();
  private final Queue<Answer> scriptedFailures = new ConcurrentLinkedQueue<>();

  private FakeCrashPlanServer(FakeTenant tenant) throws IOException {
    this.tenant = tenant;
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.workers = Executors.newFixedThreadPool(16, runnable -> {
      Thread thread = new Thread(runnable, "fake-crashplan");
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
    return start(new FakeTenant());
  }

  /** Starts a server on an ephemeral loopback port that serves {@code tenant}. */
  public static FakeCrashPlanServer start(FakeTenant tenant) {
    try {
      return new FakeCrashPlanServer(tenant);
    } catch (IOException cannotBind) {
      throw new IllegalStateException("the fake CrashPlan server could not bind a loopback port", cannotBind);
    }
  }

  /** Starts a server whose tenant judges token expiry and two-factor codes by {@code clock}. */
  public static FakeCrashPlanServer start(Clock clock) {
    return start(new FakeTenant(clock));
  }

  /** The server's address, such as {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort();
  }

  /** The tenant this server serves: seed it, inspect it. */
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
   * Answers the next {@code times} requests, whatever they are, with {@code status} and
   * {@code body} instead of serving them; then the server serves as before.
   */
  public FakeCrashPlanServer failNext(int times, int status, String body) {
    for (int i = 0; i < times; i++) {
      scriptedFailures.add(new Answer(status, body));
    }
    return this;
  }

  /** Every request received so far, oldest first. */
  public List<RecordedRequest> requests() {
    return List.copyOf(journal);
  }

  /** How many requests were received so far. */
  public int requestCount() {
    return journal.size();
  }

  /** Forgets the recorded requests, so that a test can look at what its next step sends. */
  public void clearRequests() {
    journal.clear();
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- routes: the console's endpoints ----------------------------------------------------

  private void defineRoutes() {
    route("POST", "/api/v3/oauth/token", (request, match) -> {
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
    route("GET", "/api/v3/auth/jwt", (request, match) -> {
      String token = tenant.issueUserToken(request.header("authorization"), request.header("totp-auth"));
      return Answer.json(200, Map.of("data", Map.of("v3_user_token", token)));
    });
    route("GET", "/api/v3/LoginConfiguration", (request, match) ->
        Answer.json(200, Map.of("loginType", tenant.loginType(request.requiredParam("username")))));
    route("GET", "/api/v3/customer/my", (request, match) -> {
      tenant.authenticate(request.header("authorization"));
      return Answer.json(200, Map.of("tenantUid", tenant.tenantUid()));
    });
    route("GET", "/api/v1/Org", (request, match) -> {
      tenant.authenticate(request.header("authorization"));
      int pgNum = request.intParam("pgNum", 1);
      int pgSize = request.intParam("pgSize", 100);
      List<Object> orgs = new ArrayList<>();
      tenant.page(pgNum, pgSize).forEach(org -> orgs.add(wire(org)));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("totalCount", tenant.orgCount());
      data.put("orgs", orgs);
      return Answer.enveloped(data);
    });
    route("GET", "/api/v1/Org/my", (request, match) ->
        Answer.enveloped(wire(tenant.currentOrg(tenant.authenticate(request.header("authorization"))))));
    route("GET", "/api/v3/orgs/([^/]+)", (request, match) -> {
      tenant.authenticate(request.header("authorization"));
      return Answer.json(200, wire(tenant.orgByGuid(match.group(1))));
    });
    route("POST", "/api/v3/orgs", (request, match) -> {
      tenant.authenticate(request.header("authorization"));
      JsonNode body = request.jsonObject();
      return Answer.json(200, wire(tenant.createOrg(
          text(body, "orgName"), text(body, "orgExtRef"), text(body, "notes"), text(body, "parentOrgGuid"))));
    });
    route("PUT", "/api/v3/orgs/([^/]+)", (request, match) -> {
      tenant.authenticate(request.header("authorization"));
      Map<String, Object> fields = new LinkedHashMap<>();
      request.jsonObject().properties().forEach(field ->
          fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
      return Answer.json(200, wire(tenant.updateOrg(match.group(1), fields)));
    });
    route("POST", "/api/v3/orgs/([^/]+)/(block|unblock|deactivate|activate)", (request, match) -> {
      tenant.authenticate(request.header("authorization"));
      String guid = match.group(1);
      switch (match.group(2)) {
        case "block" -> tenant.block(guid);
        case "unblock" -> tenant.unblock(guid);
        case "deactivate" -> tenant.deactivate(guid);
        default -> tenant.reactivate(guid);
      }
      return Answer.empty(204);
    });
    route("GET", "/api/v38/agent-state/view-by-organization-id", (request, match) -> {
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

  private static Map<String, Object> wire(FakeOrg org) {
    return org.toWire();
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  // ---- plumbing ---------------------------------------------------------------------------

  private void route(String method, String pathPattern, Endpoint endpoint) {
    routes.add(new Route(method, Pattern.compile(pathPattern), endpoint));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request = Request.read(exchange);
      Answer answer;
      try {
        answer = dispatch(request);
      } catch (ConsoleRefusal refusal) {
        answer = new Answer(refusal.status, refusal.body);
      } catch (RuntimeException bug) {
        answer = new Answer(500, "[{\"name\":\"SYSTEM\",\"description\":\"fake server failure: "
            + String.valueOf(bug.getMessage()).replace("\"", "'") + "\"}]");
      }
      journal.add(request.record(answer.status));
      byte[] body = answer.body.getBytes(StandardCharsets.UTF_8);
      if (body.length > 0) {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
      }
      exchange.sendResponseHeaders(answer.status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private Answer dispatch(Request request) {
    Answer scripted = scriptedFailures.poll();
    if (scripted != null) {
      return scripted;
    }
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher match = route.path.matcher(request.path);
      if (match.matches()) {
        pathKnown = true;
        if (route.method.equals(request.method)) {
          return route.endpoint.answer(request, match);
        }
      }
    }
    return pathKnown
        ? new Answer(405, "")
        : new Answer(404, ConsoleRefusal.of(404, "NOT_FOUND", "No endpoint " + request.path).body);
  }

  @FunctionalInterface
  private interface Endpoint {
    Answer answer(Request request, Matcher match);
  }

  private record Route(String method, Pattern path, Endpoint endpoint) {}

  private record Answer(int status, String body) {
    static Answer json(int status, Object body) {
      try {
        return new Answer(status, JSON.writeValueAsString(body));
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
      return new Answer(status, "");
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
          String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          params.putIfAbsent(name, value);
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

    int intParam(String name, int orElse) {
      String value = params.get(name);
      if (value == null) {
        return orElse;
      }
      try {
        int number = Integer.parseInt(value);
        if (number < 1) {
          throw ConsoleRefusal.badRequest(name + " must be at least 1");
        }
        return number;
      } catch (NumberFormatException notANumber) {
        throw ConsoleRefusal.badRequest(name + " must be a number");
      }
    }

    JsonNode jsonObject() {
      try {
        JsonNode node = JSON.readTree(body);
        if (node == null || !node.isObject()) {
          throw ConsoleRefusal.badRequest("the body must be a JSON object");
        }
        return node;
      } catch (JsonProcessingException malformed) {
        throw ConsoleRefusal.badRequest("the body is not valid JSON");
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
