package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * The console's {@code v1} envelope, by the one rule the decoder and
 * {@link dev.crashplan4j.transport.feign.JsonBodies} share: an object whose keys are {@code data}
 * plus any of {@code metadata}, {@code error} and {@code warnings}, in any order and whatever
 * their values, is an envelope, and its payload is {@code data}; anything else is a bare payload.
 */
public final class Envelope {

  /** The key that holds the payload. */
  static final String DATA = "data";

  private static final Set<String> KEYS = Set.of(DATA, "metadata", "error", "warnings");

  private Envelope() {}

  /** Whether {@code key} is one an envelope may have. */
  static boolean isKey(String key) {
    return KEYS.contains(key);
  }

  /** Returns the payload of {@code body}: its {@code data} when it is an envelope, else {@code body} itself. */
  public static JsonNode payload(JsonNode body) {
    if (!body.isObject() || !body.has(DATA)) {
      return body;
    }
    for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
      if (!isKey(keys.next())) {
        return body;
      }
    }
    return body.get(DATA);
  }
}
