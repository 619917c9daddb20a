package dev.crashplan4j.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What a careful team would write without the SDK: the same HTTP exchanges by hand with OkHttp
 * and Jackson, the same connection pool settings, each answer parsed once, streaming, into plain
 * maps, and the dates the SDK reads ({@code creationDate}, {@code modificationDate},
 * {@code deactivationDate}) parsed too, so that neither side skips work the other does.
 */
final class Baseline implements AutoCloseable {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final List<String> DATES = List.of("creationDate", "modificationDate", "deactivationDate");
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], MediaType.get("application/json"));

  private final OkHttpClient http = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
      .connectTimeout(Duration.ofSeconds(10))
      .readTimeout(Duration.ofSeconds(60))
      .retryOnConnectionFailure(false)
      .build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private final String bearer;

  Baseline(String baseUrl, String clientId, String secret) {
    this.baseUrl = baseUrl;
    String basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Request token = new Request.Builder().url(baseUrl + "/api/v3/oauth/token?grant_type=client_credentials")
        .header("Authorization", basic).post(EMPTY).build();
    this.bearer = "Bearer " + read(token).get("access_token");
  }

  Map<String, Object> getOrg(String guid) {
    return withDates(read(get("/api/v3/orgs/" + guid)));
  }

  void block(String guid) {
    send(new Request.Builder().url(baseUrl + "/api/v3/orgs/" + guid + "/block").header("Authorization", bearer).post(EMPTY).build());
  }

  void unblock(String guid) {
    send(new Request.Builder().url(baseUrl + "/api/v3/orgs/" + guid + "/unblock").header("Authorization", bearer).post(EMPTY).build());
  }

  /** GET /api/v1/Org, its {@code data}: the total count and the page's orgs, dates parsed. */
  Map<String, Object> page(int pageNum, int pageSize) {
    Map<String, Object> data = data(read(get("/api/v1/Org?pgNum=" + pageNum + "&pgSize=" + pageSize)));
    orgs(data).forEach(Baseline::withDates);
    return data;
  }

  /** The paging loop by hand: page after page until a short one, each org handed on as a map. */
  void streamOrgs(int pageSize, Consumer<Map<String, Object>> each) {
    for (int pageNum = 1; ; pageNum++) {
      List<Map<String, Object>> orgs = orgs(data(read(get("/api/v1/Org?pgNum=" + pageNum + "&pgSize=" + pageSize))));
      for (Map<String, Object> org : orgs) {
        each.accept(withDates(org));
      }
      if (orgs.size() < pageSize) {
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> envelope) {
    return (Map<String, Object>) envelope.get("data");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> orgs(Map<String, Object> data) {
    return (List<Map<String, Object>>) data.get("orgs");
  }

  private static Map<String, Object> withDates(Map<String, Object> org) {
    for (String field : DATES) {
      if (org.get(field) instanceof String text) {
        org.put(field, OffsetDateTime.parse(text));
      }
    }
    return org;
  }

  private Request get(String pathAndQuery) {
    return new Request.Builder().url(baseUrl + pathAndQuery).header("Authorization", bearer).get().build();
  }

  private Map<String, Object> read(Request request) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(request.url() + " answered " + response.code());
      }
      return json.readValue(response.body().byteStream(), MAP);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private void send(Request request) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(request.url() + " answered " + response.code());
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
