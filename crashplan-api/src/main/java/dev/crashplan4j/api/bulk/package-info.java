/**
 * Bulk work on orgs: what a run of {@link dev.crashplan4j.api.OrgBulk} takes
 * ({@link dev.crashplan4j.api.bulk.BulkItem}s naming orgs by {@link dev.crashplan4j.api.bulk.OrgKey},
 * {@link dev.crashplan4j.api.bulk.BulkOptions}) and gives back
 * ({@link dev.crashplan4j.api.bulk.BulkResult}s in input order, a
 * {@link dev.crashplan4j.api.bulk.BulkSummary}, {@link dev.crashplan4j.api.bulk.BulkProgress}
 * events).
 *
 * <pre>{@code
 * BulkReport<BulkItem> report = client.orgs().bulk().run(
 *     List.of(BulkItem.block(OrgKey.externalReference("CUST-1")), BulkItem.block(OrgKey.of(OrgId.of(42)))),
 *     BulkOptions.builder().concurrency(8).build());
 * report.summary().allSucceeded();
 * }</pre>
 */
package dev.crashplan4j.api.bulk;
