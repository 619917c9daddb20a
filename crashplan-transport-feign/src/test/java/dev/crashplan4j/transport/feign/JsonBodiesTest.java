package dev.crashplan4j.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crashplan4j.core.port.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

  private static JsonNode data(String body) {
    return JsonBodies.data(new ApiResponse(200, Map.of(), body));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"data\":{\"totalCount\":2}}",
      "{\"metadata\":{\"timestamp\":\"t\"},\"data\":{\"totalCount\":2}}",
      "{\"data\":{\"totalCount\":2},\"error\":null,\"warnings\":null}",
      "{\"warnings\":[{\"name\":\"DEPRECATED\"}],\"error\":[{\"name\":\"PARTIAL\"}],\"data\":{\"totalCount\":2}}"})
  void theDataOfAnEnvelopeIsThePayload(String body) {
    assertThat(data(body).get("totalCount").asInt()).isEqualTo(2);
    assertThat(data(body).size()).isEqualTo(1);
  }

  @Test
  void anObjectWithADataFieldBesideItsOwnFieldsIsABarePayload() {
    JsonNode user = data("{\"userId\":7,\"data\":{\"x\":1},\"username\":\"ana\"}");

    assertThat(user.get("userId").asInt()).isEqualTo(7);
    assertThat(user.get("data").get("x").asInt()).isEqualTo(1);
  }

  @Test
  void anEnvelopeWithoutDataIsABarePayload() {
    JsonNode body = data("{\"metadata\":{},\"error\":null,\"warnings\":null}");

    assertThat(body.has("metadata")).isTrue();
    assertThat(body.size()).isEqualTo(3);
  }
}
