package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answers of the sign-in endpoints. */
final class TokenDtos {

  private TokenDtos() {}

  /** {@code POST /api/v3/oauth/token}: an API-client token. */
  static final class OAuthToken implements ConsoleDecoder.Shown {
    // The body, masked, for the message when it holds no token.
    String shown = "";

    @JsonProperty("access_token")
    public String accessToken;

    @JsonProperty("expires_in")
    public Long expiresIn;

    @Override
    public void shownAs(String maskedBody) {
      this.shown = maskedBody;
    }
  }

  /** {@code GET /api/v3/auth/jwt} (inside {@code data}): a user token. */
  static final class UserToken implements ConsoleDecoder.Shown {
    @JsonProperty("v3_user_token")
    public String token;

    // The body, masked, for the message when it holds no token.
    String shown = "";

    @Override
    public void shownAs(String maskedBody) {
      this.shown = maskedBody;
    }
  }

  /** {@code GET /api/v3/LoginConfiguration}: how a user signs in. */
  static final class LoginConfiguration {
    public String loginType;
  }
}
