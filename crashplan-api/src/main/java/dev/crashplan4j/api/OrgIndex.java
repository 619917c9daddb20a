package dev.crashplan4j.api;

import dev.crashplan4j.api.bulk.AmbiguousOrgKeyException;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.SoughtOrg;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * What a bulk run knows of the tenant's orgs: one walk of the listing at its start, then what
 * its own items did. It names orgs by id, uid and external reference without a request per
 * item, and tells whether an org is already as an item asks. Each org is kept small (its ids,
 * name, reference, notes and state), not as the whole answer. Thread-safe: one lock, every
 * step short.
 */
final class OrgIndex {

  /** What the run knows of one org. */
  record OrgState(OrgRef ref, String name, Optional<String> externalReference, Optional<String> notes,
      boolean blocked, OrgStatus status) {

    static OrgState of(Org org) {
      return new OrgState(org.ref(), org.name(), org.externalReference().filter(reference -> !reference.isBlank()),
          org.notes(), org.blocked(), org.status());
    }

    OrgState after(BulkOperation change) {
      return switch (change) {
        case BLOCK -> new OrgState(ref, name, externalReference, notes, true, status);
        case UNBLOCK -> new OrgState(ref, name, externalReference, notes, false, status);
        case DEACTIVATE -> new OrgState(ref, name, externalReference, notes, blocked, OrgStatus.DEACTIVATED);
        case REACTIVATE -> new OrgState(ref, name, externalReference, notes, blocked, OrgStatus.ACTIVE);
        default -> this;
      };
    }
  }

  private final Map<OrgId, OrgState> byId = new HashMap<>();
  private final Map<OrgUid, OrgId> byUid = new HashMap<>();
  // Most references name one org; the few that name several are listed apart.
  private final Map<String, OrgId> byReference = new HashMap<>();
  private final Map<String, List<OrgId>> sharedReferences = new HashMap<>();

  /**
   * Walks the listing once and indexes every org: page 1, then the pages its total count says
   * there are, up to {@code ahead} of them read at once on {@code workers} (and no more held),
   * then page by page for as long as the listing grew meanwhile.
   */
  static OrgIndex walk(IntFunction<OrgPage> pages, ExecutorService workers, int ahead) {
    OrgIndex index = new OrgIndex();
    OrgPage last = pages.apply(1);
    last.orgs().forEach(index::learn);
    if (last.isLast()) {
      return index;
    }
    int lastCounted = (int) Math.min(Integer.MAX_VALUE, (last.totalCount() + last.pageSize() - 1) / last.pageSize());
    Deque<CompletableFuture<OrgPage>> reading = new ArrayDeque<>();
    int next = 2;
    while (next <= lastCounted || !reading.isEmpty()) {
      while (next <= lastCounted && reading.size() < ahead) {
        int pageNum = next++;
        reading.add(CompletableFuture.supplyAsync(() -> pages.apply(pageNum), workers));
      }
      last = joined(reading.poll());
      last.orgs().forEach(index::learn);
    }
    // The listing grew since page 1 was counted: the pages after, one by one, to the first last one.
    int pageNum = Math.max(lastCounted, 1);
    while (!last.isLast() && !last.orgs().isEmpty()) {
      last = pages.apply(++pageNum);
      last.orgs().forEach(index::learn);
    }
    return index;
  }

  private static OrgPage joined(CompletableFuture<OrgPage> page) {
    try {
      return page.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  /** Takes in {@code org} as the console now has it. */
  synchronized void learn(Org org) {
    put(OrgState.of(org));
  }

  /** Takes in that a state change of {@code ref}'s org was made. */
  synchronized void changed(OrgRef ref, BulkOperation change) {
    OrgState known = byId.get(ref.id());
    if (known != null) {
      byId.put(ref.id(), known.after(change));
    }
  }

  /** The orgs whose external reference is {@code reference}, lowest id first. */
  synchronized List<OrgState> withReference(String reference) {
    List<OrgId> shared = sharedReferences.get(reference);
    if (shared != null) {
      return shared.stream().sorted((a, b) -> Long.compare(a.value(), b.value())).map(byId::get).toList();
    }
    OrgId one = byReference.get(reference);
    return one == null ? List.of() : List.of(byId.get(one));
  }

  /**
   * The org {@code key} names.
   *
   * @throws OrgNotFoundException when no org of the listing (or of the run) has it
   * @throws AmbiguousOrgKeyException when it is an external reference several orgs have
   */
  synchronized OrgState resolve(OrgKey key, String operation) {
    OrgState found;
    if (key instanceof OrgKey.ById id) {
      found = byId.get(id.id());
    } else if (key instanceof OrgKey.ByUid uid) {
      OrgId id = byUid.get(uid.uid());
      found = id == null ? null : byId.get(id);
    } else {
      List<OrgState> named = withReference(((OrgKey.ByExternalReference) key).reference());
      if (named.size() > 1) {
        throw new AmbiguousOrgKeyException(operation, key, named.stream().map(state -> state.ref().id()).toList());
      }
      found = named.isEmpty() ? null : named.get(0);
    }
    if (found == null) {
      throw new OrgNotFoundException(operation, sought(key));
    }
    return found;
  }

  /** The key as {@link OrgNotFoundException} names it: {@code org id 42}, {@code org uid 1234}, {@code external reference X}. */
  static SoughtOrg sought(OrgKey key) {
    if (key instanceof OrgKey.ById id) {
      return SoughtOrg.id(id.id());
    }
    if (key instanceof OrgKey.ByUid uid) {
      return SoughtOrg.uid(uid.uid());
    }
    return SoughtOrg.described(key.toString());
  }

  private void put(OrgState state) {
    OrgId id = state.ref().id();
    OrgState before = byId.put(id, state);
    byUid.put(state.ref().uid(), id);
    if (before != null && before.externalReference().isPresent()
        && !before.externalReference().equals(state.externalReference())) {
      forgetReference(before.externalReference().get(), id);
    }
    state.externalReference().ifPresent(reference -> rememberReference(reference, id));
  }

  private void rememberReference(String reference, OrgId id) {
    List<OrgId> shared = sharedReferences.get(reference);
    if (shared != null) {
      if (!shared.contains(id)) {
        shared.add(id);
      }
      return;
    }
    OrgId one = byReference.putIfAbsent(reference, id);
    if (one != null && !one.equals(id)) {
      byReference.remove(reference);
      sharedReferences.put(reference, new ArrayList<>(List.of(one, id)));
    }
  }

  private void forgetReference(String reference, OrgId id) {
    List<OrgId> shared = sharedReferences.get(reference);
    if (shared == null) {
      byReference.remove(reference, id);
      return;
    }
    shared.remove(id);
    if (shared.size() == 1) {
      sharedReferences.remove(reference);
      byReference.put(reference, shared.get(0));
    }
  }
}
