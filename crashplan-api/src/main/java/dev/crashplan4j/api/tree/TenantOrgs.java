package dev.crashplan4j.api.tree;

import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's orgs from one walk of the listing, by id and by external reference, with their
 * parents. The walk goes through {@link OrgService#getPage}, so the client learns every guid on
 * the way and the settings reads after it need no walk of their own.
 */
final class TenantOrgs {

  private final Map<OrgId, Org> byId = new LinkedHashMap<>();
  private final Map<String, List<Org>> byReference = new HashMap<>();

  static TenantOrgs walk(OrgService orgs) {
    TenantOrgs tenant = new TenantOrgs();
    for (int pageNum = 1; ; pageNum++) {
      OrgPage page = orgs.getPage(pageNum);
      page.orgs().forEach(tenant::add);
      if (page.isLast() || page.orgs().isEmpty()) {
        return tenant;
      }
    }
  }

  private void add(Org org) {
    if (byId.put(org.id(), org) == null) {
      reference(org).ifPresent(reference -> byReference.computeIfAbsent(reference, key -> new ArrayList<>()).add(org));
    }
  }

  Collection<Org> all() {
    return byId.values();
  }

  Optional<Org> byId(OrgId id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<Org> withReference(String reference) {
    return byReference.getOrDefault(reference, List.of());
  }

  Optional<Org> parent(Org org) {
    return org.parentId().map(byId::get);
  }

  /** Whether {@code org} is the tenant's top org (or one of them): it has no parent in the listing. */
  boolean isTop(Org org) {
    return org.parentId().isEmpty() || !byId.containsKey(org.parentId().get());
  }

  /** How deep {@code org} is: 0 for the top org, 1 for the orgs under it... */
  int depth(Org org) {
    int depth = 0;
    Org at = org;
    while (!isTop(at) && depth <= byId.size()) {
      at = byId.get(at.parentId().get());
      depth++;
    }
    return depth;
  }

  static Optional<String> reference(Org org) {
    return org.externalReference().filter(reference -> !reference.isBlank());
  }

  /** The org's state as a document spells it. */
  static OrgState state(Org org) {
    if (org.status() == OrgStatus.DEACTIVATED) {
      return OrgState.DEACTIVATED;
    }
    return org.blocked() ? OrgState.BLOCKED : OrgState.ACTIVE;
  }

  /** The state of an org that is active or not, blocked or not. */
  static OrgState stateOf(boolean active, boolean blocked) {
    if (!active) {
      return OrgState.DEACTIVATED;
    }
    return blocked ? OrgState.BLOCKED : OrgState.ACTIVE;
  }

  /** How a plan names an org as a parent: its external reference, else its id and name. */
  String describe(Org org) {
    if (isTop(org)) {
      return "the top org";
    }
    return reference(org).orElse("org " + org.id() + " \"" + org.name() + "\"");
  }
}
