package dev.crashplan4j.core.domain;

import java.util.ArrayList;
import java.util.List;

/** Test data: small orgs and pages. */
final class Orgs {

  private Orgs() {}

  static Org anOrg(long id) {
    return Org.builder()
        .id(OrgId.of(id))
        .uid(OrgUid.of("9" + id))
        .guid(OrgGuid.of("guid-" + id))
        .name("Org " + id)
        .active(true)
        .blocked(false)
        .build();
  }

  static OrgPage aPage(int pageNum, int pageSize, int orgsOnPage, long totalCount) {
    List<Org> orgs = new ArrayList<>();
    for (int i = 0; i < orgsOnPage; i++) {
      orgs.add(anOrg((long) (pageNum - 1) * pageSize + i + 1));
    }
    return OrgPage.builder().orgs(orgs).pageNum(pageNum).pageSize(pageSize).totalCount(totalCount).build();
  }
}
