package dev.crashplan4j.core.port;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The console's successful answer to an {@link ApiRequest}: its status, headers and body as text. */
public final class ApiResponse {

  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  /** An answer with {@code status}, {@code headers} (names in any case) and {@code body} ({@code ""} for none). */
  public ApiResponse(int status, Map<String, List<String>> headers, String body) {
    this.status = status;
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    this.headers = Map.copyOf(lower);
    this.body = body == null ? "" : body;
  }

  /** The HTTP status, 2xx. */
  public int status() {
    return status;
  }

  /** The headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of the header, whatever the case of {@code name}. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as text, {@code ""} when none. */
  public String body() {
    return body;
  }

  /** Reads as {@code 200 (1234 characters)}: never the body, which may hold anything. */
  @Override
  public String toString() {
    return status + " (" + body.length() + " characters)";
  }
}
