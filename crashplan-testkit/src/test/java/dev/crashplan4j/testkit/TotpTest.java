package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fake's codes are RFC 6238's: the appendix B vectors for SHA-1, cut to 6 digits. */
class TotpTest {

  // "12345678901234567890" in Base32, as an authenticator app takes the key.
  private static final String RFC_6238_SHA1_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130",
  })
  void codesAreTheRfcVectors(long seconds, String eightDigits) {
    assertThat(Totp.code(RFC_6238_SHA1_KEY, Instant.ofEpochSecond(seconds))).isEqualTo(eightDigits.substring(2));
  }

  @ParameterizedTest
  @CsvSource({"gezdgnbvgy3tqojqgezdgnbvgy3tqojq", "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"})
  void secretsAreReadAsAppsShowThem(String shown) {
    assertThat(Totp.code(shown, Instant.ofEpochSecond(59))).isEqualTo("287082");
  }
}
