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
  public static ImmutableBackupSet.Builder builder() {
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
}
