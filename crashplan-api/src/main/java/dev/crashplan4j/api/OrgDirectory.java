package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgListing;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.SoughtOrg;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the client knows of the tenant's org identifiers, so that an id or uid can be turned
 * into the guid the {@code v3} endpoints need. It learns from the orgs the service hands it
 * and from its own walks of the listing; on a miss it walks the whole listing (every page, not
 * only the first) before it concludes that the org does not exist.
 *
 * <p>Walks run one at a time. A miss is settled by a walk that started after it: threads that
 * missed before a walk started share that walk's result, found or not, instead of each walking
 * again; a thread that missed while a walk was already under way waits for it and then shares
 * the next one.
 */
final class OrgDirectory {

  /** Reads one page of the org listing, as part of the call {@code label} names. */
  @FunctionalInterface
  interface ListingPages {
    OrgPage read(int pageNum, String label);
  }

  private final ConcurrentMap<OrgId, OrgRef> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<OrgUid, OrgRef> byUid = new ConcurrentHashMap<>();
  private final ListingPages listing;
  // A ReentrantLock, not synchronized: a walk is many requests long, and a virtual thread must
  // not pin its carrier for that long on JDK 21 to 23.
  private final ReentrantLock walking = new ReentrantLock();
  private final AtomicLong walksStarted = new AtomicLong();
  // The number of the last walk that went through every page; guarded by walking.
  private long lastCompleteWalk;

  OrgDirectory(ListingPages listing) {
    this.listing = listing;
  }

  OrgRef resolve(OrgId id, String label) {
    return resolve(byId, id, SoughtOrg.id(id), label);
  }

  OrgRef resolve(OrgUid uid, String label) {
    return resolve(byUid, uid, SoughtOrg.uid(uid), label);
  }

  void learn(Org org) {
    OrgRef ref = org.ref();
    byId.put(ref.id(), ref);
    byUid.put(ref.uid(), ref);
  }

  void learn(OrgPage page) {
    page.orgs().forEach(this::learn);
  }

  void forget(OrgRef ref) {
    byId.remove(ref.id(), ref);
    byUid.remove(ref.uid(), ref);
  }

  /** Walks the whole listing, learning every org, and returns each id with its guid in listing order. */
  Map<OrgId, OrgGuid> walk(String label) {
    Map<OrgId, OrgGuid> seen = new LinkedHashMap<>();
    walking.lock();
    try {
      walkHoldingTheLock(label, page -> page.orgs().forEach(org -> seen.put(org.id(), org.guid())));
    } finally {
      walking.unlock();
    }
    return Collections.unmodifiableMap(seen);
  }

  /** How many threads wait for a walk to end: for tests that line threads up deterministically. */
  int waitingForAWalk() {
    return walking.getQueueLength();
  }

  private <K> OrgRef resolve(Map<K, OrgRef> index, K key, SoughtOrg sought, String label) {
    OrgRef known = index.get(key);
    if (known != null) {
      return known;
    }
    long missedDuring = walksStarted.get();
    walking.lock();
    try {
      known = index.get(key);
      if (known == null && lastCompleteWalk <= missedDuring) {
        walkHoldingTheLock(label, page -> {});
        known = index.get(key);
      }
    } finally {
      walking.unlock();
    }
    if (known == null) {
      throw new OrgNotFoundException(label, sought);
    }
    return known;
  }

  private void walkHoldingTheLock(String label, Consumer<OrgPage> alsoOnEachPage) {
    long walk = walksStarted.incrementAndGet();
    try (Stream<OrgPage> pages = OrgListing.pages(pageNum -> listing.read(pageNum, label))) {
      pages.forEach(page -> {
        learn(page);
        alsoOnEachPage.accept(page);
      });
    }
    lastCompleteWalk = walk;
  }
}
