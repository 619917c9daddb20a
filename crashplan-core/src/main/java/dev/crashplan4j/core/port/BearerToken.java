package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A token the console issued, sent as {@code Authorization: Bearer <value>}, with how long the
 * console said it lives. Its {@code toString()} never shows the value.
 */
@Value.Immutable
@CrashPlanStyle
public abstract class BearerToken {

  /** Returns a token with no known lifetime. */
  public static BearerToken of(String value) {
    return ImmutableBearerToken.builder().value(value).build();
  }

  /** Returns a token that the console said expires {@code expiresIn} after it was issued. */
  public static BearerToken of(String value, Duration expiresIn) {
    return ImmutableBearerToken.builder().value(value).expiresIn(expiresIn).build();
  }

  /** The token itself, the secret part. */
  @Value.Redacted
  public abstract String value();

  /** How long after issue the token expires ({@code expires_in}); empty when not said. */
  public abstract Optional<Duration> expiresIn();

  @Value.Check
  void check() {
    if (value().isBlank()) {
      throw new IllegalArgumentException("a bearer token must not be blank");
    }
  }
}
