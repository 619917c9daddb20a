package dev.crashplan4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer of the fake console: status, headers and body, as written on the wire. Routes
 * answer with it, and tests script answers with it ({@link FakeCrashPlanServer#enqueue}).
 *
 * <pre>{@code
 * server.enqueue("GET /api/v1/Org", ConsoleAnswer.enveloped(Map.of("totalCount", 0, "orgs", List.of())));
 * server.enqueue("GET /api/v3/orgs/{orgGuid}", ConsoleAnswer.of(200, "{\"orgId\": 5}"));
 * }</pre>
 *
 * @param status the HTTP status
 * @param headers extra response headers ({@code Content-Type} is set for any body)
 * @param body the body, {@code ""} for none
 */
public record ConsoleAnswer(int status, Map<String, String> headers, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checks the status and copies the headers. */
  public ConsoleAnswer {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status, was " + status);
    }
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** Answers {@code status} with {@code body} as it is. */
  public static ConsoleAnswer of(int status, String body) {
    return new ConsoleAnswer(status, Map.of(), body);
  }

  /** Answers {@code status} with {@code body} written as JSON (maps, lists, strings, numbers...). */
  public static ConsoleAnswer json(int status, Object body) {
    try {
      return new ConsoleAnswer(status, Map.of(), JSON.writeValueAsString(body));
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException("the body cannot be written as JSON: " + notJson.getMessage(), notJson);
    }
  }

  /** Answers 200 with {@code data} in the {@code v1} envelope, whose metadata carries the time as the console's does. */
  public static ConsoleAnswer enveloped(Object data) {
    return enveloped(Instant.now(), data);
  }

  // The console's routes date the envelope by the tenant's clock, as they date everything else.
  static ConsoleAnswer enveloped(Instant at, Object data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("metadata", Map.of("timestamp", at.toString()));
    envelope.put("data", data);
    return json(200, envelope);
  }

  /** Answers {@code status} with no body, as the console's {@code v3} org actions do (204). */
  public static ConsoleAnswer empty(int status) {
    return new ConsoleAnswer(status, Map.of(), "");
  }

  /** The headers as written on the wire: these, with the JSON content type of any body. */
  Map<String, String> headersAsSent() {
    if (body.isEmpty()) {
      return headers;
    }
    Map<String, String> sent = new LinkedHashMap<>(headers);
    sent.put("Content-Type", "application/json;charset=UTF-8");
    return sent;
  }

  /** Returns this answer with one more header. */
  public ConsoleAnswer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new ConsoleAnswer(status, more, body);
  }
}
