package dev.crashplan4j.core.domain;

import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * How the console's paged org listing is walked: page 1, 2, 3... each fetched only when the
 * stream's consumer reaches it, ending after the first page that {@link OrgPage#isLast() is
 * last}.
 */
public final class OrgListing {

  private OrgListing() {}

  /**
   * Returns a lazy, sequential stream of the pages that {@code fetchPage} answers for page
   * numbers 1, 2, 3...; no page is fetched before the stream is consumed, and none after the
   * last. Page 1 is always fetched and returned, even when empty, so that its total count can
   * be read.
   */
  public static Stream<OrgPage> pages(IntFunction<OrgPage> fetchPage) {
    Objects.requireNonNull(fetchPage, "fetchPage");
    Spliterator<OrgPage> pages =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private int next = 1;
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super OrgPage> action) {
            if (done) {
              return false;
            }
            OrgPage page = fetchPage.apply(next++);
            done = page.isLast();
            if (page.orgs().isEmpty() && page.pageNum() > 1) {
              return false;
            }
            action.accept(page);
            return true;
          }
        };
    return StreamSupport.stream(pages, false);
  }
}
