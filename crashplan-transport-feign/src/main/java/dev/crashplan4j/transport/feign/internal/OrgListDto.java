package dev.crashplan4j.transport.feign.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/** The payload of {@code GET /api/v1/Org}: one page of orgs and the listing's size. */
final class OrgListDto implements ConsoleDecoder.Dated {
  public long totalCount;
  public List<OrgDto> orgs = new ArrayList<>();
  // The Date header of the answer, not a field of the JSON.
  @JsonIgnore
  public String answeredAt;

  @Override
  public void answeredAt(String dateHeader) {
    this.answeredAt = dateHeader;
  }
}
