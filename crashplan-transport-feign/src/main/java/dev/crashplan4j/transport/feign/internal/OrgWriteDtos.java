package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.port.CreateOrgRequest;

/** The bodies of the requests that write an org. */
final class OrgWriteDtos {

  private OrgWriteDtos() {}

  /** {@code POST /api/v3/orgs}: the console takes absent optional fields as null, as py42 sends them. */
  record Create(String orgName, String orgExtRef, String notes, String parentOrgGuid) {
    /** The body for the request's org under its parent; null for the tenant's top org. */
    static Create of(CreateOrgRequest request) {
      NewOrg org = request.newOrg();
      return new Create(
          org.name(),
          org.externalReference().orElse(null),
          org.notes().orElse(null),
          request.parent().map(OrgGuid::value).orElse(null));
    }
  }

  /** {@code PUT /api/v3/orgs/<guid>}: a field left out is a field left as it is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Update(String orgName, String orgExtRef, String notes) {
    static Update of(OrgUpdate update) {
      return new Update(
          update.name().orElse(null),
          update.externalReference().orElse(null),
          update.notes().orElse(null));
    }
  }
}
