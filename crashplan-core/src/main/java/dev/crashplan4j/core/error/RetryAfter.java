package dev.crashplan4j.core.error;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the console's time headers: {@code Retry-After} (seconds or an HTTP date) and HTTP dates (RFC 9110). */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * Returns the wait {@code header} asks for, as seen at {@code now}; empty when the header is
   * absent or unreadable. A date in the past asks for no wait.
   */
  public static Optional<Duration> parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      return httpDate(value).map(at -> {
        Duration wait = Duration.between(now, at);
        return wait.isNegative() ? Duration.ZERO : wait;
      });
    }
  }

  /** Reads an HTTP date (RFC 9110, as in {@code Date} and {@code Retry-After}); empty when absent or unreadable. */
  public static Optional<Instant> httpDate(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
