package dev.crashplan4j.testkit;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes of a two-factor secret (HMAC-SHA1, 30 s steps, 6 digits), as the console
 * checks them. A secret is Base32 text (RFC 4648), as the console shows it and every
 * authenticator app and {@code oathtool --totp -b} take it.
 */
final class Totp {

  private static final long STEP_SECONDS = 30;
  private static final Base32 BASE32 = new Base32();

  private Totp() {}

  /** Checks that {@code secret} is Base32 text of a key; returns it as given. */
  static String checkSecret(String secret) {
    String normal = normal(secret);
    if (normal.isEmpty() || !BASE32.isInAlphabet(normal) || BASE32.decode(normal).length == 0) {
      throw new IllegalArgumentException(
          "a TOTP secret must be Base32 text (RFC 4648), as authenticator apps take it, such as JBSWY3DPEHPK3PXP");
    }
    return secret;
  }

  /** The code of {@code secret} at {@code at}, as an authenticator app shows it then. */
  static String code(String secret, Instant at) {
    byte[] key = BASE32.decode(normal(checkSecret(secret)));
    try {
      return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(new SecretKeySpec(key, "HmacSHA1"), at);
    } catch (InvalidKeyException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Whether {@code code} is the code of {@code secret} at {@code now}, one step of drift allowed either way. */
  static boolean accepts(String secret, String code, Instant now) {
    if (code == null) {
      return false;
    }
    for (long step = -1; step <= 1; step++) {
      if (code(secret, now.plusSeconds(STEP_SECONDS * step)).equals(code.strip())) {
        return true;
      }
    }
    return false;
  }

  // Authenticator apps show secrets in groups and accept either case; padding is optional.
  private static String normal(String secret) {
    return secret.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
  }
}
