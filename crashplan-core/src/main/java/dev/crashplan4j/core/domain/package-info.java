/**
 * The organization domain: typed ids ({@link dev.crashplan4j.core.domain.OrgId}, {@link
 * dev.crashplan4j.core.domain.OrgUid}, {@link dev.crashplan4j.core.domain.OrgGuid}), immutable
 * value types with builders, and the paging rule of the org listing.
 */
package dev.crashplan4j.core.domain;
