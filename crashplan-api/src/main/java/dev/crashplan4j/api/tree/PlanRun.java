package dev.crashplan4j.api.tree;

import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkReport;
import dev.crashplan4j.api.bulk.BulkResult;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.api.bulk.SettingsEdit;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The apply of one plan: every change checked against one fresh walk of the listing, then the
 * changes that still hold sent with the bulk machinery, in phases that keep parents before
 * children, and each change given its result.
 */
final class PlanRun {

  /** A settings value that moved on since the plan, found just before the settings were set. */
  static final class StaleSettings extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    StaleSettings(String message) {
      super(message);
    }
  }

  private final OrgService orgs;
  private final List<OrgChange> changes;
  private final BulkOptions options;
  private final ChangeResult[] results;
  private final BulkItem[] items;
  // The orgs the apply will have by external reference: found, or created by a create that is sent.
  private final Map<String, Integer> creates = new HashMap<>();
  private TenantOrgs tenant;

  PlanRun(OrgService orgs, OrgPlan plan, BulkOptions options) {
    this.orgs = orgs;
    this.changes = plan.changes();
    this.options = options;
    this.results = new ChangeResult[changes.size()];
    this.items = new BulkItem[changes.size()];
  }

  ApplyReport run() {
    if (changes.isEmpty()) {
      return new ApplyReport(List.of());
    }
    tenant = TenantOrgs.walk(orgs);
    List<Integer> first = new ArrayList<>();
    TreeMap<Integer, List<Integer>> byDepth = new TreeMap<>();
    Map<String, Integer> firstStateOfOrg = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      OrgChange change = changes.get(i);
      switch (change.action()) {
        case CONFLICT, UNMANAGED -> finish(i, ChangeOutcome.NOT_SENT, Optional.empty(), change.reason());
        case CREATE -> checkCreate(i, change);
        case UPDATE -> checkUpdate(i, change);
        case SETTINGS -> checkSettings(i, change);
        default -> checkState(i, change, firstStateOfOrg);
      }
      if (items[i] != null) {
        if (change.action().stateChange()) {
          byDepth.computeIfAbsent(depth(change), depth -> new ArrayList<>()).add(i);
        } else {
          first.add(i);
        }
      }
    }
    send(first);
    byDepth.values().forEach(this::send);
    return new ApplyReport(List.of(results));
  }

  private void checkCreate(int i, OrgChange change) {
    String reference = change.externalReference().orElseThrow();
    List<Org> existing = tenant.withReference(reference);
    if (!existing.isEmpty()) {
      boolean same = existing.size() == 1 && existing.get(0).name().equals(change.after().get("name"));
      finish(i, same ? ChangeOutcome.ALREADY : ChangeOutcome.STALE, Optional.of(existing.get(0)),
          same ? Optional.empty() : Optional.of("an org with external reference " + reference + " exists now: org "
              + existing.get(0).id()));
      if (same) {
        creates.put(reference, i);
      }
      return;
    }
    Optional<String> parent = Optional.ofNullable((String) change.after().get("parent"));
    if (parent.isPresent() && !creates.containsKey(parent.get()) && tenant.withReference(parent.get()).size() != 1) {
      finish(i, ChangeOutcome.STALE, Optional.empty(), Optional.of("its parent " + parent.get()
          + " is neither on the console nor created by this apply"));
      return;
    }
    var newOrg = NewOrg.builder().name((String) change.after().get("name")).externalReference(reference);
    Optional.ofNullable((String) change.after().get("notes")).ifPresent(newOrg::notes);
    items[i] = parent.isPresent() ? BulkItem.create(newOrg.build(), OrgKey.externalReference(parent.get()))
        : BulkItem.create(newOrg.build());
    creates.put(reference, i);
  }

  private void checkUpdate(int i, OrgChange change) {
    Optional<Org> org = current(i, change);
    if (org.isEmpty()) {
      return;
    }
    var update = OrgUpdate.builder();
    boolean any = false;
    for (Map.Entry<String, Object> wanted : change.after().entrySet()) {
      String key = wanted.getKey();
      Object now = key.equals("name") ? org.get().name() : org.get().notes().orElse("");
      Object before = change.before().getOrDefault(key, "");
      if (now.equals(wanted.getValue())) {
        continue;
      }
      if (!now.equals(before)) {
        stale(i, org, "its " + key + " is " + OrgChange.show(now) + " now, not " + OrgChange.show(before) + " as planned");
        return;
      }
      any = true;
      if (key.equals("name")) {
        update.name((String) wanted.getValue());
      } else {
        update.notes((String) wanted.getValue());
      }
    }
    if (!any) {
      finish(i, ChangeOutcome.ALREADY, org, Optional.empty());
      return;
    }
    items[i] = BulkItem.update(OrgKey.of(org.get().id()), update.build());
  }

  // An org's state changes are checked together, against the state the first of them starts from.
  private void checkState(int i, OrgChange change, Map<String, Integer> firstOfOrg) {
    String who = change.orgId().map(id -> "id " + id).orElse("ref " + change.externalReference().orElseThrow());
    Integer first = firstOfOrg.putIfAbsent(who, i);
    if (first != null) {
      if (items[first] == null) {
        results[i] = new ChangeResult(change, results[first].outcome(), results[first].org(), results[first].reason(),
            Optional.empty());
      } else {
        items[i] = stateItem(change, key(change));
      }
      return;
    }
    if (change.orgId().isEmpty()) {
      if (!creates.containsKey(change.externalReference().orElseThrow())) {
        stale(i, Optional.empty(), "the org's create is not sent");
        return;
      }
      items[i] = stateItem(change, key(change));
      return;
    }
    Optional<Org> org = current(i, change);
    if (org.isEmpty()) {
      return;
    }
    String now = TenantOrgs.state(org.get()).wireName();
    if (now.equals(change.before().get("state"))) {
      items[i] = stateItem(change, key(change));
    } else if (now.equals(lastState(i)) && change.reason().isEmpty()) {
      finish(i, ChangeOutcome.ALREADY, org, Optional.empty());
    } else {
      stale(i, org, "it is " + now + " now, not " + change.before().get("state") + " as planned");
    }
  }

  // The state the org's last state change of the plan leads to.
  private Object lastState(int first) {
    OrgChange change = changes.get(first);
    Object state = change.after().get("state");
    for (int j = first + 1; j < changes.size(); j++) {
      OrgChange later = changes.get(j);
      if (later.action().stateChange() && later.orgId().equals(change.orgId())
          && later.externalReference().equals(change.externalReference())) {
        state = later.after().get("state");
      }
    }
    return state;
  }

  private void checkSettings(int i, OrgChange change) {
    if (change.orgId().isPresent()) {
      if (current(i, change).isEmpty()) {
        return;
      }
    } else if (!creates.containsKey(change.externalReference().orElseThrow())) {
      stale(i, Optional.empty(), "the org's create is not sent");
      return;
    }
    items[i] = BulkItem.editSettings(key(change), settingsEdit(change));
  }

  // Each value must still be as planned (or already as wanted) in the settings read just before they are set.
  private static SettingsEdit settingsEdit(OrgChange change) {
    return current -> {
      OrgSettingsEdit edit = current.edit();
      for (Map.Entry<String, Object> wanted : change.after().entrySet()) {
        SettingKey key = SettingKey.named(wanted.getKey()).orElseThrow(() ->
            new IllegalArgumentException("the plan's settings of " + change.who() + " name no setting " + wanted.getKey()));
        Object value = key.normal(wanted.getValue());
        Optional<Object> now = key.read(current);
        if (now.equals(Optional.of(value))) {
          continue;
        }
        Optional<Object> before = Optional.ofNullable(change.before().get(wanted.getKey())).map(key::normal);
        if (change.orgId().isPresent() && !now.equals(before)) {
          throw new StaleSettings("its " + key.key + " is " + OrgChange.show(now.orElse(null)) + " now, not "
              + OrgChange.show(before.orElse(null)) + " as planned");
        }
        key.write(edit, value);
      }
      return edit;
    };
  }

  // The org of a change that names one by id, as the console has it now; stale when it is gone or renamed away.
  private Optional<Org> current(int i, OrgChange change) {
    Optional<Org> org = change.orgId().flatMap(tenant::byId);
    if (org.isEmpty()) {
      stale(i, Optional.empty(), "org " + change.orgId().orElseThrow() + " is not on the console any more");
      return Optional.empty();
    }
    if (change.externalReference().isPresent()
        && !TenantOrgs.reference(org.get()).equals(change.externalReference())) {
      stale(i, org, "its external reference is " + TenantOrgs.reference(org.get()).orElse("none") + " now");
      return Optional.empty();
    }
    return org;
  }

  private static OrgKey key(OrgChange change) {
    return change.orgId().map(OrgKey::of).orElseGet(() -> OrgKey.externalReference(change.externalReference().orElseThrow()));
  }

  private static BulkItem stateItem(OrgChange change, OrgKey key) {
    return switch (change.action()) {
      case BLOCK -> BulkItem.block(key);
      case UNBLOCK -> BulkItem.unblock(key);
      case DEACTIVATE -> BulkItem.deactivate(key);
      default -> BulkItem.reactivate(key);
    };
  }

  // Depth in the tree: from the console for an org there, through the plan's creates for a new one.
  private int depth(OrgChange change) {
    if (change.orgId().isPresent()) {
      return change.orgId().flatMap(tenant::byId).map(tenant::depth).orElse(0);
    }
    int depth = 0;
    Optional<String> reference = change.externalReference();
    while (reference.isPresent() && depth <= changes.size()) {
      List<Org> found = tenant.withReference(reference.get());
      if (found.size() == 1) {
        return depth + tenant.depth(found.get(0));
      }
      Integer create = creates.get(reference.get());
      depth++;
      reference = create == null ? Optional.empty() : Optional.ofNullable((String) changes.get(create).after().get("parent"));
    }
    return depth;
  }

  private void send(List<Integer> phase) {
    if (phase.isEmpty()) {
      return;
    }
    BulkReport<Integer> report;
    try {
      report = orgs.bulk().run(phase, i -> items[i], options);
    } catch (CrashPlanException unreadable) {
      // The run could not read the listing to start: none of its changes was sent.
      phase.forEach(i -> results[i] = new ChangeResult(changes.get(i), ChangeOutcome.FAILED, Optional.empty(),
          Optional.empty(), Optional.of(unreadable)));
      return;
    }
    for (BulkResult<Integer> result : report.results()) {
      int i = result.input();
      ChangeOutcome outcome = switch (result.outcome()) {
        case DONE -> ChangeOutcome.DONE;
        case ALREADY -> ChangeOutcome.ALREADY;
        case UNKNOWN -> ChangeOutcome.UNKNOWN;
        case NOT_STARTED -> ChangeOutcome.NOT_STARTED;
        case FAILED -> result.failure().filter(StaleSettings.class::isInstance).isPresent()
            ? ChangeOutcome.STALE : ChangeOutcome.FAILED;
      };
      boolean stale = outcome == ChangeOutcome.STALE;
      results[i] = new ChangeResult(changes.get(i), outcome, result.ref(),
          stale ? result.failure().map(Throwable::getMessage) : Optional.empty(),
          stale ? Optional.empty() : result.failure());
    }
  }

  private void stale(int i, Optional<Org> org, String why) {
    finish(i, ChangeOutcome.STALE, org, Optional.of(why));
  }

  private void finish(int i, ChangeOutcome outcome, Optional<Org> org, Optional<String> reason) {
    results[i] = new ChangeResult(changes.get(i), outcome, org.map(Org::ref), reason, Optional.empty());
  }
}
