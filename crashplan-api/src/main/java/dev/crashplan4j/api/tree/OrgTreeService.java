package dev.crashplan4j.api.tree;

import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.settings.OrgSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orgs as code: plans what the console must change to match an {@link OrgTree}, and applies a
 * plan, exactly that and nothing else. Obtained from {@link OrgService#tree()}; thread-safe.
 *
 * <p>A plan costs one walk of the org listing, plus a read of the settings of each org whose
 * document names settings (two requests each); nothing else. Orgs are found by external
 * reference. The console cannot move an org to another parent, so an org that the document puts
 * under another parent is a {@link ChangeAction#CONFLICT conflict}, as is a reference several
 * orgs share; neither is ever sent. The console blocks, unblocks, deactivates and reactivates an
 * org's descendants with it: the plan counts on that, parents before children.
 *
 * <pre>{@code
 * OrgTreeService trees = client.orgs().tree();
 * OrgPlan plan = trees.plan(OrgTree.read(Path.of("orgs.yaml")));
 * log.info("plan:\n{}", plan.print());
 * ApplyReport report = trees.apply(plan);
 * }</pre>
 */
public final class OrgTreeService {

  private final OrgService orgs;

  /** The service over {@code orgs}; {@link OrgService#tree()} gives one. */
  public OrgTreeService(OrgService orgs) {
    this.orgs = Objects.requireNonNull(orgs, "orgs");
  }

  /** Plans {@code tree} against the console, listing the orgs it does not name as unmanaged. */
  public OrgPlan plan(OrgTree tree) {
    return plan(tree, PlanOptions.defaults());
  }

  /**
   * Plans {@code tree} against the console as it is now: one walk of the listing, then the
   * settings of the orgs whose document names settings. Nothing is written.
   *
   * @throws dev.crashplan4j.core.error.CrashPlanException when the console cannot be read
   */
  public OrgPlan plan(OrgTree tree, PlanOptions options) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(options, "options");
    TenantOrgs tenant = TenantOrgs.walk(orgs);
    Planning planning = new Planning(tenant);
    for (DesiredOrg org : tree.orgs()) {
      planning.plan(org, Place.TOP, OrgState.ACTIVE, Cascade.NONE);
    }
    planning.unmanaged(options.prune());
    return new OrgPlan(planning.changes);
  }

  /** Applies {@code plan} with the bulk defaults ({@value BulkOptions#DEFAULT_CONCURRENCY} in flight). */
  public ApplyReport apply(OrgPlan plan) {
    return apply(plan, BulkOptions.defaults());
  }

  /**
   * Applies {@code plan}: checks every change against the console first (one walk of the
   * listing; a change whose org moved on since the plan is {@link ChangeOutcome#STALE stale} and
   * not sent, one the console already has is {@link ChangeOutcome#ALREADY already so}), then
   * sends the rest with the bulk machinery, the same call path as single calls: the creates,
   * updates and settings in one run, parents created before their children, then the state
   * changes, one run per depth of the tree, parents first. Each run walks the listing once more.
   * Settings are checked again against the org's settings read just before they are set.
   * Every change gets its result, in plan order; conflicts and unmanaged orgs are never sent.
   *
   * @param options how many changes are in flight, who hears each run; a dry run sends nothing
   * @throws dev.crashplan4j.core.error.CrashPlanException when the listing cannot be read for
   *     the check: nothing was sent
   */
  public ApplyReport apply(OrgPlan plan, BulkOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    return new PlanRun(orgs, plan, options).run();
  }

  /** Where a document org belongs on the console: under the top org, an org there, or an org the plan creates. */
  private record Place(Optional<String> reference, List<Org> console, boolean created) {
    static final Place TOP = new Place(Optional.empty(), List.of(), false);

    boolean top() {
      return reference.isEmpty();
    }

    String describe() {
      return reference.orElse("the top org");
    }
  }

  /** What the planned state changes of an org's ancestors do to it, since the console passes them down. */
  private record Cascade(Optional<Boolean> active, Optional<Boolean> blocked, Optional<String> by) {
    static final Cascade NONE = new Cascade(Optional.empty(), Optional.empty(), Optional.empty());
  }

  private final class Planning {
    private final TenantOrgs tenant;
    private final List<OrgChange> changes = new ArrayList<>();
    private final Set<OrgId> named = new HashSet<>();
    // The orgs that planned changes deactivate, with their descendants: prune leaves them be.
    private final Set<OrgId> deactivating = new HashSet<>();

    Planning(TenantOrgs tenant) {
      this.tenant = tenant;
    }

    void plan(DesiredOrg org, Place parent, OrgState parentState, Cascade cascade) {
      String reference = org.externalReference();
      OrgState wanted = org.state().orElse(parentState);
      List<Org> found = tenant.withReference(reference);
      found.forEach(console -> named.add(console.id()));
      if (found.size() > 1) {
        conflict(reference, Optional.empty(), Map.of(), Map.of(), found.size() + " orgs of the tenant have this external reference ("
            + found.stream().map(console -> "org " + console.id()).collect(Collectors.joining(", "))
            + "); give each its own");
        children(org, new Place(Optional.of(reference), found, false), wanted, Cascade.NONE);
        return;
      }
      if (found.isEmpty()) {
        if (!parent.top() && !parent.created() && parent.console().size() != 1) {
          conflict(reference, Optional.empty(), Map.of(), Map.of("parent", parent.describe()),
              "it cannot be created under " + parent.describe() + ", which is a conflict");
          children(org, new Place(Optional.of(reference), List.of(), false), wanted, Cascade.NONE);
          return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        parent.reference().ifPresent(ref -> after.put("parent", ref));
        after.put("name", org.name());
        org.notes().filter(notes -> !notes.isEmpty()).ifPresent(notes -> after.put("notes", notes));
        changes.add(OrgChange.builder().externalReference(reference).action(ChangeAction.CREATE).after(after).build());
        // A new org starts active and unblocked; its ancestors' state changes come after the creates.
        Cascade mine = states(reference, Optional.empty(), OrgState.ACTIVE, true, false, wanted, cascade);
        org.settings().ifPresent(settings -> newSettings(reference, settings));
        children(org, new Place(Optional.of(reference), List.of(), true), wanted, mine);
        return;
      }
      Org console = found.get(0);
      Optional<Org> consoleParent = tenant.parent(console);
      boolean placed = parent.top() ? !tenant.isTop(console) && consoleParent.map(tenant::isTop).orElse(true)
          : parent.console().stream().anyMatch(candidate -> console.parentId().equals(Optional.of(candidate.id())));
      if (!placed) {
        String now = tenant.isTop(console) ? "none: it is the tenant's top org"
            : consoleParent.map(tenant::describe).orElse("the top org");
        conflict(reference, Optional.of(console.id()), Map.of("parent", now), Map.of("parent", parent.describe()),
            "the console cannot move an org: it is under " + now + ", the document puts it under " + parent.describe());
        children(org, new Place(Optional.of(reference), List.of(console), false), wanted, Cascade.NONE);
        return;
      }
      update(org, console);
      OrgState now = TenantOrgs.state(console);
      boolean active = cascade.active().orElse(now != OrgState.DEACTIVATED);
      boolean blocked = cascade.blocked().orElse(console.blocked());
      Cascade mine = states(reference, Optional.of(console.id()), now, active, blocked, wanted, cascade);
      org.settings().ifPresent(settings -> settings(reference, console, settings));
      children(org, new Place(Optional.of(reference), List.of(console), false), wanted, mine);
    }

    private void children(DesiredOrg org, Place place, OrgState state, Cascade cascade) {
      for (DesiredOrg child : org.children()) {
        plan(child, place, state, cascade);
      }
    }

    private void conflict(String reference, Optional<OrgId> id, Map<String, Object> before, Map<String, Object> after,
        String reason) {
      changes.add(OrgChange.builder().externalReference(reference).action(ChangeAction.CONFLICT).orgId(id)
          .before(before).after(after).reason(reason).build());
    }

    private void update(DesiredOrg org, Org console) {
      Map<String, Object> before = new LinkedHashMap<>();
      Map<String, Object> after = new LinkedHashMap<>();
      if (!org.name().equals(console.name())) {
        before.put("name", console.name());
        after.put("name", org.name());
      }
      String notes = console.notes().orElse("");
      org.notes().filter(wanted -> !wanted.equals(notes)).ifPresent(wanted -> {
        if (!notes.isEmpty()) {
          before.put("notes", notes);
        }
        after.put("notes", wanted);
      });
      if (!after.isEmpty()) {
        changes.add(OrgChange.builder().externalReference(org.externalReference()).action(ChangeAction.UPDATE)
            .orgId(console.id()).before(before).after(after).build());
      }
    }

    // From what the console will have once the ancestors' changes passed down (active, blocked)
    // to what the document wants; returns what this org's changes pass on to its children.
    private Cascade states(String reference, Optional<OrgId> id, OrgState now, boolean active, boolean blocked,
        OrgState wanted, Cascade cascade) {
      Optional<String> passedDown = cascade.by().filter(by -> TenantOrgs.stateOf(active, blocked) != now);
      OrgState word = now;
      Cascade mine = cascade;
      if (wanted == OrgState.DEACTIVATED) {
        if (active) {
          word = state(reference, id, ChangeAction.DEACTIVATE, word, OrgState.DEACTIVATED, passedDown);
          mine = new Cascade(Optional.of(false), mine.blocked(), Optional.of(reference + "'s deactivate"));
        }
        id.ifPresent(deactivating::add);
        return mine;
      }
      if (!active) {
        OrgState next = blocked ? OrgState.BLOCKED : OrgState.ACTIVE;
        word = state(reference, id, ChangeAction.REACTIVATE, word, next, passedDown);
        passedDown = Optional.empty();
        mine = new Cascade(Optional.of(true), mine.blocked(), Optional.of(reference + "'s reactivate"));
      }
      boolean block = wanted == OrgState.BLOCKED;
      if (block != blocked) {
        state(reference, id, block ? ChangeAction.BLOCK : ChangeAction.UNBLOCK, word, wanted, passedDown);
        mine = new Cascade(mine.active(), Optional.of(block), Optional.of(reference + "'s " + (block ? "block" : "unblock")));
      }
      return mine;
    }

    private OrgState state(String reference, Optional<OrgId> id, ChangeAction action, OrgState from, OrgState to,
        Optional<String> passedDown) {
      changes.add(OrgChange.builder().externalReference(reference).action(action).orgId(id)
          .putBefore("state", from.wireName()).putAfter("state", to.wireName())
          .reason(passedDown.map(by -> "again: " + by + " changes it too")).build());
      return to;
    }

    private void newSettings(String reference, SettingsValues settings) {
      Map<String, Object> after = new LinkedHashMap<>();
      for (SettingKey key : SettingKey.values()) {
        key.given(settings).ifPresent(value -> after.put(key.key, value));
      }
      changes.add(OrgChange.builder().externalReference(reference).action(ChangeAction.SETTINGS).after(after).build());
    }

    private void settings(String reference, Org console, SettingsValues settings) {
      OrgSettings current = orgs.getSettings(console.id());
      Map<String, Object> before = new LinkedHashMap<>();
      Map<String, Object> after = new LinkedHashMap<>();
      for (SettingKey key : SettingKey.values()) {
        Optional<Object> wanted = key.given(settings);
        Optional<Object> now = key.read(current);
        if (wanted.isPresent() && !wanted.equals(now)) {
          now.ifPresent(value -> before.put(key.key, value));
          after.put(key.key, wanted.get());
        }
      }
      if (!after.isEmpty()) {
        changes.add(OrgChange.builder().externalReference(reference).action(ChangeAction.SETTINGS).orgId(console.id())
            .before(before).after(after).build());
      }
    }

    // The orgs the document does not name: each listed (or, pruning, deactivated) unless it is
    // deactivated already or goes with a parent that is.
    void unmanaged(boolean prune) {
      for (Org console : tenant.all()) {
        if (tenant.isTop(console) || named.contains(console.id()) || TenantOrgs.state(console) == OrgState.DEACTIVATED
            || underDeactivated(console)) {
          continue;
        }
        OrgChange.Builder change = OrgChange.builder().externalReference(TenantOrgs.reference(console))
            .orgId(console.id()).putBefore("name", console.name()).putBefore("state", TenantOrgs.state(console).wireName());
        if (prune) {
          deactivating.add(console.id());
          changes.add(change.action(ChangeAction.DEACTIVATE).putAfter("state", OrgState.DEACTIVATED.wireName())
              .reason("not in the document: pruned").build());
        } else {
          changes.add(change.action(ChangeAction.UNMANAGED).reason("not in the document: left alone").build());
        }
      }
    }

    private boolean underDeactivated(Org org) {
      Org at = org;
      for (int depth = 0; !tenant.isTop(at) && depth <= tenant.all().size(); depth++) {
        at = tenant.parent(at).orElseThrow();
        if (deactivating.contains(at.id()) || TenantOrgs.state(at) == OrgState.DEACTIVATED) {
          return true;
        }
      }
      return false;
    }
  }
}
