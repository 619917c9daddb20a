package dev.crashplan4j.transport.feign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.UnexpectedResponseException;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.transport.feign.internal.Envelope;
import dev.crashplan4j.transport.feign.internal.RequestLog;

/**
 * The body of an answer from an endpoint the SDK does not model, as a Jackson tree, for
 * applications that have the Feign transport (and so Jackson) on their class path; the
 * {@code v1} envelope is taken off by the rule the typed calls read answers by.
 *
 * <pre>{@code
 * JsonNode users = JsonBodies.data(client.http().get("/api/v1/User"));
 * List<String> usernames = new ArrayList<>();
 * users.get("users").forEach(user -> usernames.add(user.get("username").asText()));
 * }</pre>
 */
public final class JsonBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonBodies() {}

  /** The whole body as a tree. */
  public static JsonNode tree(ApiResponse response) {
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException notJson) {
      throw new UnexpectedResponseException("reading the answer as JSON", response.status(), "a JSON body",
          AnswerBody.of(RequestLog.forMessage(response.body())), notJson);
    }
  }

  /**
   * The payload: {@code data} of a {@code v1} envelope (an object whose keys are {@code data}
   * plus any of {@code metadata}, {@code error} and {@code warnings}, in any order), or the
   * whole body when it is not one: an object with a {@code data} field beside fields of its own
   * is a payload.
   */
  public static JsonNode data(ApiResponse response) {
    return Envelope.payload(tree(response));
  }
}
