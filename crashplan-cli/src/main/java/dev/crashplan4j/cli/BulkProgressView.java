package dev.crashplan4j.cli;

import dev.crashplan4j.api.bulk.BulkListener;
import dev.crashplan4j.api.bulk.BulkProgress;
import dev.crashplan4j.api.bulk.BulkResult;
import dev.crashplan4j.api.bulk.BulkSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A bulk run's progress on standard error: on a terminal a bar redrawn in place (done/total,
 * rate, time left, failures so far), without one a line every few seconds, so that a CI log
 * shows the run moving without a line per row.
 */
final class BulkProgressView implements BulkListener {

  // A terminal redraws at most this often: a fast run must not spend its time drawing.
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
  private static final long LINE_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final boolean terminal;
  private final int width;
  private long lastShown;
  private BulkProgress last;
  private boolean drawn;

  BulkProgressView(PrintWriter err, boolean terminal, int width) {
    this.err = err;
    this.terminal = terminal;
    this.width = width;
    // A bar is drawn at the first item; lines start after the first interval, so that a short
    // run logs one line, its last.
    this.lastShown = terminal ? System.nanoTime() - REDRAW_NANOS : System.nanoTime();
  }

  static BulkProgressView forStandardError(PrintWriter err, UnaryOperator<String> environment) {
    return new BulkProgressView(err, Terminal.stderrIsTerminal(), Terminal.width(environment));
  }

  @Override
  public void itemFinished(BulkResult<?> result, BulkProgress progress) {
    last = progress;
    long now = System.nanoTime();
    if (now - lastShown >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      lastShown = now;
      show(progress);
    }
  }

  @Override
  public void paused(Duration wait) {
    if (!terminal) {
      err.println("the console asked to slow down: no row starts for " + seconds(wait));
      err.flush();
    }
  }

  @Override
  public void runEnded(BulkSummary summary) {
    if (last != null) {
      show(last);
    }
    if (terminal && drawn) {
      err.println();
    }
    err.flush();
  }

  private void show(BulkProgress progress) {
    if (terminal) {
      err.print("\r" + bar(progress, width) + "\033[K");
      drawn = true;
    } else {
      err.println("bulk: " + text(progress));
    }
    err.flush();
  }

  /** {@code [#####.....] 420/1000  52.1/s  0:11 left  3 failed}, no wider than {@code width - 1}. */
  static String bar(BulkProgress progress, int width) {
    String text = text(progress);
    int room = Math.max(10, width - 1 - text.length() - 3);
    long total = progress.total().orElse(0);
    int filled = total == 0 ? 0 : (int) Math.min(room, room * progress.finished() / total);
    return "[" + "#".repeat(filled) + ".".repeat(room - filled) + "] " + text;
  }

  /** {@code 420/1000  52.1/s  0:11 left  3 failed}. */
  static String text(BulkProgress progress) {
    String done = progress.finished() + progress.total().stream().mapToObj(total -> "/" + total).findFirst().orElse("");
    String rate = String.format(Locale.ROOT, "%.1f/s", progress.itemsPerSecond());
    String left = progress.remaining().map(remaining -> "  " + seconds(remaining) + " left").orElse("");
    return done + "  " + rate + left + "  " + progress.failed() + " failed";
  }

  private static String seconds(Duration duration) {
    long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
    return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
