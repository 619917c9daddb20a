package dev.crashplan4j.testkit;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes of a two-factor secret (HMAC-SHA1, 30 s steps, 6 digits), as the console checks them. */
final class Totp {

  private static final long STEP_SECONDS = 30;

  private Totp() {}

  /** The code of {@code secret} at {@code at}, as an authenticator app shows it then. */
  static String code(String secret, Instant at) {
    try {
      return new TimeBasedOneTimePasswordGenerator()
          .generateOneTimePasswordString(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"), at);
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
}
