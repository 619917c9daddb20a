package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

  @Test
  void aTokenNeverShowsItsValue() {
    BearerToken token = BearerToken.of("eyJhbGciOi.secret.part", Duration.ofSeconds(900));

    assertThat(token.toString()).doesNotContain("eyJ").doesNotContain("secret");
    assertThat(token.value()).isEqualTo("eyJhbGciOi.secret.part");
  }

  @Test
  void loginTypesTolerateNewValues() {
    assertThat(LoginType.fromWire("LOCAL_2FA")).isEqualTo(LoginType.LOCAL_2FA);
    assertThat(LoginType.fromWire("PASSKEY")).isEqualTo(LoginType.UNKNOWN);
  }
}
