package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiClientTokenRequestTest {

  @Test
  void aTokenRequestNeverShowsItsSecret() {
    ApiClientTokenRequest request = ApiClientTokenRequest.builder().clientId("key-7f3a").secret("s3cr3t-value").build();

    assertThat(request.toString()).isEqualTo("ApiClientTokenRequest{clientId=key-7f3a}");
    assertThat(request.secret()).isEqualTo("s3cr3t-value");
  }

  @Test
  void aTokenRequestWithoutASecretIsRefusedNamingIt() {
    assertThatThrownBy(() -> ApiClientTokenRequest.builder().clientId("key-7f3a").build())
        .isInstanceOf(NullPointerException.class).hasMessage("secret");
  }

  @Test
  void aBlankClientIdIsRefusedNamingIt() {
    assertThatThrownBy(() -> ApiClientTokenRequest.builder().clientId(" ").secret("s3cr3t-value").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("clientId must not be blank");
  }

  @Test
  void aCopyWithAnotherSecretKeepsTheClient() {
    ApiClientTokenRequest first = ApiClientTokenRequest.builder().clientId("key-7f3a").secret("s3cr3t-value").build();

    ApiClientTokenRequest copy = first.toBuilder().secret("other-value").build();

    assertThat(copy.clientId()).isEqualTo("key-7f3a");
    assertThat(copy.secret()).isEqualTo("other-value");
    assertThat(copy).isNotEqualTo(first);
  }
}
