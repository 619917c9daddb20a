package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CreateOrgRequest;
import dev.crashplan4j.core.port.UserTokenRequest;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.ApiRequest;
import dev.crashplan4j.core.port.ApiResponse;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.OkHttpClient;

/**
 * The {@link CrashPlanTransport} over OkHttp, its endpoints described by the Feign-annotated
 * {@link ConsoleApi} and compiled once ({@link ConsoleCalls}): one OkHttp connection pool,
 * every answer read by Jackson and mapped by MapStruct.
 */
public final class FeignTransport implements CrashPlanTransport {

  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final String baseUrl;
  private final String userAgent;
  // A client the caller gave stays theirs: closing the transport leaves its pool and threads alone.
  private final boolean ownsClient;
  private final ConsoleApi api;
  private final DtoMapper mapper = DtoMapper.INSTANCE;

  /** Builds the transport for the console at {@code config.baseUrl()}. */
  public FeignTransport(TransportConfig config) {
    this(config, SdkHttpClient.of(config), true);
  }

  /**
   * Builds the transport on {@code base}, a client the caller configured (pool, dispatcher,
   * TLS, DNS, proxy, timeouts stay as set there): the transport adds its request log and its
   * request-progress interceptor, and turns off redirects and silent retries.
   */
  public FeignTransport(TransportConfig config, OkHttpClient base) {
    this(config, base, false);
  }

  private FeignTransport(TransportConfig config, OkHttpClient base, boolean ownsClient) {
    this.ownsClient = ownsClient;
    this.http = base.newBuilder()
        .followRedirects(false)
        // OkHttp would silently resend any request, a create included, after a dropped
        // connection; whether that is safe is the caller's decision, not the socket's.
        .retryOnConnectionFailure(false)
        .addInterceptor(new RequestLog())
        .addNetworkInterceptor(new RequestProgress())
        .build();
    ObjectMapper json = mapper();
    this.baseUrl = baseUrl(config);
    this.userAgent = config.userAgent();
    // Retries are the services' decision, made with knowledge of what is safe to resend, and
    // redirects are not followed (above): ConsoleCalls sends each request once, as it is.
    this.api = ConsoleCalls.of(http, baseUrl, json, userAgent);
  }

