package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JsonWebTokenTest {

  private static String jwt(String claims) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
  }

  @Test
  void theExpiryOfAJwtIsItsExpClaim() {
    assertThat(JsonWebToken.expiry(jwt("{\"sub\":\"a\",\"exp\": 1800000000}")))
        .contains(Instant.ofEpochSecond(1_800_000_000L));
  }

  @Test
  void aTokenThatIsNoJwtOrHasNoExpHasNoKnownExpiry() {
    assertThat(JsonWebToken.expiry("opaque-token")).isEmpty();
    assertThat(JsonWebToken.expiry(jwt("{\"sub\":\"a\"}"))).isEmpty();
    assertThat(JsonWebToken.expiry("a.%%%.c")).isEmpty();
  }

  @Test
  void onlyTheTopLevelExpCountsNotOneNestedOrInsideAString() {
    String claims = "{\"ctx\":{\"exp\":1},\"note\":\"\\\"exp\\\": 2\",\"list\":[{\"exp\":3}],\"exp\":1800000000.5}";

    assertThat(JsonWebToken.expiry(jwt(claims))).contains(Instant.ofEpochSecond(1_800_000_000L));
    assertThat(JsonWebToken.expiry(jwt("{\"ctx\":{\"exp\":1800000000}}"))).isEmpty();
  }
}
