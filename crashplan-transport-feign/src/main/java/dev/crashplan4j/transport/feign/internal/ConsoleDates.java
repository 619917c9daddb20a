package dev.crashplan4j.transport.feign.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the console's usual date shape, {@code 2021-06-17T15:20:31.207-05:00} (or {@code Z},
 * or {@code -0500}), without a {@code DateTimeFormatter}: a listing of 500 orgs holds 1,500
 * dates, and the formatter made them a third of the SDK's time on a page (see the README's
 * benchmarks). Anything else is left to the formatter.
 */
final class ConsoleDates {

  private ConsoleDates() {}

  /** The date, or null when the text is not of the usual shape. */
  static OffsetDateTime parse(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int at = 19;
    int nanos = 0;
    if (at < length && text.charAt(at) == '.') {
      int start = ++at;
      while (at < length && isAsciiDigit(text.charAt(at)) && at - start < 9) {
        nanos = nanos * 10 + (text.charAt(at++) - '0');
      }
      if (at == start) {
        return null;
      }
      for (int scale = at - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, at);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  private static ZoneOffset offset(String text, int at) {
    int length = text.length();
    if (at == length - 1 && text.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (at >= length || (text.charAt(at) != '+' && text.charAt(at) != '-')) {
      return null;
    }
    int sign = text.charAt(at) == '-' ? -1 : 1;
    boolean colon = length - at == 6 && text.charAt(at + 3) == ':';
    if (!colon && length - at != 5) {
      return null;
    }
    int hours = digits(text, at + 1, 2);
    int minutes = digits(text, at + (colon ? 4 : 3), 2);
    if (hours < 0 || minutes < 0) {
      return null;
    }
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  // Only 0-9: Character.isDigit also takes other scripts' digits, which no console writes.
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
