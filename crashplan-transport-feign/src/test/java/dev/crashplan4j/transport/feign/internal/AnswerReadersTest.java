package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// The written-out readers must read what Jackson's bean binding of the same DTOs read.
class AnswerReadersTest {

  // The transport's mapper as it was, the DTOs bound by Jackson's introspection.
  private static final ObjectMapper BEANS = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
      .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
  private static final ObjectMapper WRITTEN = FeignTransport.mapper();

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"orgId\":42,\"orgUid\":\"942\",\"orgGuid\":\"g42\",\"orgName\":\"Sales\",\"active\":true,\"blocked\":false}",
      "{\"orgId\":\"42\",\"parentOrgId\":7.9,\"active\":\"true\",\"blocked\":0,\"orgName\":12,\"notes\":true}",
      "{\"orgId\":null,\"orgName\":null,\"active\":null,\"future\":null,\"registrationKey\":\"K\"}",
      "{\"orgId\":\"\",\"active\":\"\",\"orgName\":\"\"}",
      "{\"extra\":{\"a\":[1,2.50,{\"b\":null}]},\"price\":0.80,\"big\":12345678901234567890,\"orgId\":1,\"orgId\":2}",
      "{\"other\":{\"x\":1},\"creationDate\":\"2021-06-17T15:20:31.207-05:00\",\"deactivationDate\":null}",
      "{\"status\":\"Active\",\"type\":\"ENTERPRISE\",\"classification\":\"BASIC\",\"orgExtRef\":\"r\","
          + "\"parentOrgUid\":\"p\",\"parentOrgGuid\":\"pg\",\"modificationDate\":\"m\",\"ORGID\":5}",
      "{}", "null", "[]", "[{\"orgId\":1}]", "\"text\"", "\"\"", "12", "true",
      "{\"orgName\":{\"a\":1}}", "{\"orgId\":\"x\"}", "{\"orgId\":[1]}", "{\"active\":\"maybe\"}", "{\"orgId\":1"})
  void anOrgReadsAsJacksonsBeanBindingReadsIt(String json) {
    assertThat(read(WRITTEN, json, OrgDto.class)).isEqualTo(read(BEANS, json, OrgDto.class));
  }

  @Test
  void aKeyNamedOtherIsKeptBesideTheOtherUnknownKeys() throws IOException {
    String json = "{\"orgId\":1,\"future\":\"f\",\"other\":{\"x\":1},\"later\":2}";

    for (ObjectMapper mapper : List.of(WRITTEN, BEANS)) {
      OrgDto org = mapper.readValue(json, OrgDto.class);

      assertThat(org.other).containsExactly(Map.entry("future", "f"), Map.entry("other", Map.of("x", 1)),
          Map.entry("later", 2));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"totalCount\":2,\"orgs\":[{\"orgId\":1,\"x\":[]},{\"orgId\":2,\"orgName\":\"B\"}]}",
      "{\"totalCount\":\"3\",\"orgs\":[]}", "{\"totalCount\":null,\"orgs\":null}", "{\"totalCount\":2.7}",
      "{\"orgs\":[null,{}],\"answeredAt\":\"Tue, 15 Nov 1994 08:12:31 GMT\",\"more\":{\"a\":1}}",
      "{\"orgs\":{\"orgId\":1}}", "{\"orgs\":[1]}", "{\"totalCount\":\"many\"}", "{\"totalCount\":\"\"}",
      "{}", "[]", "null", "1"})
  void aPageReadsAsJacksonsBeanBindingReadsIt(String json) {
    assertThat(read(WRITTEN, json, OrgListDto.class)).isEqualTo(read(BEANS, json, OrgListDto.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"bearer\"}",
      "{\"access_token\":null,\"expires_in\":\"60\"}", "{\"accessToken\":\"t\",\"expiresIn\":1,\"shown\":\"x\"}",
      "{\"access_token\":7,\"expires_in\":1.5}", "{\"access_token\":[\"t\"]}", "{}", "[]", "\"t\"", "null"})
  void aTokenReadsAsJacksonsBeanBindingReadsIt(String json) {
    assertThat(read(WRITTEN, json, TokenDtos.OAuthToken.class)).isEqualTo(read(BEANS, json, TokenDtos.OAuthToken.class));
  }

  @Test
  void theTransportsMapperReadsWithTheWrittenOutReaders() {
    assertThat(WRITTEN.getRegisteredModuleIds()).contains("crashplan4j-answers");
  }

  // What a read gave, as plain values: every field the DTO has (recursively), or the failure's
  // kind and the path it names.
  private static Object read(ObjectMapper mapper, String json, Class<?> type) {
    try {
      return fields(mapper.readValue(json, type));
    } catch (com.fasterxml.jackson.databind.JsonMappingException failed) {
      return List.of("failed", failed.getClass().getSimpleName(), failed.getPathReference());
    } catch (IOException failed) {
      return List.of("failed", failed.getClass().getSimpleName());
    }
  }

  private static Object fields(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.forEach(item -> items.add(fields(item)));
      return items;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      map.forEach((key, item) -> entries.put(key, fields(item)));
      return List.of("map", new ArrayList<>(entries.entrySet()));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("class", value.getClass().getSimpleName());
    for (Field field : value.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      try {
        field.setAccessible(true);
        fields.put(field.getName(), fields(field.get(value)));
      } catch (IllegalAccessException unreadable) {
        throw new AssertionError(unreadable);
      }
    }
    return fields;
  }
}
