package dev.crashplan4j.core.domain;

import static dev.crashplan4j.core.domain.Orgs.aPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgPageTest {

  @Test
  void aShortPageIsLast() {
    assertThat(aPage(3, 10, 4, 1000).isLast()).isTrue();
  }

  @Test
  void aFullPageBeforeTheTotalIsNotLast() {
    assertThat(aPage(1, 10, 10, 11).isLast()).isFalse();
  }

  @Test
  void aFullPageThatReachesTheTotalIsLast() {
    assertThat(aPage(2, 10, 10, 20).isLast()).isTrue();
  }

  @Test
  void pagesCountFromOne() {
    assertThatThrownBy(() -> aPage(0, 10, 0, 0)).hasMessage("pageNum must be at least 1, was 0");
  }
}
