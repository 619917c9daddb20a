package dev.crashplan4j.api.tree;

import java.util.List;
import java.util.Objects;

/**
 * What applying an org tree would change on the console, one {@link OrgChange} per org and
 * action, parents before children: creates, updates, state changes, settings, conflicts that
 * are never attempted, and the unmanaged orgs left alone. It prints as a readable diff and
 * writes to JSON, so it can be reviewed and kept, and read back to be applied later.
 *
 * <pre>{@code
 * OrgPlan plan = client.orgs().tree().plan(tree);
 * log.info("plan:\n{}", plan.print());         // + CUST-1 create under the top org: name "Acme"
 * Files.writeString(Path.of("plan.json"), plan.toJson());
 * }</pre>
 *
 * @param changes the changes, in the order they are listed and applied
 */
public record OrgPlan(List<OrgChange> changes) {

  /** Copies the changes. */
  public OrgPlan {
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
  }

  /**
   * Reads a plan from the JSON {@link #toJson()} writes; unknown fields are ignored.
   *
   * @throws IllegalArgumentException naming what is wrong, when it is not such a plan
   */
  public static OrgPlan fromJson(String json) {
    return PlanJson.read(Objects.requireNonNull(json, "json"));
  }

  /** Whether the console already matches the document: no change of any kind, unmanaged orgs included. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes that do {@code action}, in plan order. */
  public List<OrgChange> changes(ChangeAction action) {
    return changes.stream().filter(change -> change.action() == action).toList();
  }

  /**
   * The plan as a diff, one {@link OrgChange#line() line} per change, then a summary line
   * ({@code Plan: 2 to create, 3 to change, 1 to deactivate; 1 conflict, 0 unmanaged.}); an
   * empty plan reads {@code No changes: the console matches the document.}
   */
  public String print() {
    if (changes.isEmpty()) {
      return "No changes: the console matches the document.\n";
    }
    StringBuilder out = new StringBuilder();
    changes.forEach(change -> out.append(change.line()).append('\n'));
    long create = changes(ChangeAction.CREATE).size();
    long deactivate = changes(ChangeAction.DEACTIVATE).size();
    long conflict = changes(ChangeAction.CONFLICT).size();
    long unmanaged = changes(ChangeAction.UNMANAGED).size();
    long change = changes.size() - create - deactivate - conflict - unmanaged;
    out.append("Plan: ").append(create).append(" to create, ").append(change).append(" to change, ")
        .append(deactivate).append(" to deactivate; ").append(conflict).append(conflict == 1 ? " conflict, " : " conflicts, ")
        .append(unmanaged).append(" unmanaged.\n");
    return out.toString();
  }

  /**
   * The plan as JSON: {@code {"changes": [{"externalReference": "CUST-1", "action": "create",
   * "after": {...}}, ...]}}, each change with {@code orgId}, {@code before}, {@code after} and
   * {@code reason} when it has them; {@code {"changes": []}} when empty.
   */
  public String toJson() {
    return PlanJson.write(this);
  }

  /** Reads as {@link #print()}. */
  @Override
  public String toString() {
    return print();
  }
}
