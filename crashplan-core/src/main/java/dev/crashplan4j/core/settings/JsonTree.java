package dev.crashplan4j.core.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The org document as plain Java values: a JSON object is a {@code Map<String, Object>} in its
 * key order, an array a {@code List<Object>}, a scalar a String, Number, Boolean or null. Core
 * knows no JSON library; transports turn JSON into such trees and back, and the testkit keeps
 * its org documents as such trees.
 */
public final class JsonTree {

  private JsonTree() {}

  /** Returns a deep, mutable copy of {@code node}, keeping key order; scalars are shared. */
  public static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put((String) key, copy(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(value -> copy.add(copy(value)));
      return copy;
    }
    return node;
  }

  /** A deep, unmodifiable copy, keeping key order and nulls. */
  static Object freeze(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put((String) key, freeze(value)));
      return Collections.unmodifiableMap(copy);
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(value -> copy.add(freeze(value)));
      return Collections.unmodifiableList(copy);
    }
    return node;
  }

  /** The value at {@code path} (object keys), or null when any step is missing. */
  static Object at(Object root, String... path) {
    Object node = root;
    for (String key : path) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node;
  }

  /** The object at {@code path}, or null when it is missing or not an object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> objectAt(Object root, String... path) {
    Object node = at(root, path);
    return node instanceof Map<?, ?> ? (Map<String, Object>) node : null;
  }

  /** Objects as a list: a list's objects, a lone object as one, anything else as none. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object node) {
    List<Map<String, Object>> objects = new ArrayList<>();
    if (node instanceof Map<?, ?>) {
      objects.add((Map<String, Object>) node);
    } else if (node instanceof List<?> list) {
      list.stream().filter(Map.class::isInstance).forEach(item -> objects.add((Map<String, Object>) item));
    }
    return objects;
  }
}
