package dev.crashplan4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
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
 * What a team would write without the SDK: the same HTTP exchanges by hand with OkHttp and
 * Jackson, the same connection pool settings, answers parsed into plain maps.
 */
final class Baseline implements AutoCloseable {

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
    this.bearer = "Bearer " + tree(token).get("access_token").asText();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> getOrg(String guid) {
    return json.convertValue(tree(get("/api/v3/orgs/" + guid)), Map.class);
  }

  void block(String guid) {
    send(new Request.Builder().url(baseUrl + "/api/v3/orgs/" + guid + "/block").header("Authorization", bearer).post(EMPTY).build());
  }

  void unblock(String guid) {
    send(new Request.Builder().url(baseUrl + "/api/v3/orgs/" + guid + "/unblock").header("Authorization", bearer).post(EMPTY).build());
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> page(int pageNum, int pageSize) {
    return json.convertValue(tree(get("/api/v1/Org?pgNum=" + pageNum + "&pgSize=" + pageSize)).get("data"), Map.class);
  }

  /** The paging loop by hand: page after page until a short one, each org handed on as a map. */
  @SuppressWarnings("unchecked")
  void streamOrgs(int pageSize, Consumer<Map<String, Object>> each) {
    for (int pageNum = 1; ; pageNum++) {
      JsonNode orgs = tree(get("/api/v1/Org?pgNum=" + pageNum + "&pgSize=" + pageSize)).get("data").get("orgs");
      for (JsonNode org : orgs) {
        each.accept(json.convertValue(org, Map.class));
      }
      if (orgs.size() < pageSize) {
        return;
      }
    }
  }

  private Request get(String pathAndQuery) {
    return new Request.Builder().url(baseUrl + pathAndQuery).header("Authorization", bearer).get().build();
  }

  private JsonNode tree(Request request) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(request.url() + " answered " + response.code());
      }
      return json.readTree(response.body().byteStream());
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
