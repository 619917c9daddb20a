package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/** An org as the console sends it, in a listing or a {@code v3} answer. */
final class OrgDto {
  public Long orgId;
  public String orgUid;
  public String orgGuid;
  public String orgName;
  public String orgExtRef;
  public String notes;
  public String status;
  public Boolean active;
  public Boolean blocked;
  public Long parentOrgId;
  public String parentOrgUid;
  public String parentOrgGuid;
  public String type;
  public String classification;
  public String creationDate;
  public String modificationDate;
  public String deactivationDate;
  public String registrationKey;
  // Every field not named above, kept. The map itself is the any-setter, so that Jackson does not
  // also take it for a property: a key "other" in an answer is one more field, not the map.
  @JsonAnySetter
  public final Map<String, Object> other = new LinkedHashMap<>();
}
