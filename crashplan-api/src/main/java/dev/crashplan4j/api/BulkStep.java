package dev.crashplan4j.api;

import dev.crashplan4j.api.OrgIndex.OrgState;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.BulkOutcome;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one item of a bulk run does: find its org in the run's index, send nothing when the org
 * is already so, else make the change through {@link OrgService}, the same call path as a single
 * call (retries, sign-in, lost answers settled by reading the console), and say what came of it.
 * In a dry run, say what would be sent instead.
 */
final class BulkStep {

  /** What came of one item. */
  record Done(BulkOutcome outcome, Optional<OrgRef> ref, Optional<Org> org, Optional<RuntimeException> failure,
      List<String> wouldSend) {

    static Done of(BulkOutcome outcome, OrgRef ref) {
      return new Done(outcome, Optional.of(ref), Optional.empty(), Optional.empty(), List.of());
    }

    static Done of(BulkOutcome outcome, Org org) {
      return new Done(outcome, Optional.of(org.ref()), Optional.of(org), Optional.empty(), List.of());
    }

    static Done wouldSend(Optional<OrgRef> ref, List<String> requests) {
      return new Done(BulkOutcome.NOT_STARTED, ref, Optional.empty(), Optional.empty(), requests);
    }

    static Done failed(RuntimeException failure, Optional<OrgRef> ref) {
      BulkOutcome outcome = failure instanceof OutcomeUnknownException ? BulkOutcome.UNKNOWN : BulkOutcome.FAILED;
      return new Done(outcome, ref, Optional.empty(), Optional.of(failure), List.of());
    }
  }

  private final OrgService orgs;
  private final OrgIndex index;
  private final boolean dryRun;
  // The external references a dry run's creates would give: later items see them as made.
  private final Set<String> wouldCreate = ConcurrentHashMap.newKeySet();

  BulkStep(OrgService orgs, OrgIndex index, boolean dryRun) {
    this.orgs = orgs;
    this.index = index;
    this.dryRun = dryRun;
  }

  /** The ids of the org {@code item} names, when the index knows it (and only one org has its key). */
  Optional<OrgRef> known(BulkItem item) {
    return item.org().flatMap(key -> {
      try {
        return Optional.of(index.resolve(key, "resume").ref());
      } catch (RuntimeException unknown) {
        return Optional.empty();
      }
    });
  }

  Done run(BulkItem item) {
    Optional<OrgRef> ref = Optional.empty();
    try {
      if (item instanceof BulkItem.Create create) {
        return create(create);
      }
      OrgKey key = item.org().orElseThrow();
      String label = item.operation().wireName() + " " + key;
      if (dryRun && key instanceof OrgKey.ByExternalReference named && wouldCreate.contains(named.reference())) {
        return Done.wouldSend(ref, List.of(item.operation().wireName() + " the org an earlier item would create"));
      }
      OrgState org = index.resolve(key, label);
      ref = Optional.of(org.ref());
      if (item instanceof BulkItem.StateChange change) {
        return stateChange(change.operation(), org);
      }
      if (item instanceof BulkItem.Update update) {
        return update(update.update(), org);
      }
      if (item instanceof BulkItem.Settings settings) {
        return settings(settings, org);
      }
      Org read = orgs.getById(org.ref().id());
      index.learn(read);
      return Done.of(BulkOutcome.DONE, read);
    } catch (RuntimeException failed) {
      return Done.failed(failed, ref);
    }
  }

