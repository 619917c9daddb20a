package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiRequestTest {

  @ParameterizedTest
  @EnumSource(value = ApiRequest.Method.class, names = {"GET", "DELETE"})
  void aGetOrDeleteWithABodyIsRefusedWhenBuilt(ApiRequest.Method method) {
    assertThatThrownBy(() -> ApiRequest.of(method, "/api/v1/User", QueryParameters.none(), JsonBody.of("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(method + " /api/v1/User must not have a body: " + method
            + " requests are sent without one (give its parameters as QueryParameters)");
  }

  @Test
  void anEmptyBodyOnAGetIsABodyToo() {
    assertThatThrownBy(() -> ApiRequest.of(ApiRequest.Method.GET, "/api/v1/User", QueryParameters.none(), JsonBody.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("GET /api/v1/User must not have a body");
  }

  @ParameterizedTest
  @EnumSource(value = ApiRequest.Method.class, names = {"POST", "PUT", "PATCH"})
  void theMethodsThatSendABodyTakeOne(ApiRequest.Method method) {
    JsonBody body = JsonBody.of("{\"name\":\"Case 42\"}");
    ApiRequest request = ApiRequest.of(method, "/api/v1/LegalHold", QueryParameters.none(), body);

    assertThat(request.method()).isEqualTo(method);
    assertThat(request.jsonBody()).contains(body);
    assertThat(request.jsonBody().orElseThrow().text()).isEqualTo("{\"name\":\"Case 42\"}");
  }

  @Test
  void aGetOrDeleteWithoutABodyIsBuilt() {
    assertThat(ApiRequest.get("/api/v1/User").jsonBody()).isEmpty();
    assertThat(ApiRequest.delete("/api/v1/LegalHold/7").toString()).isEqualTo("DELETE /api/v1/LegalHold/7");
  }

  @Test
  void aRequestWithoutAMethodIsRefused() {
    assertThatThrownBy(() -> ApiRequest.of(null, "/api/v1/User", QueryParameters.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("method");
  }

  @Test
  void aPathWithAQueryIsRefusedWithoutShowingTheQuery() {
    assertThatThrownBy(() -> ApiRequest.get("/api/v1/User?apiKey=ak-0f9e8d7c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was /api/v1/User?... (not shown)")
        .hasMessageNotContaining("ak-0f9e8d7c");
  }

  @Test
  void aPathWithoutALeadingSlashIsRefusedNamingIt() {
    assertThatThrownBy(() -> ApiRequest.get("api/v1/User"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was api/v1/User");
  }

  @Test
  void aMissingBodyIsRefusedNamingIt() {
    assertThatThrownBy(() -> ApiRequest.post("/api/v1/LegalHold", null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
  }

  @Test
  void twoRequestsAlikeAreEqual() {
    ApiRequest one = ApiRequest.of(ApiRequest.Method.PATCH, "/api/v1/LegalHold/7", QueryParameters.of("a", "b"),
        JsonBody.of("{}"));
    ApiRequest other = ApiRequest.of(ApiRequest.Method.PATCH, "/api/v1/LegalHold/7", QueryParameters.of("a", "b"),
        JsonBody.of("{}"));

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(ApiRequest.of(ApiRequest.Method.PATCH, "/api/v1/LegalHold/7", QueryParameters.of("a", "b")));
  }

  @Test
  void aBodyShowsOnlyItsLength() {
    assertThat(JsonBody.of("{\"newPassword\":\"hunter2\"}").toString()).isEqualTo("JsonBody{25 chars}");
  }
}
