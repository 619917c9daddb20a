package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgRef;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.OrgNotFoundException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the client knows of the tenant's org identifiers, so that an id or uid can be turned
 * into the guid the {@code v3} endpoints need. It learns from every org the console returns;
 * on a miss it walks the whole listing (every page, not only the first) before it concludes
 * that the org does not exist.
 */
final class OrgDirectory {

  private final ConcurrentMap<OrgId, OrgRef> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<OrgUid, OrgRef> byUid = new ConcurrentHashMap<>();
  private final Supplier<Stream<OrgPage>> fullListing;
  private final Object scanLock = new Object();

  /**
   * @param fullListing walks all pages of the org listing; each page it fetches must be passed
   *     to {@link #learn(OrgPage)}
   */
  OrgDirectory(Supplier<Stream<OrgPage>> fullListing) {
    this.fullListing = fullListing;
  }

  OrgRef resolve(OrgId id, String operation) {
    return resolve(byId, id, operation, "org id " + id);
  }

  OrgRef resolve(OrgUid uid, String operation) {
    return resolve(byUid, uid, operation, "org uid " + uid);
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


  private <K> OrgRef resolve(Map<K, OrgRef> index, K key, String operation, String orgKey) {
    OrgRef known = index.get(key);
    if (known != null) {
      return known;
    }
    // One walk at a time: threads that missed together wait for it and then find the org
    // learned, instead of each walking the listing again.
    synchronized (scanLock) {
      known = index.get(key);
      if (known == null) {
        try (Stream<OrgPage> pages = fullListing.get()) {
          pages.forEach(page -> {});
        }
        known = index.get(key);
      }
    }
    if (known == null) {
      throw new OrgNotFoundException(operation, orgKey, null);
    }
    return known;
  }

}
