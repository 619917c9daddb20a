package dev.crashplan4j.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CrashPlanTransport#requestUserToken} sends in its {@code GET /api/v3/auth/jwt}:
 * the local account's username and password (HTTP Basic) and, for an account with two-factor
 * authentication, the current TOTP code (the {@code totp-auth} header). Its
 * {@code toString()} never shows the password or the code.
 *
 * <pre>{@code
 * UserTokenRequest.of("ana@example.com", password).withTotpCode("123456")
 * }</pre>
 */
public final class UserTokenRequest {

  private final String username;
  private final String password;
  private final Optional<String> totpCode;

  private UserTokenRequest(String username, String password, Optional<String> totpCode) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
    this.totpCode = totpCode;
  }

  /** A sign-in of an account without two-factor authentication. */
  public static UserTokenRequest of(String username, String password) {
    return new UserTokenRequest(username, password, Optional.empty());
  }

  /** The same sign-in, with the account's current TOTP code. */
  public UserTokenRequest withTotpCode(String totpCode) {
    return new UserTokenRequest(username, password, Optional.of(Objects.requireNonNull(totpCode, "totpCode")));
  }

  /** The username of the local account. */
  public String username() {
    return username;
  }

  /** The account's password, the secret part. */
  public String password() {
    return password;
  }

  /** The current TOTP code; empty for an account without two-factor authentication. */
  public Optional<String> totpCode() {
    return totpCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserTokenRequest that && username.equals(that.username)
        && password.equals(that.password) && totpCode.equals(that.totpCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, password, totpCode);
  }

  @Override
  public String toString() {
    return "UserTokenRequest{username=" + username + (totpCode.isPresent() ? ", with a TOTP code" : "") + "}";
  }
}
