/**
 * Orgs as code: a document of the orgs a tenant should have ({@link dev.crashplan4j.api.tree.OrgTree},
 * YAML or JSON, keyed by external reference), the plan of what would change on the console
 * ({@link dev.crashplan4j.api.tree.OrgPlan}, a readable diff and JSON), and its apply, change by
 * change through the bulk machinery ({@link dev.crashplan4j.api.tree.ApplyReport}).
 *
 * <pre>{@code
 * OrgTreeService trees = client.orgs().tree();
 * OrgPlan plan = trees.plan(OrgTree.read(Path.of("orgs.yaml")));
 * log.info("plan:\n{}", plan.print());
 * ApplyReport applied = trees.apply(plan);
 * }</pre>
 */
package dev.crashplan4j.api.tree;
