package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;

/**
 * The settings edit of a bulk run, applied to each org: given the org's settings as read, returns
 * the edit to save. An edit with no change sends nothing and the item is
 * {@link BulkOutcome#ALREADY already so}. Called on the run's threads, one org at a time each.
 *
 * <pre>{@code
 * SettingsEdit ninetyDays = settings -> settings.edit().archiveHoldDays(90);
 * }</pre>
 *
 * <p>A lambda has no equality, so a run cannot tell its items apart from an earlier run's: to
 * resume a settings run, use {@link SettingsValues}, which has.
 */
@FunctionalInterface
public interface SettingsEdit {

  /** Returns the edit of {@code current}, the org's settings as the console has them now. */
  OrgSettingsEdit edit(OrgSettings current);
}
