package dev.crashplan4j.api.resilience;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A forward HTTP proxy on loopback that wants HTTP Basic credentials: 407 without them, the
 * request passed on to where its absolute URI points with them. Just enough of a proxy to prove
 * a client authenticates to one.
 */
final class AuthenticatingProxy implements AutoCloseable {

  private static final Set<String> NOT_PASSED_ON =
      Set.of("connection", "content-length", "host", "expect", "upgrade", "proxy-authorization", "proxy-connection");

  private final HttpServer server;
  private final HttpClient onward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String expected;
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger passedOn = new AtomicInteger();

  AuthenticatingProxy(String user, String password) throws IOException {
    this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  int refused() {
    return refused.get();
  }

  int passedOn() {
    return passedOn.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
        refused.incrementAndGet();
        exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"test proxy\"");
        exchange.sendResponseHeaders(407, -1);
        return;
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
          .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!NOT_PASSED_ON.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(value -> request.header(name, value));
        }
      });
      HttpResponse<byte[]> answer;
      try {
        answer = onward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException(interrupted);
      }
      passedOn.incrementAndGet();
      answer.headers().map().forEach((name, values) -> {
        if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
            && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
      if (answer.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
