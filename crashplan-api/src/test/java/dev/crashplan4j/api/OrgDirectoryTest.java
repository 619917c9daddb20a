package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgListing;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.OrgNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrgDirectoryTest {

  private final List<Org> tenant = new ArrayList<>();
  private final AtomicInteger pagesFetched = new AtomicInteger();
  private OrgDirectory directory;

  OrgDirectoryTest() {
    directory = new OrgDirectory(() -> OrgListing.pages(pageNum -> {
      pagesFetched.incrementAndGet();
      int from = Math.min(tenant.size(), (pageNum - 1) * 2);
      OrgPage page = OrgPage.builder()
          .orgs(tenant.subList(from, Math.min(tenant.size(), from + 2)))
          .pageNum(pageNum).pageSize(2).totalCount(tenant.size()).build();
      directory.learn(page);
      return page;
    }));
  }

  private static Org anOrg(long id) {
    return Org.builder().id(OrgId.of(id)).uid(OrgUid.of("u" + id)).guid(OrgGuid.of("g" + id))
        .name("Org " + id).active(true).blocked(false).build();
  }

  @Test
  void aMissWalksEveryPageAndLearnsEveryOrg() {
    for (long id = 1; id <= 5; id++) {
      tenant.add(anOrg(id));
    }

    assertThat(directory.resolve(OrgId.of(5), "getById").guid()).isEqualTo(OrgGuid.of("g5"));
    assertThat(directory.resolve(OrgUid.of("u1"), "getByUid").id()).isEqualTo(OrgId.of(1));
    assertThat(pagesFetched).hasValue(3);
  }

  @Test
  void aLearnedOrgIsResolvedWithoutAListing() {
    directory.learn(anOrg(9));

    assertThat(directory.resolve(OrgUid.of("u9"), "getByUid").id()).isEqualTo(OrgId.of(9));
    assertThat(pagesFetched).hasValue(0);
  }

  @Test
  void aForgottenOrgIsLookedForAgain() {
    directory.learn(anOrg(9));
    directory.forget(anOrg(9).ref());

    assertThatThrownBy(() -> directory.resolve(OrgId.of(9), "block"))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("block failed: no organization with org id 9 exists");
    assertThat(pagesFetched).hasValue(1);
  }
}
