package dev.crashplan4j.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What the client reads from a token that is a JWT: when it expires, its top-level {@code exp}
 * claim. The claims are scanned rather than parsed: api carries no JSON library, and one
 * number at the top level is all it needs.
 */
final class JsonWebToken {

  private JsonWebToken() {}

  /** The expiry of {@code token} if it is a JWT with a top-level {@code exp} claim; empty otherwise. */
  static Optional<Instant> expiry(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    String claims;
    try {
      claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    return topLevelSeconds(claims, "exp").map(Instant::ofEpochSecond);
  }

  // Walks the object's text keeping track of nesting and strings, so that an "exp" inside a
  // nested claim or inside a string value is never taken for the token's own.
  private static Optional<Long> topLevelSeconds(String json, String name) {
    int depth = 0;
    int at = 0;
    while (at < json.length()) {
      char c = json.charAt(at);
      if (c == '"') {
        int end = afterString(json, at);
        if (end < 0) {
          return Optional.empty();
        }
        int colon = skipSpace(json, end);
        if (depth == 1 && colon < json.length() && json.charAt(colon) == ':'
            && json.substring(at + 1, end - 1).equals(name)) {
          return seconds(json, skipSpace(json, colon + 1));
        }
        at = end;
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      at++;
    }
    return Optional.empty();
  }

  private static int afterString(String json, int quote) {
    for (int at = quote + 1; at < json.length(); at++) {
      char c = json.charAt(at);
      if (c == '\\') {
        at++;
      } else if (c == '"') {
        return at + 1;
      }
    }
    return -1;
  }

  private static int skipSpace(String json, int at) {
    while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
      at++;
    }
    return at;
  }

  // A NumericDate may carry a fraction; the whole seconds are what expiry needs.
  private static Optional<Long> seconds(String json, int at) {
    int end = at;
    while (end < json.length() && json.charAt(end) >= '0' && json.charAt(end) <= '9') {
      end++;
    }
    if (end == at || end - at > 18) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(json.substring(at, end)));
  }
}
