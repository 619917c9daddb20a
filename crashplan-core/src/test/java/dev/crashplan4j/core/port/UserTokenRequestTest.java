package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTokenRequestTest {

  private static UserTokenRequest.Builder ana() {
    return UserTokenRequest.builder().username("ana@example.com").password("pa55word");
  }

  @Test
  void aSignInNeverShowsItsPasswordOrCode() {
    UserTokenRequest request = ana().totpCode("482913").build();

    assertThat(request.toString()).contains("ana@example.com").doesNotContain("pa55word").doesNotContain("482913");
    assertThat(request.totpCode()).contains("482913");
  }

  @Test
  void aSignInWithoutTwoFactorHasNoCode() {
    assertThat(ana().build().totpCode()).isEmpty();
  }

  @Test
  void aNullTotpCodeIsRefused() {
    assertThatThrownBy(() -> ana().totpCode(null))
        .isInstanceOf(NullPointerException.class).hasMessage("totpCode");
  }

  @Test
  void aSignInWithoutAPasswordIsRefusedNamingIt() {
    assertThatThrownBy(() -> UserTokenRequest.builder().username("ana@example.com").build())
        .isInstanceOf(NullPointerException.class).hasMessage("password");
  }

  @Test
  void aBlankPasswordIsRefusedNamingIt() {
    assertThatThrownBy(() -> UserTokenRequest.builder().username("ana@example.com").password(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("password must not be blank");
  }

  @Test
  void aBlankTotpCodeIsRefused() {
    assertThatThrownBy(() -> ana().totpCode(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("totpCode must not be blank");
  }

  @Test
  void aCopyWithACodeKeepsTheAccount() {
    UserTokenRequest withCode = ana().build().toBuilder().totpCode("482913").build();

    assertThat(withCode).isEqualTo(ana().totpCode("482913").build());
  }
}
