package dev.crashplan4j.testkit;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.JsonBody;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A {@link CrashPlanTransport} that calls a {@link FakeTenant} directly, with no HTTP: the
 * console's rules and refusals at the cost of a method call, for fast service-level tests.
 * It is also the smallest complete example of a custom transport: every port method, every
 * failure reported through {@link CrashPlanException#forStatus}.
 *
 * <pre>{@code
 * FakeTenant tenant = new FakeTenant();
 * tenant.addApiClient("key", "secret");
 * CrashPlanClient client = CrashPlanClient.builder()
 *     .baseUrl("http://in-memory.invalid")
 *     .credentials(Credentials.apiClient("key", "secret"))
 *     .transport(InMemoryTransport.provider(tenant))
 *     .build();
 * }</pre>
 */
public final class InMemoryTransport implements CrashPlanTransport {

  private final FakeTenant tenant;
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final ConsoleRoutes routes;

  /** Creates a transport over {@code tenant}. */
  public InMemoryTransport(FakeTenant tenant) {
    this.tenant = tenant;
    this.routes = new ConsoleRoutes(() -> tenant);
  }

  /** Returns a provider whose transports all serve {@code tenant}. */
  public static CrashPlanTransportProvider provider(FakeTenant tenant) {
    return new CrashPlanTransportProvider() {
      @Override
      public CrashPlanTransport create(TransportConfig config) {
        return new InMemoryTransport(tenant);
      }

      @Override
      public String name() {
        return "in-memory";
      }
    };
  }

  /** The port methods called so far, by name, oldest first: what a real transport would send. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public BearerToken requestApiClientToken(ApiClientTokenRequest request) {
    return call("requestApiClientToken for API client " + request.clientId(), () -> {
      TokenIssuer.TokenGrant grant = tenant.tokens().issueApiClientToken(request.clientId(), request.secret());
      return BearerToken.of(grant.token(), Duration.ofSeconds(grant.expiresInSeconds()));
    });
  }

  @Override
  public BearerToken requestUserToken(UserTokenRequest request) {
    return call("requestUserToken for local account " + request.username(),
        () -> BearerToken.of(tenant.issueUserToken(request.username(), request.password(),
            request.totpCode().orElse(null))));
  }

  @Override
  public LoginType loginType(String username) {
    return call("loginType for " + username, () -> LoginType.fromWire(tenant.loginType(username)));
  }

  @Override
  public OrgPage listOrgs(BearerToken token, int pageNum, int pageSize, QueryParameters extra) {
    return call("listOrgs page " + pageNum + " of size " + pageSize, () -> {
      authenticate(token);
      List<Org> orgs = tenant.page(pageNum, pageSize).stream().map(FakeOrg::toOrg).collect(Collectors.toList());
      return OrgPage.builder().orgs(orgs).totalCount(tenant.orgCount()).pageNum(pageNum).pageSize(pageSize)
          .answeredAt(tenant.consoleTime()).build();
    });
  }

  @Override
  public Org getOrg(BearerToken token, OrgRef org, QueryParameters extra) {
    return call("getOrg " + org, () -> {
      authenticate(token);
      return tenant.orgByGuid(org.guid().value()).toOrg();
    });
  }

  @Override
  public Org getCurrentOrg(BearerToken token, QueryParameters extra) {
    return call("getCurrentOrg", () -> tenant.currentOrg(authenticate(token)).toOrg());
  }

  @Override
  public Org createOrg(BearerToken token, CreateOrgRequest request) {
    NewOrg org = request.newOrg();
    return call("createOrg " + org.name(), () -> {
      authenticate(token);
      return tenant.createOrg(org.name(), org.externalReference().orElse(null), org.notes().orElse(null),
          request.parent().map(OrgGuid::value).orElse(null)).toOrg();
    });
  }

  @Override
  public Org updateOrg(BearerToken token, OrgRef org, OrgUpdate update) {
    return call("updateOrg " + org, () -> {
      authenticate(token);
      Map<String, Object> fields = new LinkedHashMap<>();
      update.name().ifPresent(name -> fields.put("orgName", name));
      update.externalReference().ifPresent(ref -> fields.put("orgExtRef", ref));
      update.notes().ifPresent(notes -> fields.put("notes", notes));
      return tenant.updateOrg(org.guid().value(), fields).toOrg();
    });
  }

  @Override
  public void blockOrg(BearerToken token, OrgRef org) {
    act("blockOrg " + org, token, () -> tenant.block(org.guid().value()));
  }

  @Override
  public void unblockOrg(BearerToken token, OrgRef org) {
    act("unblockOrg " + org, token, () -> tenant.unblock(org.guid().value()));
  }

  @Override
  public void deactivateOrg(BearerToken token, OrgRef org) {
    act("deactivateOrg " + org, token, () -> tenant.deactivate(org.guid().value()));
  }

  @Override
  public void reactivateOrg(BearerToken token, OrgRef org) {
    act("reactivateOrg " + org, token, () -> tenant.reactivate(org.guid().value()));
  }

  @Override
  public List<AgentState> agentStates(BearerToken token, OrgRef org, String propertyName) {
    return call("agentStates " + propertyName + " of " + org, () -> {
      authenticate(token);
      List<AgentState> states = new ArrayList<>();
      for (Map<String, Object> wire : tenant.agentStates(org.id().value(), propertyName)) {
        Map<String, Object> other = new LinkedHashMap<>(wire);
        states.add(AgentState.builder()
            .deviceGuid((String) other.remove("deviceGuid"))
            .propertyName((String) other.remove("propertyName"))
            .value((String) other.remove("value"))
            .otherFields(other)
            .build());
      }
      return states;
    });
  }

  @Override
  public Map<String, Object> getOrgDocument(BearerToken token, OrgRef org) {
    return call("getOrgDocument " + org, () -> {
      authenticate(token);
      return tenant.settingsDocument(org.id().value());
    });
  }

  @Override
  public Org putOrgDocument(BearerToken token, OrgRef org, Map<String, Object> document) {
    return call("putOrgDocument " + org, () -> {
      authenticate(token);
      tenant.putSettingsDocument(org.id().value(), document);
      return tenant.orgById(org.id().value()).toOrg();
    });
  }

  @Override
  public Map<String, TSetting> getTSettings(BearerToken token, OrgRef org) {
    return call("getTSettings " + org, () -> {
      authenticate(token);
      Map<String, TSetting> settings = new LinkedHashMap<>();
      tenant.tSettings(org.id().value()).forEach((key, setting) -> settings.put(key,
          new TSetting(key, String.valueOf(setting.get("value")), Boolean.TRUE.equals(setting.get("locked")))));
      return settings;
    });
  }

  @Override
  public void putTSettings(BearerToken token, OrgRef org, List<TSettingPacket> packets) {
    act("putTSettings " + org, token, () -> {
      List<Map<String, Object>> wire = new ArrayList<>();
      for (TSettingPacket packet : packets) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", packet.key());
        entry.put("value", packet.value());
        entry.put("locked", packet.locked());
        wire.add(entry);
      }
      tenant.putTSettings(org.id().value(), wire);
    });
  }

  /** Answers as the fake console's routes do over HTTP, a refusal raised as its typed exception. */
  @Override
  public ApiResponse send(BearerToken token, ApiRequest request) {
    String operation = request.toString();
    calls.add("send");
    StringBuilder query = new StringBuilder();
    request.query().parameters().forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
        .append(encode(name)).append('=').append(encode(value)));
    ConsoleRequest asked = new ConsoleRequest(request.method().name(), request.path(), query.toString(),
        request.query().parameters(), Map.of("authorization", "Bearer " + token.value()),
        request.jsonBody().map(JsonBody::text).orElse(""));
    ConsoleAnswer answer = routes.dispatch(asked).orElseGet(() ->
        ConsoleRefusal.of(404, "NOT_FOUND", "No resource at " + request.path()).answer());
    if (answer.status() >= 300) {
      throw CrashPlanException.forStatus(
          operation, answer.status(), AnswerBody.of(answer.body()), answer.headers().get("Retry-After"));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    answer.headersAsSent().forEach((name, value) -> headers.put(name, List.of(value)));
    return new ApiResponse(answer.status(), headers, answer.body());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  private TokenIssuer.Principal authenticate(BearerToken token) {
    return tenant.tokens().authenticate(token.value());
  }

  private void act(String operation, BearerToken token, Runnable action) {
    call(operation, () -> {
      authenticate(token);
      action.run();
      return null;
    });
  }

  private <T> T call(String operation, Supplier<T> request) {
    calls.add(operation.split(" ", 2)[0]);
    try {
      return request.get();
    } catch (ConsoleRefusal refusal) {
      throw CrashPlanException.forStatus(operation, refusal.status, AnswerBody.of(refusal.body));
    }
  }
}
