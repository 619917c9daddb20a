package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.QueryParameters;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to any console endpoint the SDK does not model (users, devices, legal holds...):
 * a method, a path under the console's address, query parameters, and a JSON body for the
 * methods that send one.
 *
 * <pre>{@code
 * ApiRequest.get("/api/v1/User", QueryParameters.of("orgUid", uid))
 * ApiRequest.post("/api/v1/LegalHold", JsonBody.of("{\"name\": \"Case 42\"}"))
 * ApiRequest.of(ApiRequest.Method.PATCH, "/api/v1/LegalHold/7", QueryParameters.none(), JsonBody.of(patch))
 * }</pre>
 */
public final class ApiRequest {

  /** The HTTP methods a request can have. */
  public enum Method {
    /** A read; sent without a body. */
    GET,
    /** A create or an action; sent with a body or without. */
    POST,
    /** A whole replacement. */
    PUT,
    /** A partial change. */
    PATCH,
    /** A removal; sent without a body. */
    DELETE;

    /** Whether a request of this method can carry a body: POST, PUT and PATCH can, GET and DELETE not. */
    public boolean takesABody() {
      return this != GET && this != DELETE;
    }
  }

  private final Method method;
  private final String path;
  private final QueryParameters query;
  private final JsonBody jsonBody;

  private ApiRequest(Method method, String path, QueryParameters query, JsonBody jsonBody) {
    this.method = method;
    this.path = path;
    this.query = Objects.requireNonNull(query, "query");
    this.jsonBody = jsonBody;
  }

  /** A request of {@code method} to {@code path} (starting with {@code /}) without a body. */
  public static ApiRequest of(Method method, String path, QueryParameters query) {
    return checked(method, path, query, null);
  }

  /**
   * A request of {@code method} ({@code POST}, {@code PUT} or {@code PATCH}) to {@code path}
   * (starting with {@code /}) with a JSON body; a {@code GET} or {@code DELETE} with a body is
   * refused here, before anything is sent.
   */
  public static ApiRequest of(Method method, String path, QueryParameters query, JsonBody body) {
    return checked(method, path, query, Objects.requireNonNull(body, "body"));
  }

  private static ApiRequest checked(Method method, String path, QueryParameters query, JsonBody jsonBody) {
    Objects.requireNonNull(method, "method");
    if (!Checks.notBlank(path, "path").startsWith("/") || path.contains("?") || path.contains("#")) {
      // A query may carry a key (apiKey=...): it is left out, as the request log masks it.
      int cut = firstOf(path, '?', '#');
      throw new IllegalArgumentException("path must start with / and hold no query (give QueryParameters), such as"
          + " /api/v1/User; was " + (cut < 0 ? path : path.substring(0, cut) + path.charAt(cut) + "... (not shown)"));
    }
    // OkHttp would refuse it too, but only once the client had signed in, and with no word
    // of which request it was.
    if (jsonBody != null && !method.takesABody()) {
      throw new IllegalArgumentException(method + " " + path + " must not have a body: " + method
          + " requests are sent without one (give its parameters as QueryParameters)");
    }
    return new ApiRequest(method, path, query, jsonBody);
  }

  private static int firstOf(String text, char first, char second) {
    int one = text.indexOf(first);
    int other = text.indexOf(second);
    return one < 0 ? other : other < 0 ? one : Math.min(one, other);
  }

  /** {@code GET path}. */
  public static ApiRequest get(String path) {
    return of(Method.GET, path, QueryParameters.none());
  }

  /** {@code GET path?query}. */
  public static ApiRequest get(String path, QueryParameters query) {
    return of(Method.GET, path, query);
  }

  /** {@code POST path} with a JSON body. */
  public static ApiRequest post(String path, JsonBody body) {
    return of(Method.POST, path, QueryParameters.none(), body);
  }

  /** {@code PUT path} with a JSON body. */
  public static ApiRequest put(String path, JsonBody body) {
    return of(Method.PUT, path, QueryParameters.none(), body);
  }

  /** {@code DELETE path}. */
  public static ApiRequest delete(String path) {
    return of(Method.DELETE, path, QueryParameters.none());
  }

  /** The HTTP method. */
  public Method method() {
    return method;
  }

  /** The path, such as {@code /api/v1/User}. */
  public String path() {
    return path;
  }

  /** The query parameters, sent percent-encoded. */
  public QueryParameters query() {
    return query;
  }

  /** The JSON body, for the methods that send one. */
  public Optional<JsonBody> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiRequest that && method == that.method && path.equals(that.path)
        && query.equals(that.query) && Objects.equals(jsonBody, that.jsonBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, jsonBody);
  }

  /** Reads as {@code GET /api/v1/User}: the label failures carry. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
