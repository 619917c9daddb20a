package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.core.settings.TSetting;
import dev.crashplan4j.core.settings.TSettingPacket;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.DecodeException;
import feign.jackson.JacksonEncoder;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The {@link CrashPlanTransport} over Feign and OkHttp: one Feign target built once, one
 * OkHttp connection pool, every answer read by Jackson and mapped by MapStruct.
 */
public final class FeignTransport implements CrashPlanTransport {

  private final OkHttpClient http;
  private final ConsoleApi api;
  private final DtoMapper mapper = DtoMapper.INSTANCE;

  /** Builds the transport for the console at {@code config.baseUrl()}. */
  public FeignTransport(TransportConfig config) {
    OkHttpClient.Builder okHttp =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            .callTimeout(config.callTimeout())
            .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
            .followRedirects(false)
            // OkHttp would silently resend any request, a create included, after a dropped
            // connection; whether that is safe is the caller's decision, not the socket's.
            .retryOnConnectionFailure(false)
            .addInterceptor(new RequestLog());
    config.proxy().ifPresent(address -> okHttp.proxy(new Proxy(Proxy.Type.HTTP, address)));
    config.trustStore().ifPresent(trustStore -> trust(okHttp, trustStore));
    this.http = okHttp.build();
    ObjectMapper json =
        new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // The org document goes back as it came: 0.80 stays 0.80, not 0.8 or 8.0E-1.
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    String userAgent = config.userAgent();
    this.api =
        Feign.builder()
            .client(new feign.okhttp.OkHttpClient(http))
            .encoder(new JacksonEncoder(json))
            .decoder(new ConsoleDecoder(json))
            // Retries are the services' decision, made with knowledge of what is safe to resend.
            .retryer(Retryer.NEVER_RETRY)
            // Feign's default decoder turns a 503 or 429 with Retry-After into a RetryableException
            // without the response headers; the plain exception keeps them.
            .errorDecoder((methodKey, response) -> FeignException.errorStatus(methodKey, response))
            .logLevel(Logger.Level.NONE)
            .options(
                new Request.Options(
                    millis(config.connectTimeout()), TimeUnit.MILLISECONDS,
                    millis(config.readTimeout()), TimeUnit.MILLISECONDS,
                    false))
            .requestInterceptor(request -> request.header("User-Agent", userAgent))
            .target(ConsoleApi.class, baseUrl(config));
  }

  @Override
  public BearerToken requestApiClientToken(String clientId, String secret) {
    TokenDtos.OAuthToken answer =
        call("requestApiClientToken for API client " + clientId, () -> api.apiClientToken(basic(clientId, secret)));
    if (answer.accessToken == null || answer.accessToken.isBlank()) {
      throw new UnexpectedResponseException(
          "requestApiClientToken for API client " + clientId, 200, "an access_token", "", null);
    }
    return answer.expiresIn == null
        ? BearerToken.of(answer.accessToken)
        : BearerToken.of(answer.accessToken, Duration.ofSeconds(answer.expiresIn));
  }

  @Override
  public BearerToken requestUserToken(String username, String password) {
    return userToken(username, password, null);
  }

  @Override
  public BearerToken requestUserToken(String username, String password, String totpCode) {
    return userToken(username, password, Objects.requireNonNull(totpCode, "totpCode"));
  }

  private BearerToken userToken(String username, String password, String totpCode) {
    String operation = "requestUserToken for local account " + username;
    TokenDtos.UserToken answer = call(operation, () -> api.userToken(basic(username, password), totpCode));
    if (answer.token == null || answer.token.isBlank()) {
      throw new UnexpectedResponseException(operation, 200, "a v3_user_token", "", null);
    }
    return BearerToken.of(answer.token);
  }

  @Override
  public LoginType loginType(String username) {
    TokenDtos.LoginConfiguration answer =
        call("loginType for " + username, () -> api.loginConfiguration(username));
    return LoginType.fromWire(answer.loginType);
  }

  @Override
  public OrgPage listOrgs(BearerToken token, int pageNum, int pageSize, QueryParameters extra) {
    String operation = "listOrgs page " + pageNum + " of size " + pageSize;
    return call(operation, () -> mapper.toPage(
        api.listOrgs(token.value(), pageNum, pageSize, extra.parameters()), pageNum, pageSize));
  }

  @Override
  public Org getOrg(BearerToken token, OrgRef org, QueryParameters extra) {
    return call("getOrg " + org, () -> mapper.toOrg(api.getOrg(token.value(), org.guid().value(), extra.parameters())));
  }

  @Override
  public Org getCurrentOrg(BearerToken token, QueryParameters extra) {
    return call("getCurrentOrg", () -> mapper.toOrg(api.currentOrg(token.value(), extra.parameters())));
  }

  @Override
  public Org createOrg(BearerToken token, NewOrg org) {
    return create(token, org, null);
  }

