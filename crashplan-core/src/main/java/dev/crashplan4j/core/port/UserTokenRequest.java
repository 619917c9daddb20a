package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CrashPlanTransport#requestUserToken} sends in its {@code GET /api/v3/auth/jwt}:
 * the local account's username and password (HTTP Basic) and, for an account with two-factor
 * authentication, the current TOTP code (the {@code totp-auth} header). Its
 * {@code toString()} never shows the password or the code.
 *
 * <pre>{@code
 * UserTokenRequest.builder().username("ana@example.com").password(password).totpCode("123456").build()
 * }</pre>
 */
public final class UserTokenRequest {

  private final String username;
  private final String password;
  private final Optional<String> totpCode;

  private UserTokenRequest(Builder builder) {
    this.username = Checks.notBlank(builder.username, "username");
    this.password = Checks.notBlank(builder.password, "password");
    this.totpCode = builder.totpCode;
  }

  /**
   * Returns a builder; {@code username} and {@code password} are required, the TOTP code only
   * for an account with two-factor authentication.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder filled with this sign-in, to make a changed copy (the current TOTP code added, say). */
  public Builder toBuilder() {
    Builder copy = new Builder().username(username).password(password);
    copy.totpCode = totpCode;
    return copy;
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

  /** Builds a {@link UserTokenRequest}; {@link UserTokenRequest#builder()} returns one. Not thread-safe. */
  public static final class Builder {
    private String username;
    private String password;
    private Optional<String> totpCode = Optional.empty();

    private Builder() {}

    /** Sets {@link UserTokenRequest#username()}. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** Sets {@link UserTokenRequest#password()}. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Sets {@link UserTokenRequest#totpCode()}: the account's current code; null or blank is refused. */
    public Builder totpCode(String totpCode) {
      this.totpCode = Optional.of(Checks.notBlank(totpCode, "totpCode"));
      return this;
    }

    /**
     * Builds the sign-in; throws {@link NullPointerException} naming the username or the
     * password when it was not set, {@link IllegalArgumentException} when it is blank.
     */
    public UserTokenRequest build() {
      return new UserTokenRequest(this);
    }
  }
}
