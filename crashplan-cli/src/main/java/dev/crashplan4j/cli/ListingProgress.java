package dev.crashplan4j.cli;

import dev.crashplan4j.core.domain.OrgPage;
import java.io.PrintWriter;

/** How far a listing of more than one page has got, on standard error when it is a terminal. */
final class ListingProgress {

  private final PrintWriter err;
  private final boolean terminal;
  private long seen;
  private boolean shown;

  ListingProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  void page(OrgPage page) {
    seen += page.orgs().size();
    if (terminal && (shown || !page.isLast())) {
      shown = true;
      err.print("\rlisting orgs: " + seen + "/" + page.totalCount());
      err.flush();
    }
  }

  void end() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
