package dev.crashplan4j.core.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value of the device defaults, a document translated from XML: plain ({@code "false"}),
 * locked ({@code {"@locked": "true", "#text": "false"}}) or null ({@code {"@nil": "true"}}).
 */
final class XmlValue {

  private XmlValue() {}

  /** The text of a plain or locked value; null for a nil or missing one. */
  static String text(Object node) {
    if (node instanceof Map<?, ?> map) {
      if ("true".equals(map.get("@nil"))) {
        return null;
      }
      Object text = map.get("#text");
      return text == null ? null : text.toString();
    }
    return node == null ? null : node.toString();
  }

  /** Whether the value is locked by a parent org. */
  static boolean locked(Object node) {
    return node instanceof Map<?, ?> map && "true".equals(map.get("@locked"));
  }

  /** The value to write in place of {@code old}: a locked value stays locked, with new text. */
  static Object replacing(Object old, String text) {
    if (locked(old)) {
      Map<String, Object> kept = new LinkedHashMap<>();
      ((Map<?, ?>) old).forEach((key, value) -> kept.put((String) key, value));
      kept.put("#text", text);
      return kept;
    }
    return text;
  }
}
