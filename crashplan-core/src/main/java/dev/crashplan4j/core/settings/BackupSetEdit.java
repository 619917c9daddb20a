package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.domain.OrgId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The edit of one backup set, part of an {@link OrgSettingsEdit}: the file selection as plain
 * lists to replace, add to and remove from, and the destinations in use. A refused edit
 * changes nothing: the file selection of a locked set cannot change; a destination must be
 * offered to the org, and to be locked or unlocked it must be in use.
 */
public final class BackupSetEdit {

  private final OrgId orgId;
  private final BackupSet original;
  private final Map<String, String> offered;
  private List<String> included;
  private List<String> excluded;
  private List<String> exclusions;
  private final Map<String, Boolean> destinations = new LinkedHashMap<>();

  BackupSetEdit(OrgId orgId, BackupSet original, Map<String, String> offered) {
    this.orgId = orgId;
    this.original = original;
    this.offered = offered;
    this.included = original.includedFiles();
    this.excluded = original.excludedFiles();
    this.exclusions = original.filenameExclusions();
    original.destinations().keySet().forEach(guid -> destinations.put(guid, original.lockedDestinations().contains(guid)));
  }

  /** The set's id. */
  public String id() {
    return original.id();
  }

  /** The set as it will read once the edit is saved. */
  public BackupSet current() {
    Map<String, String> inUse = new LinkedHashMap<>();
    destinations.keySet().forEach(guid -> inUse.put(guid, offered.getOrDefault(guid, guid)));
    return ImmutableBackupSet.builder().from(original)
        .includedFiles(included)
        .excludedFiles(excluded)
        .filenameExclusions(exclusions)
        .destinations(inUse)
        .lockedDestinations(destinations.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
            .collect(Collectors.toCollection(LinkedHashSet::new)))
        .build();
  }

  /** Replaces the paths backed up. */
  public BackupSetEdit includedFiles(List<String> paths) {
    included = selection(paths, "includedFiles");
    return this;
  }

  /** Adds a path to back up; one already there is not added twice. */
  public BackupSetEdit addIncludedFile(String path) {
    return includedFiles(adding(included, path, "path"));
  }

  /** Stops backing up a path. */
  public BackupSetEdit removeIncludedFile(String path) {
    return includedFiles(removing(included, path, "path"));
  }

  /** Replaces the paths left out of the included ones. */
  public BackupSetEdit excludedFiles(List<String> paths) {
    excluded = selection(paths, "excludedFiles");
    return this;
  }

  /** Leaves a path out. */
  public BackupSetEdit addExcludedFile(String path) {
    return excludedFiles(adding(excluded, path, "path"));
  }

  /** Stops leaving a path out. */
  public BackupSetEdit removeExcludedFile(String path) {
    return excludedFiles(removing(excluded, path, "path"));
  }

  /** Replaces the regular expressions of file names never backed up. */
  public BackupSetEdit filenameExclusions(List<String> patterns) {
    exclusions = selection(patterns, "filenameExclusions");
    return this;
  }

  /** Adds a regular expression of file names never backed up. */
  public BackupSetEdit addFilenameExclusion(String pattern) {
    return filenameExclusions(adding(exclusions, pattern, "pattern"));
  }

  /** Removes a regular expression of file names never backed up. */
  public BackupSetEdit removeFilenameExclusion(String pattern) {
    return filenameExclusions(removing(exclusions, pattern, "pattern"));
  }

  /** Backs the set up to a destination offered to the org as well. */
  public BackupSetEdit addDestination(String guid) {
    offeredOrRefuse(guid, "add");
    destinations.putIfAbsent(guid, false);
    return this;
  }

  /** Stops backing the set up to a destination. */
  public BackupSetEdit removeDestination(String guid) {
    offeredOrRefuse(guid, "remove");
    destinations.remove(guid);
    return this;
  }

  /** Locks a destination in use, so that users cannot remove it. */
  public BackupSetEdit lockDestination(String guid) {
    inUseOrRefuse(guid, "lock");
    destinations.put(guid, true);
    return this;
  }

  /** Unlocks a destination in use. */
  public BackupSetEdit unlockDestination(String guid) {
    inUseOrRefuse(guid, "unlock");
    destinations.put(guid, false);
    return this;
  }

  boolean changed() {
    return !changes().isEmpty();
  }

  List<String> changes() {
    List<String> changes = new ArrayList<>();
    String prefix = "backupSet " + id() + " ";
    if (!included.equals(original.includedFiles())) {
      changes.add(prefix + "includedFiles: " + original.includedFiles() + " -> " + included);
    }
    if (!excluded.equals(original.excludedFiles())) {
      changes.add(prefix + "excludedFiles: " + original.excludedFiles() + " -> " + excluded);
    }
    if (!exclusions.equals(original.filenameExclusions())) {
      changes.add(prefix + "filenameExclusions: " + original.filenameExclusions() + " -> " + exclusions);
    }
    BackupSet now = current();
    if (!now.destinations().equals(original.destinations()) || !now.lockedDestinations().equals(original.lockedDestinations())) {
      changes.add(prefix + "destinations: " + show(original) + " -> " + show(now));
    }
    return changes;
  }

  void writeInto(Map<String, Object> set) {
    if (!included.equals(original.includedFiles()) || !excluded.equals(original.excludedFiles())) {
      BackupSetDocument.writeSelection(set, included, excluded);
    }
    if (!exclusions.equals(original.filenameExclusions())) {
      BackupSetDocument.writeExclusions(set, exclusions);
    }
    BackupSet now = current();
    if (!now.destinations().equals(original.destinations()) || !now.lockedDestinations().equals(original.lockedDestinations())) {
      List<BackupSetDocument.Destination> written = new ArrayList<>();
      destinations.forEach((guid, locked) -> written.add(new BackupSetDocument.Destination(guid, locked)));
      BackupSetDocument.writeDestinations(set, written);
    }
  }

  private List<String> selection(List<String> values, String name) {
    Objects.requireNonNull(values, name);
    if (original.locked()) {
      throw new IllegalStateException("backup set " + id() + " of org " + orgId
          + " is locked by a parent org: its " + name + " cannot change (its destinations can)");
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String value : values) {
      Objects.requireNonNull(value, name + " element");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not hold a blank entry");
      }
      distinct.add(value);
    }
    return Collections.unmodifiableList(new ArrayList<>(distinct));
  }

  private static List<String> adding(List<String> values, String value, String name) {
    Objects.requireNonNull(value, name);
    List<String> more = new ArrayList<>(values);
    more.add(value);
    return more;
  }

  private static List<String> removing(List<String> values, String value, String name) {
    Objects.requireNonNull(value, name);
    List<String> fewer = new ArrayList<>(values);
    fewer.remove(value);
    return fewer;
  }

  private void offeredOrRefuse(String guid, String action) {
    Objects.requireNonNull(guid, "guid");
    if (!offered.containsKey(guid)) {
      throw new IllegalArgumentException("cannot " + action + " destination " + guid + " on backup set " + id()
          + ": org " + orgId + " is not offered it; offered: " + offered);
    }
  }

  private void inUseOrRefuse(String guid, String action) {
    offeredOrRefuse(guid, action);
    if (!destinations.containsKey(guid)) {
      throw new IllegalArgumentException("cannot " + action + " destination " + guid + " on backup set " + id()
          + ": the set does not use it; in use: " + destinations.keySet());
    }
  }

  private static String show(BackupSet set) {
    return set.destinations().entrySet().stream()
        .map(entry -> entry.getValue() + (set.lockedDestinations().contains(entry.getKey()) ? " (locked)" : ""))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
