package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRequestTest {

  @ParameterizedTest
  @ValueSource(strings = {"GET", "get", "DELETE", "Delete"})
  void aGetOrDeleteWithABodyIsRefusedWhenBuilt(String method) {
    String upper = method.toUpperCase(java.util.Locale.ROOT);

    assertThatThrownBy(() -> ApiRequest.of(method, "/api/v1/User", QueryParameters.none(), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(upper + " /api/v1/User must not have a body: " + upper
            + " requests are sent without one (give its parameters as QueryParameters)");
  }

  @Test
  void anEmptyBodyOnAGetIsABodyToo() {
    assertThatThrownBy(() -> ApiRequest.of("GET", "/api/v1/User", QueryParameters.none(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("GET /api/v1/User must not have a body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH"})
  void theMethodsThatSendABodyTakeOne(String method) {
    ApiRequest request = ApiRequest.of(method, "/api/v1/LegalHold", QueryParameters.none(), "{\"name\":\"Case 42\"}");

    assertThat(request.method()).isEqualTo(method);
    assertThat(request.jsonBody()).contains("{\"name\":\"Case 42\"}");
  }

  @Test
  void aGetOrDeleteWithoutABodyIsBuilt() {
    assertThat(ApiRequest.get("/api/v1/User").jsonBody()).isEmpty();
    assertThat(ApiRequest.delete("/api/v1/LegalHold/7").toString()).isEqualTo("DELETE /api/v1/LegalHold/7");
  }
}
