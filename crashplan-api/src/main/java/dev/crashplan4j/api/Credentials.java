package dev.crashplan4j.api;

import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.port.ApiClientTokenRequest;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.LoginType;
import dev.crashplan4j.core.port.UserTokenRequest;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the client signs in to the console: as an API client, as a local account (with or
 * without two-factor), or with tokens the caller supplies. {@code toString()} never shows a
 * secret.
 *
 * <pre>{@code
 * Credentials.apiClient("key-123", secret)
 * Credentials.localAccount("admin@example.com", password, totpGenerator::currentCode)
 * Credentials.jwtProvider(myIdentityProvider::freshToken)
 * }</pre>
 */
public abstract class Credentials {

  private Credentials() {}

  /**
   * Signs in as an API client with the client credentials flow. Its tokens have no user:
   * {@link OrgService#getCurrent()} is refused.
   */
  public static Credentials apiClient(String clientId, String secret) {
    return new ApiClient(ApiClientTokenRequest.builder().clientId(clientId).secret(secret).build());
  }

  /** Signs in as a local account without two-factor authentication. */
  public static Credentials localAccount(String username, String password) {
    return new LocalAccount(UserTokenRequest.builder().username(username).password(password).build(), null);
  }

  /**
   * Signs in as a local account with two-factor authentication; {@code totp} is asked for a
   * fresh six-digit code at every sign-in, including the renewals after a rejected token.
   */
  public static Credentials localAccount(String username, String password, Supplier<String> totp) {
    UserTokenRequest withoutCode = UserTokenRequest.builder().username(username).password(password).build();
    return new LocalAccount(withoutCode, Objects.requireNonNull(totp, "totp"));
  }

  /**
   * Uses the tokens {@code tokens} supplies; it is asked when a token is first needed and again
   * each time the console rejects the one it gave.
   */
  public static Credentials jwtProvider(Supplier<String> tokens) {
    return new JwtProvider(Objects.requireNonNull(tokens, "tokens"));
  }

  /** Fetches a fresh token; throws {@link UnauthorizedException} explaining a refusal. */
  abstract BearerToken signIn(CrashPlanTransport transport);

  /** Whether tokens of these credentials can stand for a user ({@code Org/my} needs one). */
  abstract boolean canActAsUser();

  private static final class ApiClient extends Credentials {
    private final ApiClientTokenRequest request;

    ApiClient(ApiClientTokenRequest request) {
      this.request = request;
    }

    @Override
    BearerToken signIn(CrashPlanTransport transport) {
      try {
        return transport.requestApiClientToken(request);
      } catch (UnauthorizedException refused) {
        throw new UnauthorizedException(refused.operation(), AnswerBody.of(refused.responseBody().orElse("")),
            "the console refused API client " + request.clientId() + " and its secret", refused);
      }
    }

    @Override
    boolean canActAsUser() {
      return false;
    }

    @Override
    public String toString() {
      return "Credentials.apiClient(" + request.clientId() + ", ****)";
    }
  }

  private static final class LocalAccount extends Credentials {
    private final UserTokenRequest withoutCode;
    private final Supplier<String> totp;

    LocalAccount(UserTokenRequest withoutCode, Supplier<String> totp) {
      this.withoutCode = withoutCode;
      this.totp = totp;
    }

    @Override
    BearerToken signIn(CrashPlanTransport transport) {
      UserTokenRequest request = totp == null ? withoutCode : withoutCode.toBuilder().totpCode(currentCode()).build();
      try {
        return transport.requestUserToken(request);
      } catch (UnauthorizedException refused) {
        // The console's 401 does not say why; LoginConfiguration tells which sign-in it expected.
        LoginType type;
        try {
          type = transport.loginType(withoutCode.username());
        } catch (RuntimeException lookupFailed) {
          lookupFailed.addSuppressed(refused);
          throw new UnauthorizedException(refused.operation(), AnswerBody.of(refused.responseBody().orElse("")),
              "the console refused the username or password of local account " + withoutCode.username()
                  + " (why could not be looked up: " + lookupFailed.getMessage() + ")", lookupFailed);
        }
        throw new UnauthorizedException(
            refused.operation(), AnswerBody.of(refused.responseBody().orElse("")), whyRefused(type), refused);
      }
    }

    private String currentCode() {
      String operation = "requestUserToken for local account " + withoutCode.username();
      String code;
      try {
        code = totp.get();
      } catch (RuntimeException failed) {
        // The supplier's own message may carry its seed: only its type is told.
        throw UnauthorizedException.beforeSending(operation,
            "the TOTP supplier threw " + failed.getClass().getName() + " before any request was sent", failed);
      }
      if (code == null || code.isBlank()) {
        throw UnauthorizedException.beforeSending(operation,
            "the TOTP supplier gave no code; nothing was sent", null);
      }
      return code;
    }

    private String whyRefused(LoginType type) {
      String account = "local account " + withoutCode.username();
      return switch (type) {
        case CLOUD_SSO -> account + " signs in through SSO, which the SDK does not"
            + " support: use Credentials.apiClient or Credentials.jwtProvider";
        case LOCAL_2FA -> totp == null
            ? account + " uses two-factor authentication: pass a TOTP"
                + " supplier to Credentials.localAccount(username, password, totp)"
            : "the console refused the password or the TOTP code of " + account;
        default -> "the console refused the username or password of " + account;
      };
    }

    @Override
    boolean canActAsUser() {
      return true;
    }

    @Override
    public String toString() {
      return "Credentials.localAccount(" + withoutCode.username() + ", ****" + (totp == null ? "" : ", totp") + ")";
    }
  }

  private static final class JwtProvider extends Credentials {
    private final Supplier<String> tokens;

    JwtProvider(Supplier<String> tokens) {
      this.tokens = tokens;
    }

    @Override
    BearerToken signIn(CrashPlanTransport transport) {
      String token;
      try {
        token = tokens.get();
      } catch (RuntimeException failed) {
        // The supplier's own message may carry what it was given: only its type is told.
        throw UnauthorizedException.beforeSending("jwtProvider", "the jwtProvider token supplier threw "
            + failed.getClass().getName() + " before any request was sent", failed);
      }
      if (token == null || token.isBlank()) {
        throw UnauthorizedException.beforeSending("jwtProvider", "the token supplier gave no token", null);
      }
      return BearerToken.of(token);
    }

    @Override
    boolean canActAsUser() {
      return true;
    }

    @Override
    public String toString() {
      return "Credentials.jwtProvider(****)";
    }
  }
}
