package dev.crashplan4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The console's endpoints over the tenant's state: the fake's default {@link Dispatcher}. Each
 * route reads the wire (headers, query, JSON body), applies the console's rules through the
 * {@link FakeTenant}, and answers as the console does, refusals included.
 */
final class ConsoleRoutes implements Dispatcher {

  // The parts of an org document and the query flag that asks for each.
  private static final Map<String, List<String>> DOCUMENT_PARTS = orderedParts();

  private final Supplier<FakeTenant> tenant;
  private final List<Route> routes = new ArrayList<>();

  /** Routes over whichever tenant {@code tenant} gives at the time of each request (a reset replaces it). */
  ConsoleRoutes(Supplier<FakeTenant> currentTenant) {
    this.tenant = currentTenant;
    route("POST /api/v3/oauth/token", (request, path, tenant) -> {
      if (!"client_credentials".equals(request.param("grant_type"))) {
        throw new ConsoleRefusal(400, "{\"error\":\"unsupported_grant_type\"}");
      }
      String[] client = basic(request);
      TokenIssuer.TokenGrant grant = tenant.tokens().issueApiClientToken(client[0], client[1]);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("access_token", grant.token());
      body.put("token_type", "bearer");
      body.put("expires_in", grant.expiresInSeconds());
      return ConsoleAnswer.json(200, body);
    });
    route("GET /api/v3/auth/jwt", (request, path, tenant) -> {
      String[] user = basic(request);
      String token = tenant.issueUserToken(user[0], user[1], request.header("totp-auth"));
      return ConsoleAnswer.json(200, Map.of("data", Map.of("v3_user_token", token)));
    });
    route("GET /api/v3/LoginConfiguration", (request, path, tenant) ->
        ConsoleAnswer.json(200, Map.of("loginType", tenant.loginType(request.requiredParam("username")))));
    route("GET /api/v3/customer/my", (request, path, tenant) -> {
      signedIn(request, tenant);
      return ConsoleAnswer.json(200, Map.of("tenantUid", tenant.tenantUid()));
    });
    route("GET /api/v1/User/my", (request, path, tenant) ->
        ConsoleAnswer.enveloped(tenant.consoleTime(), tenant.currentUser(signedIn(request, tenant)).toWire()));
    route("GET /api/v1/User", (request, path, tenant) -> {
      signedIn(request, tenant);
      int pgNum = request.positiveIntParam("pgNum", 1);
      int pgSize = request.positiveIntParam("pgSize", 100);
      List<Map<String, Object>> users = tenant.users(request.param("orgUid"));
      int from = Math.min(users.size(), (pgNum - 1) * pgSize);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("totalCount", users.size());
      data.put("users", users.subList(from, Math.min(users.size(), from + pgSize)));
      return ConsoleAnswer.enveloped(tenant.consoleTime(), data);
    });
    route("GET /api/v1/Org", (request, path, tenant) -> {
      signedIn(request, tenant);
      int pgNum = request.positiveIntParam("pgNum", 1);
      int pgSize = request.positiveIntParam("pgSize", 100);
      List<Object> orgs = new ArrayList<>();
      tenant.page(pgNum, pgSize).forEach(org -> orgs.add(org.toWire()));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("totalCount", tenant.orgCount());
      data.put("orgs", orgs);
      return ConsoleAnswer.enveloped(tenant.consoleTime(), data);
    });
    route("GET /api/v1/Org/my", (request, path, tenant) ->
        ConsoleAnswer.enveloped(tenant.consoleTime(), tenant.currentOrg(signedIn(request, tenant)).toWire()));
    route("GET /api/v1/Org/{orgId}", (request, path, tenant) -> {
      signedIn(request, tenant);
      Map<String, Object> document = tenant.settingsDocument(orgId(path.group(1)));
      // As the console does: each part of the document comes only when asked for.
      DOCUMENT_PARTS.forEach((flag, parts) -> {
        if (!request.flag(flag)) {
          parts.forEach(document::remove);
        }
      });
      return ConsoleAnswer.enveloped(tenant.consoleTime(), document);
    });
    route("PUT /api/v1/Org/{orgId}", (request, path, tenant) -> {
      signedIn(request, tenant);
      return ConsoleAnswer.enveloped(tenant.consoleTime(), tenant.putSettingsDocument(orgId(path.group(1)), request.jsonMap()));
    });
    route("GET /api/v1/OrgSetting/{orgId}", (request, path, tenant) -> {
      signedIn(request, tenant);
      return ConsoleAnswer.enveloped(tenant.consoleTime(), tenant.tSettings(orgId(path.group(1))));
    });
    route("PUT /api/v1/OrgSetting/{orgId}", (request, path, tenant) -> {
      signedIn(request, tenant);
      long orgId = orgId(path.group(1));
      Object packets = request.jsonMap().get("packets");
      if (!(packets instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
        throw ConsoleRefusal.badRequest("the body must be {\"packets\": [{\"key\", \"value\", \"locked\"}, ...]}");
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> typed = (List<Map<String, Object>>) list;
      tenant.putTSettings(orgId, typed);
      return ConsoleAnswer.enveloped(tenant.consoleTime(), tenant.tSettings(orgId));
    });
    route("GET /api/v3/orgs/{orgGuid}", (request, path, tenant) -> {
      signedIn(request, tenant);
      FakeOrg org = tenant.orgByGuid(path.group(1));
      Map<String, Object> answer = org.toWire();
      // Older clients read settings through the v3 endpoint: the same parts, on the same flags.
      if (DOCUMENT_PARTS.keySet().stream().anyMatch(request::flag)) {
        Map<String, Object> document = tenant.settingsDocument(org.id);
        DOCUMENT_PARTS.forEach((flag, parts) -> {
          if (request.flag(flag)) {
            parts.forEach(part -> answer.put(part, document.get(part)));
          }
        });
      }
      return ConsoleAnswer.json(200, answer);
    });
    route("POST /api/v3/orgs", (request, path, tenant) -> {
      signedIn(request, tenant);
      JsonNode body = request.jsonObject();
      return ConsoleAnswer.json(200, tenant.createOrg(
          text(body, "orgName"), text(body, "orgExtRef"), text(body, "notes"), text(body, "parentOrgGuid")).toWire());
    });
    route("PUT /api/v3/orgs/{orgGuid}", (request, path, tenant) -> {
      signedIn(request, tenant);
      Map<String, Object> fields = new LinkedHashMap<>();
      request.jsonObject().properties().forEach(field ->
          fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
      return ConsoleAnswer.json(200, tenant.updateOrg(path.group(1), fields).toWire());
    });
    route("POST /api/v3/orgs/{orgGuid}/block", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.block(path.group(1))));
    route("POST /api/v3/orgs/{orgGuid}/unblock", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.unblock(path.group(1))));
    route("POST /api/v3/orgs/{orgGuid}/deactivate", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.deactivate(path.group(1))));
    route("POST /api/v3/orgs/{orgGuid}/activate", (request, path, tenant) -> orgAction(request, tenant, () -> tenant.reactivate(path.group(1))));
    route("GET /api/v38/agent-state/view-by-organization-id", (request, path, tenant) -> {
      signedIn(request, tenant);
      long orgId;
      try {
        orgId = Long.parseLong(request.requiredParam("orgId"));
      } catch (NumberFormatException notANumber) {
        throw ConsoleRefusal.badRequest("orgId must be a number");
      }
      return ConsoleAnswer.json(200, tenant.agentStates(orgId, request.requiredParam("propertyName")));
    });
  }