  private Done create(BulkItem.Create create) {
    NewOrg newOrg = create.newOrg();
    Optional<String> reference = newOrg.externalReference().filter(text -> !text.isBlank());
    if (reference.isPresent()) {
      List<OrgState> existing = index.withReference(reference.get());
      if (!existing.isEmpty()) {
        return Done.of(BulkOutcome.ALREADY, existing.get(0).ref());
      }
      if (dryRun && !wouldCreate.add(reference.get())) {
        return new Done(BulkOutcome.ALREADY, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
      }
    }
    String under = newOrg.parentOrgUid().map(uid -> " under org uid " + uid).orElse(" under the top org");
    if (create.parent().isPresent()) {
      OrgKey parentKey = create.parent().get();
      if (dryRun && parentKey instanceof OrgKey.ByExternalReference named && wouldCreate.contains(named.reference())) {
        under = " under the org " + named.reference() + " that an earlier item would create";
      } else {
        OrgState parent = index.resolve(parentKey, "create \"" + newOrg.name() + "\" under " + parentKey);
        newOrg = newOrg.toBuilder().parentOrgUid(parent.ref().uid()).build();
        under = " under org " + parent.ref().id();
      }
    }
    if (dryRun) {
      return Done.wouldSend(Optional.empty(), List.of("POST /api/v3/orgs: create \"" + newOrg.name() + "\""
          + reference.map(text -> " (external reference " + text + ")").orElse("") + under));
    }
    Org made = orgs.createOrg(newOrg);
    index.learn(made);
    return Done.of(BulkOutcome.DONE, made);
  }

  private Done stateChange(BulkOperation change, OrgState org) {
    boolean already = switch (change) {
      case BLOCK -> org.blocked();
      case UNBLOCK -> !org.blocked();
      case DEACTIVATE -> org.status() == OrgStatus.DEACTIVATED;
      default -> org.status() == OrgStatus.ACTIVE;
    };
    if (already) {
      return Done.of(BulkOutcome.ALREADY, org.ref());
    }
    if (dryRun) {
      String action = change == BulkOperation.REACTIVATE ? "activate" : change.wireName();
      return Done.wouldSend(Optional.of(org.ref()), List.of("POST /api/v3/orgs/" + org.ref().guid() + "/" + action));
    }
    switch (change) {
      case BLOCK -> orgs.block(org.ref().id());
      case UNBLOCK -> orgs.unblock(org.ref().id());
      case DEACTIVATE -> orgs.deactivate(org.ref().id());
      default -> orgs.reactivate(org.ref().id());
    }
    index.changed(org.ref(), change);
    return Done.of(BulkOutcome.DONE, org.ref());
  }

  private Done update(OrgUpdate update, OrgState org) {
    List<String> changes = new ArrayList<>();
    update.name().filter(name -> !name.equals(org.name()))
        .ifPresent(name -> changes.add("name: \"" + org.name() + "\" -> \"" + name + "\""));
    update.notes().filter(notes -> !Optional.of(notes).equals(org.notes()))
        .ifPresent(notes -> changes.add("notes: " + org.notes().map(old -> "\"" + old + "\"").orElse("none")
            + " -> \"" + notes + "\""));
    update.externalReference().filter(reference -> !reference.equals(org.externalReference().orElse("")))
        .ifPresent(reference -> changes.add("externalReference: " + org.externalReference().orElse("none")
            + " -> " + reference));
    if (changes.isEmpty()) {
      return Done.of(BulkOutcome.ALREADY, org.ref());
    }
    if (dryRun) {
      return Done.wouldSend(Optional.of(org.ref()),
          List.of("PUT /api/v3/orgs/" + org.ref().guid() + ": " + String.join("; ", changes)));
    }
    Org updated = orgs.updateOrg(org.ref().id(), update);
    index.learn(updated);
    return Done.of(BulkOutcome.DONE, updated);
  }

  private Done settings(BulkItem.Settings item, OrgState org) {
    OrgSettings current = orgs.getSettings(org.ref().id());
    OrgSettingsEdit edit = item.edit().edit(current);
    if (!edit.orgId().equals(org.ref().id())) {
      throw new IllegalArgumentException("the settings edit of " + item.key() + " edits org " + edit.orgId()
          + ", not org " + org.ref().id() + ": start it from the settings it is given");
    }
    List<String> changes = edit.changes();
    if (changes.isEmpty()) {
      return Done.of(BulkOutcome.ALREADY, org.ref());
    }
    if (dryRun) {
      List<String> requests = new ArrayList<>();
      String all = String.join("; ", changes);
      if (!edit.tSettingPackets().isEmpty()) {
        requests.add("PUT /api/v1/OrgSetting/" + org.ref().id() + ": " + all);
      }
      if (edit.orgDocumentChanged()) {
        requests.add("PUT /api/v1/Org/" + org.ref().id() + ": " + all);
      }
      return Done.wouldSend(Optional.of(org.ref()), requests);
    }
    SettingsUpdateResult saved = orgs.updateSettings(edit);
    Optional<CrashPlanException> unknown = saved.failures().stream()
        .filter(OutcomeUnknownException.class::isInstance).findFirst();
    Optional<CrashPlanException> failure = unknown.or(saved::firstFailure);
    if (failure.isPresent()) {
      return Done.failed(failure.get(), Optional.of(org.ref()));
    }
    Optional<Org> answered = saved.orgDocument().updatedOrg();
    answered.ifPresent(index::learn);
    return new Done(BulkOutcome.DONE, Optional.of(org.ref()), answered, Optional.empty(), List.of());
  }
}
