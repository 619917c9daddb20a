package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.domain.QueryParameters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request to any console endpoint the SDK does not model (users, devices, legal holds...):
 * a method, a path under the console's address, query parameters, and a JSON body for the
 * methods that send one.
 *
 * <pre>{@code
 * ApiRequest.get("/api/v1/User", QueryParameters.of("orgUid", uid))
 * ApiRequest.post("/api/v1/LegalHold", "{\"name\": \"Case 42\"}")
 * }</pre>
 */
public final class ApiRequest {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> WITHOUT_BODY = Set.of("GET", "DELETE");

  private final String method;
  private final String path;
  private final QueryParameters query;
  private final String jsonBody;

  private ApiRequest(String method, String path, QueryParameters query, String jsonBody) {
    this.method = method;
    this.path = path;
    this.query = Objects.requireNonNull(query, "query");
    this.jsonBody = jsonBody;
  }

  /** A request of {@code method} to {@code path} (starting with {@code /}) without a body. */
  public static ApiRequest of(String method, String path, QueryParameters query) {
    return checked(method, path, query, null);
  }

  /**
   * A request of {@code method} ({@code POST}, {@code PUT} or {@code PATCH}) to {@code path}
   * (starting with {@code /}) with a JSON body; a {@code GET} or {@code DELETE} with a body is
   * refused here, before anything is sent.
   */
  public static ApiRequest of(String method, String path, QueryParameters query, String jsonBody) {
    return checked(method, path, query, Objects.requireNonNull(jsonBody, "jsonBody"));
  }

  private static ApiRequest checked(String method, String path, QueryParameters query, String jsonBody) {
    String upper = Checks.notBlank(method, "method").toUpperCase(Locale.ROOT);
    if (!METHODS.contains(upper)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ", was " + method);
    }
    if (!Checks.notBlank(path, "path").startsWith("/") || path.contains("?") || path.contains("#")) {
      throw new IllegalArgumentException(
          "path must start with / and hold no query (give QueryParameters), such as /api/v1/User; was " + path);
    }
    // OkHttp would refuse it too, but only once the client had signed in, and with no word
    // of which request it was.
    if (jsonBody != null && WITHOUT_BODY.contains(upper)) {
      throw new IllegalArgumentException(upper + " " + path + " must not have a body: " + upper
          + " requests are sent without one (give its parameters as QueryParameters)");
    }
    return new ApiRequest(upper, path, query, jsonBody);
  }

  /** {@code GET path}. */
  public static ApiRequest get(String path) {
    return of("GET", path, QueryParameters.none());
  }

  /** {@code GET path?query}. */
  public static ApiRequest get(String path, QueryParameters query) {
    return of("GET", path, query);
  }

  /** {@code POST path} with a JSON body. */
  public static ApiRequest post(String path, String json) {
    return of("POST", path, QueryParameters.none(), json);
  }

  /** {@code PUT path} with a JSON body. */
  public static ApiRequest put(String path, String json) {
    return of("PUT", path, QueryParameters.none(), json);
  }

  /** {@code DELETE path}. */
  public static ApiRequest delete(String path) {
    return of("DELETE", path, QueryParameters.none());
  }

  /** The HTTP method, upper case. */
  public String method() {
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
  public Optional<String> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /** Reads as {@code GET /api/v1/User}: the label failures carry. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