  /** Answers as the console's endpoint for the request; empty when the console has no such endpoint. */
  @Override
  public Optional<ConsoleAnswer> dispatch(ConsoleRequest request) {
    FakeTenant current = tenant.get();
    for (Route route : routes) {
      Matcher match = route.pattern.match(request.method(), request.path());
      if (match != null) {
        try {
          return Optional.of(route.handler.answer(request, match, current));
        } catch (ConsoleRefusal refusal) {
          return Optional.of(refusal.answer());
        }
      }
    }
    return Optional.empty();
  }

  /** The endpoints served, as {@code METHOD /path/{param}}. */
  List<String> endpoints() {
    return routes.stream().map(route -> route.pattern.text()).collect(Collectors.toList());
  }

  /** Whether the console has an endpoint for this method and path. */
  boolean serves(ConsoleRequest request) {
    return routes.stream().anyMatch(route -> route.pattern.matches(request));
  }

  /** Whether some endpoint has this path, whatever its method: a wrong method is a 405, not a 404. */
  boolean servesPath(String path) {
    return routes.stream().anyMatch(route -> route.pattern.matchesPath(path));
  }

  /** The {@code how} served endpoints closest to a mistyped request, closest first. */
  List<String> closestTo(RecordedRequest request, int how) {
    String asked = request.method() + " " + request.path();
    return endpoints().stream()
        .sorted(Comparator.comparingInt(endpoint -> distance(asked, endpoint)))
        .limit(how)
        .collect(Collectors.toList());
  }

  private static Map<String, List<String>> orderedParts() {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    parts.put("incSettings", List.of("settings", "settingsSummary"));
    parts.put("incDeviceDefaults", List.of("deviceDefaults"));
    parts.put("incInheritedOrgInfo", List.of("settingsInherited", "orgInheritDto"));
    return Collections.unmodifiableMap(parts);
  }

  private void route(String endpoint, Endpoint handler) {
    routes.add(new Route(EndpointPattern.parse(endpoint), handler));
  }

  private static TokenIssuer.Principal signedIn(ConsoleRequest request, FakeTenant tenant) {
    String authorization = request.header("authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw ConsoleRefusal.unauthorized();
    }
    return tenant.tokens().authenticate(authorization.substring("Bearer ".length()).strip());
  }

  /** The user and password of an HTTP Basic {@code Authorization} header; a 401 when there is none. */
  private static String[] basic(ConsoleRequest request) {
    String authorization = request.header("authorization");
    if (authorization == null || !authorization.startsWith("Basic ")) {
      throw ConsoleRefusal.unauthorized();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw ConsoleRefusal.unauthorized();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw ConsoleRefusal.unauthorized();
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static ConsoleAnswer orgAction(ConsoleRequest request, FakeTenant tenant, Runnable action) {
    signedIn(request, tenant);
    action.run();
    return ConsoleAnswer.empty(204);
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

  @FunctionalInterface
  private interface Endpoint {
    ConsoleAnswer answer(ConsoleRequest request, Matcher path, FakeTenant tenant);
  }

  private record Route(EndpointPattern pattern, Endpoint handler) {}
}
