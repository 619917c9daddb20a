package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.bulk.AmbiguousOrgKeyException;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.ServerErrorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bulk run's index of the tenant: one walk, pages read a few at once, names resolved without a request. */
class OrgIndexTest {

  private final ExecutorService workers = Executors.newFixedThreadPool(3);
  private final List<Integer> read = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  private static Org anOrg(long id, String reference) {
    return Org.builder().id(OrgId.of(id)).uid(OrgUid.of("9" + id)).guid(OrgGuid.of("guid-" + id)).name("Org " + id)
        .externalReference(reference).active(true).blocked(false).build();
  }

  // A listing of {@code orgs} orgs at {@code pageSize} a page, whose page 1 counted {@code counted}.
  private IntFunction<OrgPage> listing(int orgs, int pageSize, long counted) {
    return pageNum -> {
      read.add(pageNum);
      List<Org> onPage = new ArrayList<>();
      for (long id = (long) (pageNum - 1) * pageSize + 1; id <= Math.min(orgs, (long) pageNum * pageSize); id++) {
        onPage.add(anOrg(id, "REF-" + id));
      }
      return OrgPage.builder().orgs(onPage).pageNum(pageNum).pageSize(pageSize)
          .totalCount(pageNum == 1 ? counted : orgs).build();
    };
  }

  @Test
  void aWalkOfEachPageOnceKnowsEveryOrgByEveryKey() {
    OrgIndex index = OrgIndex.walk(listing(95, 10, 95), workers, 3);

    assertThat(read).hasSize(10).doesNotHaveDuplicates();
    assertThat(index.resolve(OrgKey.of(OrgId.of(95)), "read").ref().guid()).isEqualTo(OrgGuid.of("guid-95"));
    assertThat(index.resolve(OrgKey.of(OrgUid.of("942")), "read").ref().id()).isEqualTo(OrgId.of(42));
    assertThat(index.resolve(OrgKey.externalReference("REF-7"), "read").ref().id()).isEqualTo(OrgId.of(7));
  }

  @Test
  void aListingThatGrewSincePageOneIsReadToItsEnd() {
    OrgIndex index = OrgIndex.walk(listing(57, 10, 31), workers, 3);

    assertThat(read).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    assertThat(index.resolve(OrgKey.of(OrgId.of(57)), "read").ref().id()).isEqualTo(OrgId.of(57));
  }

  @Test
  void aPageThatCannotBeReadFailsTheWalk() {
    IntFunction<OrgPage> pages = listing(50, 10, 50);
    IntFunction<OrgPage> failingOnThree = pageNum -> {
      if (pageNum == 3) {
        throw new ServerErrorException("getPage 3", 503, AnswerBody.of("maintenance"));
      }
      return pages.apply(pageNum);
    };

    assertThatThrownBy(() -> OrgIndex.walk(failingOnThree, workers, 3)).isInstanceOf(ServerErrorException.class)
        .hasMessageStartingWith("getPage 3 failed: HTTP 503");
  }

  @Test
  void aKeyThatNamesNoneOrSeveralOrgsFails() {
    OrgIndex index = OrgIndex.walk(listing(3, 10, 3), workers, 3);
    index.learn(anOrg(4, "REF-1"));

    assertThatThrownBy(() -> index.resolve(OrgKey.of(OrgId.of(99)), "block org 99"))
        .isInstanceOf(OrgNotFoundException.class).hasMessage("block org 99 failed: no organization with org id 99 exists");
    assertThatThrownBy(() -> index.resolve(OrgKey.externalReference("REF-1"), "block external reference REF-1"))
        .isInstanceOfSatisfying(AmbiguousOrgKeyException.class,
            ambiguous -> assertThat(ambiguous.orgs()).containsExactly(OrgId.of(1), OrgId.of(4)));
  }

  @Test
  void anOrgWhoseReferenceChangedIsNoLongerFoundByTheOldOne() {
    OrgIndex index = OrgIndex.walk(listing(3, 10, 3), workers, 3);
    index.learn(anOrg(4, "REF-1"));

    index.learn(anOrg(1, "NEW"));

    assertThat(index.resolve(OrgKey.externalReference("REF-1"), "read").ref().id()).isEqualTo(OrgId.of(4));
    assertThat(index.resolve(OrgKey.externalReference("NEW"), "read").ref().id()).isEqualTo(OrgId.of(1));
  }
}
