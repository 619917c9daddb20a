package dev.crashplan4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the fake console received it, before anything was masked: what a
 * {@link Dispatcher} answers. (The journal keeps {@link RecordedRequest}s, credentials masked.)
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the raw path, such as {@code /api/v3/orgs/abc/block}
 * @param query the raw query string, {@code ""} when none
 * @param params the query parameters, decoded; the first value of each name
 * @param headers the headers, names in lower case, repeated values joined by commas
 * @param body the body as text, {@code ""} when none
 */
public record ConsoleRequest(
    String method, String path, String query, Map<String, String> params, Map<String, String> headers, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the maps. */
  public ConsoleRequest {
    params = Map.copyOf(params);
    headers = Map.copyOf(headers);
  }

  static ConsoleRequest read(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&", -1)) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        params.putIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new ConsoleRequest(exchange.getRequestMethod(), uri.getRawPath(), query, params, headers, body);
  }

  // A malformed escape is the client's mistake: keep the text as it came.
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  /** The header's value, null when absent; {@code name} in any case. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The query parameter's decoded value, null when absent. */
  public String param(String name) {
    return params.get(name);
  }

  /** Whether the query parameter is {@code true}, in any case, as the console's Java server reads booleans. */
  public boolean flag(String name) {
    return "true".equalsIgnoreCase(params.get(name));
  }

  String requiredParam(String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw ConsoleRefusal.badRequest(name + " is required");
    }
    return value;
  }

  int positiveIntParam(String name, int orElse) {
    String value = params.get(name);
    if (value == null) {
      return orElse;
    }
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      throw ConsoleRefusal.badRequest(name + " must be a number");
    }
    if (number < 1) {
      throw ConsoleRefusal.badRequest(name + " must be at least 1");
    }
    return number;
  }

  JsonNode jsonObject() {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException malformed) {
      throw ConsoleRefusal.badRequest("the body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw ConsoleRefusal.badRequest("the body must be a JSON object");
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> jsonMap() {
    try {
      return JSON.treeToValue(jsonObject(), LinkedHashMap.class);
    } catch (JsonProcessingException impossible) {
      throw ConsoleRefusal.badRequest("the body is not a JSON object");
    }
  }

  /** The request as the journal keeps it: credentials masked, with the status answered. */
  RecordedRequest record(int status) {
    Map<String, String> masked = new LinkedHashMap<>(headers);
    // The scheme stays readable (Basic, Bearer); whatever follows it, or a value without one, is hidden.
    masked.computeIfPresent("authorization", (name, value) -> {
      String trimmed = value.strip();
      int space = trimmed.indexOf(' ');
      return space < 0 ? "****" : trimmed.substring(0, space) + " ****";
    });
    masked.computeIfPresent("totp-auth", (name, value) -> "****");
    return new RecordedRequest(method, path, query, Map.copyOf(masked), body, status);
  }
}
