package dev.crashplan4j.core.domain;

import static dev.crashplan4j.core.domain.Orgs.aPage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrgListingTest {

  private final List<Integer> fetched = new ArrayList<>();

  private Stream<OrgPage> listingOf(long total, int pageSize) {
    return OrgListing.pages(pageNum -> {
      fetched.add(pageNum);
      long before = (long) (pageNum - 1) * pageSize;
      int onPage = (int) Math.max(0, Math.min(pageSize, total - before));
      return aPage(pageNum, pageSize, onPage, total);
    });
  }

  @Test
  void noPageIsFetchedBeforeTheStreamIsConsumed() {
    Stream<OrgPage> pages = listingOf(100, 10);

    assertThat(fetched).isEmpty();
    pages.close();
  }

  @Test
  void onlyThePagesConsumedAreFetched() {
    assertThat(listingOf(100, 10).limit(3)).hasSize(3);

    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void theListingEndsAfterTheFirstShortPage() {
    assertThat(listingOf(25, 10)).extracting(page -> page.orgs().size()).containsExactly(10, 10, 5);

    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void aFullLastPageEndsTheListingWhenTheTotalIsReached() {
    assertThat(listingOf(20, 10)).hasSize(2);

    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void anEmptyTenantYieldsOneEmptyFirstPage() {
    assertThat(listingOf(0, 10)).singleElement().satisfies(page -> assertThat(page.orgs()).isEmpty());
  }

  @Test
  void anEmptyPageAfterTheFirstIsNotYielded() {
    // A total that grew smaller while paging: page 2 comes back empty although 20 were counted.
    Stream<OrgPage> shrinking = OrgListing.pages(pageNum -> aPage(pageNum, 10, pageNum == 1 ? 10 : 0, 20));

    assertThat(shrinking).extracting(OrgPage::pageNum).containsExactly(1);
  }
}
