package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.FeignException;
import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.codec.DecodeException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@link ConsoleApi} as the transport calls it: each method compiled once into its
 * {@link Endpoint}, its request sent with OkHttp and its answer read by {@link ConsoleDecoder}.
 * The annotations are read by {@link Endpoint} as Feign's {@code DefaultContract} reads them,
 * so the interface stays the one description of each endpoint; neither Feign's contract, which
 * with the template classes it loads was most of a cold start's cost of building the
 * transport, nor its method handlers, which expanded a request template on every call, run.
 *
 * <p>A call fails as Feign's method handler failed, with the same Feign exceptions, so that
 * the one place where they become the SDK's exceptions stays {@code FeignTransport.call}: a
 * request that could not be sent is a {@link RetryableException} with the {@code IOException}
 * as its cause, an answer of status 300 or more {@link FeignException#errorStatus}'s exception
 * with its body and headers, and an answer that could not be read a {@link DecodeException}.
 *
 * <p>The request is sent as it was built, on the client's own timeouts (Feign's OkHttp adapter
 * rebuilt the whole client for every request when Feign's options differed from them), and the
 * answer's headers are copied only for an error.
 */
final class ConsoleCalls implements InvocationHandler {

  private final OkHttpClient http;
  private final String baseUrl;
  private final ConsoleDecoder decoder;
  private final ObjectMapper json;
  private final String userAgent;
  // Each endpoint compiled on its first call: compiling all seventeen when the transport was
  // built was 39 of ~600 wall samples of a cold first call (README, "Performance").
  // ConsoleCallsTest compiles every one, so a form the compiler refuses fails the build, not a
  // user's call.
  private final Map<Method, Endpoint> endpoints = new ConcurrentHashMap<>();

  private ConsoleCalls(OkHttpClient http, String baseUrl, ObjectMapper json, String userAgent) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.decoder = new ConsoleDecoder(json);
    this.json = json;
    this.userAgent = userAgent;
  }

  /**
   * Returns {@code ConsoleApi} sending with {@code http} to the console at {@code baseUrl}
   * (given without a trailing slash), its bodies written and its answers read by {@code json}.
   */
  static ConsoleApi of(OkHttpClient http, String baseUrl, ObjectMapper json, String userAgent) {
    return (ConsoleApi) Proxy.newProxyInstance(ConsoleApi.class.getClassLoader(), new Class<?>[] {ConsoleApi.class},
        new ConsoleCalls(http, baseUrl, json, userAgent));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    Endpoint endpoint = endpoints.get(method);
    if (endpoint == null) {
      endpoint = endpoints.computeIfAbsent(method, compiled -> Endpoint.of(compiled, json, userAgent));
    }
    Request request = endpoint.request(baseUrl, args);
    try (Response answer = exchange(http, request, endpoint.configKey)) {
      return decode(endpoint, request, answer);
    }
  }

  /**
   * Sends {@code request} and returns its 2xx answer, or fails as a typed call fails: a
   * {@link RetryableException} when it could not be sent, {@link FeignException#errorStatus}'s
   * exception for another status. {@code client.http()}'s requests go through here too, so that
   * {@code FeignTransport.call} makes the SDK's exception of every failed request alike.
   */
  static Response exchange(OkHttpClient http, Request request, String configKey) {
    Response answer;
    try {
      answer = http.newCall(request).execute();
    } catch (IOException failed) {
      throw cutShort(failed, request);
    }
    if (answer.code() < 200 || answer.code() >= 300) {
      try (answer) {
        throw FeignException.errorStatus(configKey, forFeign(answer, request));
      }
    }
    return answer;
  }

  // A request that failed on the network before its answer's head came.
  private static RetryableException cutShort(IOException failed, Request request) {
    return new RetryableException(-1, failed.getMessage() + " executing " + request.method() + " " + request.url(),
        HttpMethod.valueOf(request.method()), failed, (Long) null, forFeign(request));
  }

  /** An answer of {@code status} whose body was cut short on the network while it was read. */
  static DecodeException cutShortReading(int status, IOException failed, Request request) {
    return new DecodeException(status, failed.getMessage() + " reading " + request.method() + " " + request.url(),
        forFeign(request), failed);
  }

  private Object decode(Endpoint endpoint, Request request, Response answer) {
    try {
      return decoder.decode(answer.code(), answer.body(), name -> first(answer.headers(name)), endpoint.returnType);
    } catch (FeignException failed) {
      throw failed;
    } catch (RuntimeException unreadable) {
      throw new DecodeException(answer.code(), unreadable.getMessage(), forFeign(request), unreadable);
    } catch (IOException failed) {
      throw cutShortReading(answer.code(), failed, request);
    }
  }

  private static String first(java.util.List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private Object objectMethod(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      case "toString" -> "ConsoleApi at " + baseUrl;
      default -> throw new UnsupportedOperationException(method.toString());
    };
  }

  // Feign's exceptions require its request; only the method and URL are kept, the credentials not.
  private static feign.Request forFeign(Request request) {
    return feign.Request.create(HttpMethod.valueOf(request.method()), request.url().toString(), Map.of(), null,
        StandardCharsets.UTF_8, null);
  }

  // As Feign's error handling read the body: what cannot be read is left out.
  private static feign.Response forFeign(Response answer, Request request) {
    byte[] body;
    try {
      body = answer.body().bytes();
    } catch (IOException cutShort) {
      body = new byte[0];
    }
    return feign.Response.builder()
        .status(answer.code())
        .reason(answer.message())
        .request(forFeign(request))
        .headers(headers(answer.headers()))
        .body(body)
        .build();
  }

  private static Map<String, Collection<String>> headers(Headers headers) {
    Map<String, Collection<String>> grouped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headers.size(); i++) {
      grouped.computeIfAbsent(headers.name(i), name -> new ArrayList<>(1)).add(headers.value(i));
    }
    return grouped;
  }
}