  @Override
  public Org createOrg(BearerToken token, NewOrg org, OrgGuid parent) {
    return create(token, org, Objects.requireNonNull(parent, "parent"));
  }

  private Org create(BearerToken token, NewOrg org, OrgGuid parent) {
    return call("createOrg " + org.name(), () -> mapper.toOrg(api.createOrg(token.value(), OrgWriteDtos.Create.of(org, parent))));
  }

  @Override
  public Org updateOrg(BearerToken token, OrgRef org, OrgUpdate update) {
    return call(
        "updateOrg " + org,
        () -> mapper.toOrg(api.updateOrg(token.value(), org.guid().value(), OrgWriteDtos.Update.of(update))));
  }

  @Override
  public void blockOrg(BearerToken token, OrgRef org) {
    orgAction(token, org, "block");
  }

  @Override
  public void unblockOrg(BearerToken token, OrgRef org) {
    orgAction(token, org, "unblock");
  }

  @Override
  public void deactivateOrg(BearerToken token, OrgRef org) {
    orgAction(token, org, "deactivate");
  }

  @Override
  public void reactivateOrg(BearerToken token, OrgRef org) {
    orgAction(token, org, "activate");
  }

  @Override
  public List<AgentState> agentStates(BearerToken token, OrgRef org, String propertyName) {
    return call(
        "agentStates " + propertyName + " of " + org,
        () -> mapper.toAgentStates(api.agentStates(token.value(), org.id().value(), propertyName)));
  }

  @Override
  public Map<String, Object> getOrgDocument(BearerToken token, OrgRef org) {
    return call("getOrgDocument " + org, () -> api.orgDocument(token.value(), org.id().value()));
  }

  @Override
  public Org putOrgDocument(BearerToken token, OrgRef org, Map<String, Object> document) {
    return call("putOrgDocument " + org, () -> mapper.toOrg(api.putOrgDocument(token.value(), org.id().value(), document)));
  }

  @Override
  public Map<String, TSetting> getTSettings(BearerToken token, OrgRef org) {
    return call("getTSettings " + org, () -> {
      Map<String, TSetting> settings = new LinkedHashMap<>();
      api.tSettings(token.value(), org.id().value())
          .forEach((key, setting) -> settings.put(key, new TSetting(key, setting.value, setting.locked)));
      return settings;
    });
  }

  @Override
  public void putTSettings(BearerToken token, OrgRef org, List<TSettingPacket> packets) {
    call("putTSettings " + org, () -> {
      api.putTSettings(token.value(), org.id().value(), new TSettingDto.Packets(packets));
      return null;
    });
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private void orgAction(BearerToken token, OrgRef org, String action) {
    call(action + "Org " + org, () -> {
      api.orgAction(token.value(), org.guid().value(), action);
      return null;
    });
  }

  // The one place where Feign's failures become the SDK's.
  private static <T> T call(String operation, Supplier<T> request) {
    try {
      return request.get();
    } catch (FeignException failed) {
      if (failed.status() >= 300) {
        throw CrashPlanException.forStatus(operation, failed.status(), failed.contentUTF8(), header(failed, "Retry-After"));
      }
      if (failed instanceof DecodeException && failed.getCause() instanceof ConsoleDecoder.UnreadableBody unreadable) {
        throw new UnexpectedResponseException(
            operation, unreadable.status, unreadable.expected, unreadable.body, unreadable.getCause());
      }
      if (failed instanceof RetryableException) {
        Throwable cause = failed.getCause() == null ? failed : failed.getCause();
        throw new TransportFailureException(operation, cause, !neverConnected(cause));
      }
      throw new TransportFailureException(operation, failed);
    } catch (RuntimeException unmappable) {
      if (unmappable instanceof CrashPlanException known) {
        throw known;
      }
      // A required field missing or malformed in an otherwise readable answer.
      throw UnexpectedResponseException.unreadable(operation, 200, unmappable.getMessage(), unmappable);
    }
  }

  // Only these failures prove that the request never left: no connection was ever made.
  private static boolean neverConnected(Throwable cause) {
    return cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException
        || cause instanceof SocketTimeoutException timeout
            && String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
  }

  private static String header(FeignException failed, String name) {
    return failed.responseHeaders().entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst()
        .orElse(null);
  }

  private static void trust(OkHttpClient.Builder okHttp, KeyStore trustStore) {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trustStore);
      X509TrustManager trustManager = Arrays.stream(factory.getTrustManagers())
          .filter(X509TrustManager.class::isInstance)
          .map(X509TrustManager.class::cast)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the trust store yields no X.509 trust manager"));
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {trustManager}, null);
      okHttp.sslSocketFactory(tls.getSocketFactory(), trustManager);
    } catch (GeneralSecurityException unusable) {
      throw new IllegalArgumentException("the trust store cannot be used: " + unusable.getMessage(), unusable);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static long millis(Duration duration) {
    return duration.toMillis();
  }

  private static String baseUrl(TransportConfig config) {
    String url = config.baseUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
