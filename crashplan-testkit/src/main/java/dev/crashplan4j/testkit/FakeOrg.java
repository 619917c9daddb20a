package dev.crashplan4j.testkit;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One org of the fake tenant, as the console stores it. Guarded by the tenant's lock. */
final class FakeOrg {

  final long id;
  final String uid;
  final String guid;
  final FakeOrg parent;
  final String registrationKey;
  final OffsetDateTime created;
  final List<FakeOrg> children = new ArrayList<>();
  final List<FakeDevice> devices = new ArrayList<>();
  String name;
  String extRef;
  String notes;
  boolean active = true;
  boolean blocked;
  OffsetDateTime modified;
  OffsetDateTime deactivated;
  // The org's settings document beyond its own fields (settings, device defaults...) and its
  // t-settings; made from the template when first asked for.
  Map<String, Object> settings;
  final Map<String, Map<String, Object>> tSettings = new LinkedHashMap<>();

  FakeOrg(long id, String uid, String guid, FakeOrg parent, String name, String registrationKey, OffsetDateTime now) {
    this.id = id;
    this.uid = uid;
    this.guid = guid;
    this.parent = parent;
    this.name = name;
    this.registrationKey = registrationKey;
    this.created = now;
    this.modified = now;
  }

  /** This org and all below it, parents before children. */
  List<FakeOrg> withDescendants() {
    List<FakeOrg> all = new ArrayList<>();
    all.add(this);
    for (int i = 0; i < all.size(); i++) {
      all.addAll(all.get(i).children);
    }
    return all;
  }

  /** The org as the console's JSON writes it, field for field, unknown-to-the-SDK ones included. */
  Map<String, Object> toWire() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("orgId", id);
    json.put("orgUid", uid);
    json.put("orgGuid", guid);
    json.put("orgName", name);
    json.put("orgExtRef", extRef);
    json.put("notes", notes);
    json.put("status", active ? "Active" : "Deactivated");
    json.put("active", active);
    json.put("blocked", blocked);
    json.put("parentOrgId", parent == null ? null : parent.id);
    json.put("parentOrgUid", parent == null ? null : parent.uid);
    json.put("parentOrgGuid", parent == null ? null : parent.guid);
    json.put("type", "ENTERPRISE");
    json.put("classification", "BASIC");
    json.put("externalId", uid);
    json.put("hierarchyCounter", children.size());
    json.put("creationDate", date(created));
    json.put("modificationDate", date(modified));
    json.put("deactivationDate", deactivated == null ? null : date(deactivated));
    json.put("registrationKey", registrationKey);
    json.put("reporting", Map.of("orgManagers", List.of()));
    return json;
  }

  /** The org as the SDK's domain has it, for the in-memory transport and test assertions. */
  Org toOrg() {
    return Org.builder()
        .id(OrgId.of(id))
        .uid(OrgUid.of(uid))
        .guid(OrgGuid.of(guid))
        .name(name)
        .externalReference(extRef)
        .notes(notes)
        .statusText(active ? "Active" : "Deactivated")
        .active(active)
        .blocked(blocked)
        .parentId(parent == null ? null : OrgId.of(parent.id))
        .parentUid(parent == null ? null : OrgUid.of(parent.uid))
        .parentGuid(parent == null ? null : OrgGuid.of(parent.guid))
        .type("ENTERPRISE")
        .classification("BASIC")
        .creationDate(created)
        .modificationDate(modified)
        .deactivationDate(deactivated)
        .registrationKey(registrationKey)
        .putOtherFields("externalId", uid)
        .putOtherFields("hierarchyCounter", children.size())
        .putOtherFields("reporting", Map.of("orgManagers", List.of()))
        .build();
  }

  private static String date(OffsetDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
