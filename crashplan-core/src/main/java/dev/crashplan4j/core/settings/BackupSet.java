package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A backup set of an org's device defaults, as read: what devices of the org back up and
 * where to. Sets held for legal reasons are never shown. Change one through
 * {@link OrgSettingsEdit#backupSet(String)}.
 */
@Value.Immutable
@CrashPlanStyle
public abstract class BackupSet {

  /** Returns a builder, used when reading settings and for test data. */
  public static Builder builder() {
    return ImmutableBackupSet.builder();
  }

  /** The set's id ({@code @id}). */
  public abstract String id();

  /** The set's name; a locked name reads as its text. */
  public abstract String name();

  /** Whether the whole set is locked by a parent org: its file selection cannot change, its destinations can. */
  public abstract boolean locked();

  /** The paths backed up. */
  public abstract List<String> includedFiles();

  /** The paths left out of the included ones. */
  public abstract List<String> excludedFiles();

  /** The regular expressions of file names never backed up. */
  public abstract List<String> filenameExclusions();

  /** The destinations in use, guid to name, in the document's order. */
  public abstract Map<String, String> destinations();

  /** The guids of the destinations in use that are locked for this set. */
  public abstract Set<String> lockedDestinations();

  /**
   * Builds a {@code BackupSet}: {@link BackupSet#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link BackupSet#id()} to {@code id}. */
    Builder id(String id);

    /** Sets {@link BackupSet#name()} to {@code name}. */
    Builder name(String name);

    /** Sets {@link BackupSet#locked()} to {@code locked}. */
    Builder locked(boolean locked);

    /** Adds {@code element} to {@link BackupSet#includedFiles()}. */
    Builder addIncludedFiles(String element);

    /** Adds {@code elements} to {@link BackupSet#includedFiles()}. */
    Builder addIncludedFiles(String... elements);

    /** Sets {@link BackupSet#includedFiles()} to the elements of {@code elements}, replacing any added before. */
    Builder includedFiles(Iterable<String> elements);

    /** Adds every element of {@code elements} to {@link BackupSet#includedFiles()}. */
    Builder addAllIncludedFiles(Iterable<String> elements);

    /** Adds {@code element} to {@link BackupSet#excludedFiles()}. */
    Builder addExcludedFiles(String element);

    /** Adds {@code elements} to {@link BackupSet#excludedFiles()}. */
    Builder addExcludedFiles(String... elements);

    /** Sets {@link BackupSet#excludedFiles()} to the elements of {@code elements}, replacing any added before. */
    Builder excludedFiles(Iterable<String> elements);

    /** Adds every element of {@code elements} to {@link BackupSet#excludedFiles()}. */
    Builder addAllExcludedFiles(Iterable<String> elements);

    /** Adds {@code element} to {@link BackupSet#filenameExclusions()}. */
    Builder addFilenameExclusions(String element);

    /** Adds {@code elements} to {@link BackupSet#filenameExclusions()}. */
    Builder addFilenameExclusions(String... elements);

    /** Sets {@link BackupSet#filenameExclusions()} to the elements of {@code elements}, replacing any added before. */
    Builder filenameExclusions(Iterable<String> elements);

    /** Adds every element of {@code elements} to {@link BackupSet#filenameExclusions()}. */
    Builder addAllFilenameExclusions(Iterable<String> elements);

    /** Puts {@code key} with {@code value} into {@link BackupSet#destinations()}. */
    Builder putDestinations(String key, String value);

    /** Puts {@code entry} into {@link BackupSet#destinations()}. */
    Builder putDestinations(Map.Entry<String, ? extends String> entry);

    /** Sets {@link BackupSet#destinations()} to the entries of {@code entries}, replacing any put before. */
    Builder destinations(Map<String, ? extends String> entries);

    /** Puts every entry of {@code entries} into {@link BackupSet#destinations()}. */
    Builder putAllDestinations(Map<String, ? extends String> entries);

    /** Adds {@code element} to {@link BackupSet#lockedDestinations()}. */
    Builder addLockedDestinations(String element);

    /** Adds {@code elements} to {@link BackupSet#lockedDestinations()}. */
    Builder addLockedDestinations(String... elements);

    /** Sets {@link BackupSet#lockedDestinations()} to the elements of {@code elements}, replacing any added before. */
    Builder lockedDestinations(Iterable<String> elements);

    /** Adds every element of {@code elements} to {@link BackupSet#lockedDestinations()}. */
    Builder addAllLockedDestinations(Iterable<String> elements);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    BackupSet build();
  }
}
