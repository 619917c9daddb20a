package dev.crashplan4j.core.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How backup sets are read from and written into the device defaults. The shapes differ with
 * count and lock (a list, one object, a locked wrapper, a cleared marker), so every reader here
 * accepts all of them, and every writer writes the one shape the console expects back.
 */
final class BackupSetDocument {

  private BackupSetDocument() {}

  /** A destination a set uses, and whether it is locked there. */
  record Destination(String guid, boolean locked) {}

  /** Every backup set of the device defaults, legal-hold ones included, as live nodes. */
  static List<Map<String, Object>> sets(Object document) {
    Object container = JsonTree.at(document, "deviceDefaults", "serviceBackupConfig", "backupConfig", "backupSets");
    if (container instanceof Map<?, ?> locked && locked.containsKey("backupSet")) {
      return JsonTree.objects(locked.get("backupSet"));
    }
    return JsonTree.objects(container);
  }

  /** A set whose destinations are a locked object is held for legal reasons: users never see it. */
  static boolean legalHold(Map<String, Object> set) {
    return set.get("destinations") instanceof Map<?, ?> destinations && "true".equals(destinations.get("@locked"));
  }

  static String id(Map<String, Object> set) {
    return String.valueOf(set.get("@id"));
  }

  static String name(Map<String, Object> set) {
    return XmlValue.text(set.get("name"));
  }

  static boolean locked(Map<String, Object> set) {
    return "true".equals(set.get("@locked"));
  }

  /** Whether the set's file selection cannot change: the set or its path set is locked. */
  static boolean selectionLocked(Map<String, Object> set) {
    return locked(set) || XmlValue.locked(JsonTree.at(set, "backupPaths", "pathset"))
        || XmlValue.locked(JsonTree.at(set, "backupPaths", "excludeUser"));
  }

  static List<String> included(Map<String, Object> set) {
    return paths(set, "@include");
  }

  static List<String> excluded(Map<String, Object> set) {
    return paths(set, "@exclude");
  }

  /** The filename exclusion regexes that apply on every OS (the top-level {@code pattern}s). */
  static List<String> exclusions(Map<String, Object> set) {
    List<String> patterns = new ArrayList<>();
    for (Map<String, Object> list : patternLists(JsonTree.at(set, "backupPaths", "excludeUser"))) {
      for (Map<String, Object> pattern : JsonTree.objects(list.get("pattern"))) {
        if (pattern.get("@regex") != null) {
          patterns.add(pattern.get("@regex").toString());
        }
      }
    }
    return patterns;
  }

  static List<Destination> destinations(Map<String, Object> set) {
    List<Destination> destinations = new ArrayList<>();
    if (legalHold(set)) {
      return destinations;
    }
    for (Map<String, Object> destination : JsonTree.objects(set.get("destinations"))) {
      if (destination.get("@id") != null) {
        destinations.add(new Destination(destination.get("@id").toString(), "true".equals(destination.get("@locked"))));
      }
    }
    return destinations;
  }

  /** Writes the file selection as the console takes it back. */
  static void writeSelection(Map<String, Object> set, List<String> included, List<String> excluded) {
    Map<String, Object> backupPaths = backupPaths(set);
    List<Object> paths = new ArrayList<>();
    included.forEach(path -> paths.add(pathEntry("@include", path)));
    excluded.forEach(path -> paths.add(pathEntry("@exclude", path)));
    Map<String, Object> selection = new LinkedHashMap<>();
    selection.put("@os", os(backupPaths.get("pathset")));
    selection.put("@cleared", included.isEmpty() ? "true" : "false");
    if (!included.isEmpty()) {
      selection.put("path", paths);
    }
    Map<String, Object> pathset = new LinkedHashMap<>();
    pathset.put("paths", selection);
    backupPaths.put("pathset", pathset);
  }

  /** Writes the filename exclusions as the console takes them back. */
  static void writeExclusions(Map<String, Object> set, List<String> patterns) {
    List<Object> regexes = new ArrayList<>();
    patterns.forEach(pattern -> regexes.add(new LinkedHashMap<>(Map.of("@regex", pattern))));
    Map<String, Object> patternList = new LinkedHashMap<>();
    patternList.put("pattern", regexes);
    for (String os : List.of("windows", "macintosh", "linux")) {
      Map<String, Object> none = new LinkedHashMap<>();
      none.put("pattern", new ArrayList<>());
      patternList.put(os, none);
    }
    Map<String, Object> excludeUser = new LinkedHashMap<>();
    excludeUser.put("patternList", patternList);
    backupPaths(set).put("excludeUser", excludeUser);
  }

  /** Writes the destinations in use, locked ones marked; none is written as cleared. */
  static void writeDestinations(Map<String, Object> set, List<Destination> destinations) {
    if (destinations.isEmpty()) {
      set.put("destinations", new LinkedHashMap<>(Map.of("@cleared", "true")));
      return;
    }
    List<Object> written = new ArrayList<>();
    for (Destination destination : destinations) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("@id", destination.guid());
      if (destination.locked()) {
        entry.put("@locked", "true");
      }
      written.add(entry);
    }
    set.put("destinations", written);
  }

  private static List<String> paths(Map<String, Object> set, String kind) {
    List<String> paths = new ArrayList<>();
    collectPaths(JsonTree.at(set, "backupPaths", "pathset"), kind, paths);
    return paths;
  }

  // Accepts a list of path sets, one path set, a locked wrapper ({"paths": ...}), and the
  // written shape; a path set holds one path object or a list of them.
  private static void collectPaths(Object node, String kind, List<String> paths) {
    if (node instanceof List<?> list) {
      list.forEach(item -> collectPaths(item, kind, paths));
      return;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return;
    }
    if (map.containsKey("paths")) {
      collectPaths(map.get("paths"), kind, paths);
    }
    for (Map<String, Object> path : JsonTree.objects(map.get("path"))) {
      if (path.get(kind) != null) {
        paths.add(path.get(kind).toString());
      }
    }
  }

  private static List<Map<String, Object>> patternLists(Object node) {
    List<Map<String, Object>> lists = new ArrayList<>();
    for (Map<String, Object> item : JsonTree.objects(node)) {
      Object inner = item.get("patternList");
      lists.addAll(inner == null ? List.of(item) : JsonTree.objects(inner));
    }
    return lists;
  }

  private static String os(Object pathset) {
    for (Map<String, Object> item : JsonTree.objects(pathset)) {
      Object os = item.containsKey("paths") ? JsonTree.at(item, "paths", "@os") : item.get("@os");
      if (os != null) {
        return os.toString();
      }
    }
    return "Linux";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> backupPaths(Map<String, Object> set) {
    return (Map<String, Object>) set.computeIfAbsent("backupPaths", key -> new LinkedHashMap<String, Object>());
  }

  private static Map<String, Object> pathEntry(String kind, String path) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(kind, path);
    entry.put("@und", "false");
    return entry;
  }
}
