package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTokenRequestTest {

  @Test
  void aSignInNeverShowsItsPasswordOrCode() {
    UserTokenRequest request = UserTokenRequest.of("ana@example.com", "pa55word").withTotpCode("482913");

    assertThat(request.toString()).contains("ana@example.com").doesNotContain("pa55word").doesNotContain("482913");
    assertThat(request.totpCode()).contains("482913");
  }

  @Test
  void aSignInWithoutTwoFactorHasNoCode() {
    assertThat(UserTokenRequest.of("ana@example.com", "pa55word").totpCode()).isEmpty();
  }

  @Test
  void aNullTotpCodeIsRefused() {
    assertThatThrownBy(() -> UserTokenRequest.of("ana@example.com", "pa55word").withTotpCode(null))
        .isInstanceOf(NullPointerException.class).hasMessage("totpCode");
  }
}
