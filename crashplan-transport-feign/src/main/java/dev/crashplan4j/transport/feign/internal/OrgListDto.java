package dev.crashplan4j.transport.feign.internal;

import java.util.ArrayList;
import java.util.List;

/** The payload of {@code GET /api/v1/Org}: one page of orgs and the listing's size. */
final class OrgListDto {
  public long totalCount;
  public List<OrgDto> orgs = new ArrayList<>();
}
