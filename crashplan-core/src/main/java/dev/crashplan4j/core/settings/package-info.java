/**
 * Org settings: the immutable {@link dev.crashplan4j.core.settings.OrgSettings} snapshot, the
 * explicit {@link dev.crashplan4j.core.settings.OrgSettingsEdit} with change tracking, and how
 * both read and write the console's org document (including the XML-translated device
 * defaults) without losing a field.
 */
package dev.crashplan4j.core.settings;
