package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.transport.feign.JsonBodies;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleDecoderTest {

  private static final String ORG = "{\"data\":{\"orgId\":42,\"orgName\":\"Sales\"}}";

  private final ConsoleDecoder decoder = new ConsoleDecoder(new ObjectMapper());

  // An answer of status 200 whose body is {@code body}, its length said ({@code declaredLength})
  // or not (null), read as {@code type}.
  private Object decode(String body, Integer declaredLength, Class<?> type) throws IOException {
    Buffer bytes = new Buffer().writeUtf8(body);
    ResponseBody answer = ResponseBody.create(bytes, null, declaredLength == null ? -1 : declaredLength);
    return decoder.decode(200, answer, name -> null, type);
  }

  @Test
  void anAnswerReadsTheSameWhetherItsLengthIsKnownOrNot() throws IOException {
    OrgDto known = (OrgDto) decode(ORG, ORG.length(), OrgDto.class);
    OrgDto unknown = (OrgDto) decode(ORG, null, OrgDto.class);

    assertThat(known.orgId).isEqualTo(42L);
    assertThat(known.orgName).isEqualTo("Sales");
    assertThat(unknown.orgId).isEqualTo(42L);
    assertThat(unknown.orgName).isEqualTo("Sales");
  }

  @Test
  void anAnswerShorterThanItsLengthIsAFailedReadNotAShortDocument() {
    assertThatThrownBy(() -> decode(ORG, ORG.length() + 10, OrgDto.class))
        .isInstanceOf(EOFException.class)
        .hasMessage("the answer ended after " + ORG.length() + " of its " + (ORG.length() + 10) + " bytes");
  }

  // Every envelope the rule allows: "data" with any of the other three keys, in every order,
  // the others null or not.
  static Stream<String> envelopes() {
    List<String> bodies = new ArrayList<>();
    List<String> others = List.of("metadata", "error", "warnings");
    for (int subset = 0; subset < 8; subset++) {
      List<String> keys = new ArrayList<>(List.of("data"));
      for (int i = 0; i < 3; i++) {
        if ((subset & (1 << i)) != 0) {
          keys.add(others.get(i));
        }
      }
      for (List<String> order : orders(keys)) {
        bodies.add(envelope(order, false));
        if (keys.size() > 1) {
          bodies.add(envelope(order, true));
        }
      }
    }
    return bodies.stream();
  }

  private static List<List<String>> orders(List<String> keys) {
    if (keys.size() <= 1) {
      return List.of(keys);
    }
    List<List<String>> orders = new ArrayList<>();
    for (String first : keys) {
      List<String> rest = new ArrayList<>(keys);
      rest.remove(first);
      for (List<String> tail : orders(rest)) {
        List<String> order = new ArrayList<>(List.of(first));
        order.addAll(tail);
        orders.add(order);
      }
    }
    return orders;
  }

  private static String envelope(List<String> order, boolean filled) {
    List<String> fields = new ArrayList<>();
    for (String key : order) {
      String value = switch (key) {
        case "data" -> "{\"orgId\":42,\"orgName\":\"Sales\"}";
        case "metadata" -> filled ? "{\"timestamp\":\"2024-05-01T10:00:00.000Z\"}" : "null";
        case "error" -> filled ? "[{\"name\":\"SYSTEM\",\"description\":\"partial\"}]" : "null";
        default -> filled ? "[{\"name\":\"DEPRECATED\",\"description\":\"use v3\"}]" : "null";
      };
      fields.add("\"" + key + "\":" + value);
    }
    return "{" + String.join(",", fields) + "}";
  }

  @ParameterizedTest
  @MethodSource("envelopes")
  void anEnvelopeIsReadWhateverTheOrderOfItsKeys(String body) throws IOException {
    OrgDto org = (OrgDto) decode(body, null, OrgDto.class);

    assertThat(org.orgId).isEqualTo(42L);
    assertThat(org.orgName).isEqualTo("Sales");
    assertThat(org.other).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"data\":{\"x\":1},\"orgId\":42,\"orgName\":\"Sales\"}",
      "{\"orgId\":42,\"data\":{\"x\":1},\"orgName\":\"Sales\"}",
      "{\"orgId\":42,\"orgName\":\"Sales\",\"warnings\":null,\"data\":{\"x\":1}}",
      "{\"error\":null,\"data\":{\"x\":1},\"warnings\":null,\"orgId\":42,\"orgName\":\"Sales\"}"})
  void aKeyBesideTheEnvelopesMakesTheObjectABarePayload(String body) throws IOException {
    OrgDto org = (OrgDto) decode(body, null, OrgDto.class);

    assertThat(org.orgId).isEqualTo(42L);
    assertThat(org.other).containsEntry("data", Map.of("x", 1));
  }

  static Stream<String> bodies() {
    return Stream.concat(envelopes(), Stream.of(
        "{\"data\":{\"x\":1},\"orgId\":42}",
        "{\"orgId\":42,\"data\":[1,2]}",
        "{\"metadata\":{},\"error\":null,\"warnings\":null}",
        "{\"data\":[{\"orgId\":1}],\"warnings\":[\"slow\"]}",
        "{\"data\":\"text\",\"error\":null}",
        "{\"orgId\":42}",
        "{}",
        "[{\"data\":1}]",
        "\"data\""));
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void jsonBodiesTakeThePayloadTheDecoderTakes(String body) throws IOException {
    JsonNode decoded = (JsonNode) decode(body, null, JsonNode.class);

    assertThat(JsonBodies.data(new ApiResponse(200, Map.of(), body))).isEqualTo(decoded);
  }
}
