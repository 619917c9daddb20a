package dev.crashplan4j.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the client reads from a token that is a JWT: when it expires ({@code exp}). */
final class JsonWebToken {

  private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

  private JsonWebToken() {}

  /** The expiry of {@code token} if it is a JWT with an {@code exp} claim; empty otherwise. */
  static Optional<Instant> expiry(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      Matcher exp = EXP.matcher(claims);
      return exp.find() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(exp.group(1)))) : Optional.empty();
    } catch (IllegalArgumentException notAJwt) {
      return Optional.empty();
    }
  }
}
