package dev.crashplan4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client that knows nothing of the SDK: the JDK's HTTP client, to prove the fake speaks the wire protocol. */
final class PlainHttp {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  PlainHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(String method, String pathAndQuery, String authorization, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  HttpResponse<String> get(String pathAndQuery, String authorization) {
    return send("GET", pathAndQuery, authorization, null);
  }

  /** Signs in as an API client and returns {@code Bearer <token>}. */
  String bearerFor(String clientId, String secret) {
    String body = send("POST", "/api/v3/oauth/token?grant_type=client_credentials", basic(clientId, secret), null).body();
    return "Bearer " + body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }
}
