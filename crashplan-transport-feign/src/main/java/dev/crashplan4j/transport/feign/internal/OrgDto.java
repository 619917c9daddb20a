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
  // Not final: a key "other" in the answer replaces it, as Jackson's bean binding of the final
  // field did (AnswerReaders reads it as that did).
  public Map<String, Object> other = new LinkedHashMap<>();

  @JsonAnySetter
  void other(String name, Object value) {
    other.put(name, value);
  }
}