  /** The transport's JSON: bodies written and answers read, the first answers by {@link AnswerReaders}. */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        // The org document goes back as it came: 0.80 stays 0.80, not 0.8 or 8.0E-1.
        .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
        .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
        .registerModule(AnswerReaders.module());
  }

  @Override
  public BearerToken requestApiClientToken(ApiClientTokenRequest request) {
    String clientId = request.clientId();
    Supplier<String> operation = () -> "requestApiClientToken for API client " + clientId;
    TokenDtos.OAuthToken answer = call(operation, () -> api.apiClientToken(basic(clientId + ":" + request.secret())));
    if (answer.accessToken == null || answer.accessToken.isBlank()) {
      throw new UnexpectedResponseException(operation.get(), 200, "an access_token", AnswerBody.of(answer.shown), null);
    }
    return answer.expiresIn == null
        ? BearerToken.of(answer.accessToken)
        : BearerToken.of(answer.accessToken, Duration.ofSeconds(answer.expiresIn));
  }

  @Override
  public BearerToken requestUserToken(UserTokenRequest request) {
    String username = request.username();
    Supplier<String> operation = () -> "requestUserToken for local account " + username;
    TokenDtos.UserToken answer = call(operation,
        () -> api.userToken(basic(username + ":" + request.password()), request.totpCode().orElse(null)));
    if (answer.token == null || answer.token.isBlank()) {
      throw new UnexpectedResponseException(operation.get(), 200, "a v3_user_token", AnswerBody.of(answer.shown), null);
    }
    return BearerToken.of(answer.token);
  }

  @Override
  public LoginType loginType(String username) {
    TokenDtos.LoginConfiguration answer =
        call(() -> "loginType for " + username, () -> api.loginConfiguration(username));
    return LoginType.fromWire(answer.loginType);
  }

  @Override
  public OrgPage listOrgs(BearerToken token, int pageNum, int pageSize, QueryParameters extra) {
    Supplier<String> operation = () -> "listOrgs page " + pageNum + " of size " + pageSize;
    OrgListDto answer = call(operation, () -> api.listOrgs(token.value(), pageNum, pageSize, extra.parameters()));
    return read(operation, () -> mapper.toPage(answer, pageNum, pageSize));
  }

  @Override
  public Org getOrg(BearerToken token, OrgRef org, QueryParameters extra) {
    Supplier<String> operation = () -> "getOrg " + org;
    OrgDto answer = call(operation, () -> api.getOrg(token.value(), org.guid().value(), extra.parameters()));
    return read(operation, () -> mapper.toOrg(answer));
  }

  @Override
  public Org getCurrentOrg(BearerToken token, QueryParameters extra) {
    OrgDto answer = call(() -> "getCurrentOrg", () -> api.currentOrg(token.value(), extra.parameters()));
    return read(() -> "getCurrentOrg", () -> mapper.toOrg(answer));
  }

  @Override
  public Org createOrg(BearerToken token, CreateOrgRequest request) {
    Supplier<String> operation = () -> "createOrg " + request.newOrg().name();
    OrgDto answer = call(operation, () -> api.createOrg(token.value(), OrgWriteDtos.Create.of(request)));
    return read(operation, () -> mapper.toOrg(answer));
  }

  @Override
  public Org updateOrg(BearerToken token, OrgRef org, OrgUpdate update) {
    Supplier<String> operation = () -> "updateOrg " + org;
    OrgDto answer = call(operation, () -> api.updateOrg(token.value(), org.guid().value(), OrgWriteDtos.Update.of(update)));
    return read(operation, () -> mapper.toOrg(identified(answer, org)));
  }

  @Override
  public void blockOrg(BearerToken token, OrgRef org) {
    call(() -> "blockOrg " + org, () -> api.blockOrg(token.value(), org.guid().value()));
  }

  @Override
  public void unblockOrg(BearerToken token, OrgRef org) {
    call(() -> "unblockOrg " + org, () -> api.unblockOrg(token.value(), org.guid().value()));
  }

  @Override
  public void deactivateOrg(BearerToken token, OrgRef org) {
    call(() -> "deactivateOrg " + org, () -> api.deactivateOrg(token.value(), org.guid().value()));
  }

  @Override
  public void reactivateOrg(BearerToken token, OrgRef org) {
    call(() -> "activateOrg " + org, () -> api.activateOrg(token.value(), org.guid().value()));
  }

  @Override
  public List<AgentState> agentStates(BearerToken token, OrgRef org, String propertyName) {
    Supplier<String> operation = () -> "agentStates " + propertyName + " of " + org;
    List<AgentStateDto> answer = call(operation, () -> api.agentStates(token.value(), org.id().value(), propertyName));
    return read(operation, () -> mapper.toAgentStates(answer));
  }

  @Override
  public Map<String, Object> getOrgDocument(BearerToken token, OrgRef org) {
    return call(() -> "getOrgDocument " + org, () -> api.orgDocument(token.value(), org.id().value()));
  }

  @Override
  public Org putOrgDocument(BearerToken token, OrgRef org, Map<String, Object> document) {
    Supplier<String> operation = () -> "putOrgDocument " + org;
    OrgDto answer = call(operation, () -> api.putOrgDocument(token.value(), org.id().value(), document));
    return read(operation, () -> mapper.toOrg(identified(answer, org)));
  }

  @Override
  public Map<String, TSetting> getTSettings(BearerToken token, OrgRef org) {
    Supplier<String> operation = () -> "getTSettings " + org;
    Map<String, TSettingDto> answer = call(operation, () -> api.tSettings(token.value(), org.id().value()));
    return read(operation, () -> {
      Map<String, TSetting> settings = new LinkedHashMap<>();
      answer.forEach((key, setting) -> settings.put(key, new TSetting(key, setting.value, setting.locked)));
      return settings;
    });
  }

  @Override
  public void putTSettings(BearerToken token, OrgRef org, List<TSettingPacket> packets) {
    call(() -> "putTSettings " + org, () -> api.putTSettings(token.value(), org.id().value(), new TSettingDto.Packets(packets)));
  }

  @Override
  public ApiResponse send(BearerToken token, ApiRequest request) {
    String operation = request.toString();
    HttpUrl.Builder url = Objects.requireNonNull(HttpUrl.parse(baseUrl + request.path()), "the console's URL").newBuilder();
    request.query().parameters().forEach(url::addQueryParameter);
    RequestBody body = request.jsonBody().map(json -> RequestBody.create(json.text(), JSON_TYPE)).orElse(null);
    if (body == null && request.method().takesABody()) {
      body = RequestBody.create(new byte[0], JSON_TYPE);
    }
    okhttp3.Request call = new okhttp3.Request.Builder().url(url.build()).method(request.method().name(), body)
        .header("Authorization", "Bearer " + token.value())
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .build();
    return call(() -> operation, () -> {
      try (Response answer = ConsoleCalls.exchange(http, call, operation)) {
        try {
          return new ApiResponse(answer.code(), answer.headers().toMultimap(), answer.body() == null ? "" : answer.body().string());
        } catch (IOException cutShort) {
          throw ConsoleCalls.cutShortReading(answer.code(), cutShort, call);
        }
      }
    });
  }

  @Override
  public void close() {
    if (ownsClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  // Documents from older consoles carry no guid (or uid) in the answer to a PUT: the org is
  // the one the request named, so the ids the client already knows stand in for the missing.
  private static OrgDto identified(OrgDto answer, OrgRef org) {
    if (answer.orgId == null) {
      answer.orgId = org.id().value();
    }
    if (answer.orgUid == null) {
      answer.orgUid = org.uid().value();
    }
    if (answer.orgGuid == null) {
      answer.orgGuid = org.guid().value();
    }
    return answer;
  }

  // Turns an answer that parsed as JSON into the SDK's values; what cannot be (a required field
  // missing, a date or id out of shape) is the answer's fault, and said so. Nothing else is
  // caught here: a bug must surface as itself.
  private static <T> T read(Supplier<String> operation, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (IllegalStateException | IllegalArgumentException | DateTimeException unreadable) {
      throw UnexpectedResponseException.unreadable(operation.get(), 200, unreadable.getMessage(), unreadable);
    }
  }

  // The one place where Feign's failures become the SDK's. The label is built only for a
  // failure: a string per call that succeeds was a measurable share of a call's CPU.
  private static <T> T call(Supplier<String> operation, Supplier<T> request) {
    RequestProgress.starting();
    try {
      return request.get();
    } catch (FeignException failed) {
      if (failed.status() >= 300) {
        throw CrashPlanException.forStatus(operation.get(), failed.status(), AnswerBody.of(RequestLog.forMessage(failed.contentUTF8())),
            header(failed, "Retry-After"));
      }
      if (failed instanceof DecodeException && failed.getCause() instanceof ConsoleDecoder.UnreadableBody unreadable) {
        throw new UnexpectedResponseException(
            operation.get(), unreadable.status, unreadable.expected, unreadable.body, unreadable.getCause());
      }
      if (failed instanceof RetryableException) {
        Throwable cause = failed.getCause() == null ? failed : failed.getCause();
        if (cause instanceof ProxyCredentials.Refusal refused) {
          throw proxyRefused(operation.get(), refused);
        }
        throw new TransportFailureException(operation.get(), cause, RequestProgress.requestStarted());
      }
      throw new TransportFailureException(operation.get(), failed);
    }
  }

  // A proxy's 407 is its answer, as the console's 403 is: the same on the CONNECT of an https
  // console as on an http console's request, and not worth sending again.
  private static CrashPlanException proxyRefused(String operation, ProxyCredentials.Refusal refused) {
    return new CrashPlanException(operation, 407, AnswerBody.none(), refused.getMessage(), refused);
  }

  private static String header(FeignException failed, String name) {
    return failed.responseHeaders().entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst()
        .orElse(null);
  }

  private static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static String baseUrl(TransportConfig config) {
    String url = config.baseUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
