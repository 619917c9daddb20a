package dev.crashplan4j.api;

import dev.crashplan4j.api.BulkStep.Done;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkListener;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkOutcome;
import dev.crashplan4j.api.bulk.BulkProgress;
import dev.crashplan4j.api.bulk.BulkResult;
import dev.crashplan4j.api.bulk.BulkStop;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.OrgKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk run, step by step on the caller's thread: take the next input, wait out any pause
 * the console asked for, hand the item to a worker, and report results in input order. At most
 * {@code concurrency} items are in flight or waiting to be reported, so memory stays flat
 * however long the input: the window that puts results back in order is as wide as the
 * concurrency, and a slow item holds the ones after it for at most that many.
 *
 * <p>Items on one org key run in input order, each after the one before it; a create waits for
 * an earlier item that creates its parent. The listener and the consumer are called on the
 * caller's thread only.
 */
final class BulkRun<T> {

  private static final Logger LOG = LoggerFactory.getLogger(BulkRun.class);
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final OrgService orgs;
  private final ConsoleWaits waits;
  private final Clock clock;
  private final BulkOptions options;
  private final Iterator<? extends T> inputs;
  private final Function<? super T, BulkItem> toItem;
  private final Consumer<? super BulkResult<T>> results;
  private final OptionalLong total;
  private final int width;
  private final List<CompletableFuture<BulkResult<T>>> window;
  private final Map<OrgKey, CompletableFuture<Void>> lastOnKey = new ConcurrentHashMap<>();
  private final AtomicLong failuresSoFar = new AtomicLong();

  private Instant startedAt;
  private boolean interrupted;
  private long next;
  private long reported;
  private long started;
  private long carriedOver;
  private final Map<BulkOutcome, Long> byOutcome = new EnumMap<>(BulkOutcome.class);

  BulkRun(OrgService orgs, ConsoleWaits waits, Clock clock, BulkOptions options, Iterator<? extends T> inputs,
      Function<? super T, BulkItem> toItem, Consumer<? super BulkResult<T>> results, OptionalLong total) {
    this.orgs = orgs;
    this.waits = waits;
    this.clock = clock;
    this.options = options;
    this.inputs = inputs;
    this.toItem = toItem;
    this.results = results;
    this.total = total;
    this.width = options.concurrency();
    this.window = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      window.add(null);
    }
  }

  BulkSummary run() {
    startedAt = clock.instant();
    ExecutorService workers = null;
    BulkStep step = null;
    BulkStop stop = BulkStop.COMPLETED;
    try {
      while (inputs.hasNext()) {
        stop = makeRoom();
        if (stop != BulkStop.COMPLETED) {
          break;
        }
        T input = inputs.next();
        BulkItem item = itemOf(input);
        long position = next++;
        if (step == null) {
          // One walk of the listing, before the first item, its pages read as many at once as items
          // are: it names every org and tells its state.
          workers = Executors.newFixedThreadPool(width, workerThreads());
          step = new BulkStep(orgs, OrgIndex.walk(orgs::getPage, workers, width), options.dryRun());
        }
        BulkOutcome earlier = options.resumed().get(item);
        if (earlier != null) {
          slot(position, CompletableFuture.completedFuture(carried(step, position, input, item, earlier)));
          continue;
        }
        start(workers, step, position, input, item);
      }
      while (reported < next) {
        reportNext();
      }
      reportRestAsNotStarted(step);
    } finally {
      if (workers != null) {
        // In flight items finish even when the consumer failed: none is cut off mid-call, and
        // none still talks to the console once the run has returned or thrown.
        workers.shutdown();
        awaitInFlight(workers);
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    BulkSummary summary = new BulkSummary(next, count(BulkOutcome.DONE), count(BulkOutcome.ALREADY),
        count(BulkOutcome.FAILED), count(BulkOutcome.UNKNOWN), count(BulkOutcome.NOT_STARTED), carriedOver, stop,
        elapsed());
    hear(listener -> listener.runEnded(summary));
    return summary;
  }

  private void awaitInFlight(ExecutorService workers) {
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
          return;
        }
      } catch (InterruptedException stopAsked) {
        // A cancel stops new items; those in flight still finish, as they do when reported.
        interrupted = true;
      }
    }
  }

  // Step 1: report what is ready, wait while the window is full, then the console's pause.
  private BulkStop makeRoom() {
    BulkStop stop = stopping();
    if (stop != BulkStop.COMPLETED) {
      return stop;
    }
    while (reported < next && window.get(index(reported)).isDone()) {
      reportNext();
    }
    while (next - reported >= width) {
      reportNext();
    }
    stop = stopping();
    if (stop != BulkStop.COMPLETED) {
      return stop;
    }
    try {
      waits.awaitClear(wait -> hear(listener -> listener.paused(wait)));
    } catch (InterruptedException stopAsked) {
      interrupted = true;
      return BulkStop.CANCELLED;
    }
    return stopping();
  }

  private BulkStop stopping() {
    if (interrupted || options.cancellation().map(cancel -> cancel.isCancelled()).orElse(false)) {
      return BulkStop.CANCELLED;
    }
    if (options.maxFailures().map(max -> failuresSoFar.get() >= max).orElse(false)) {
      return BulkStop.FAILURE_BUDGET_SPENT;
    }
    return BulkStop.COMPLETED;
  }

  // Step 2: the item waits for the one before it on its key, and for its parent's create.
  private void start(ExecutorService workers, BulkStep step, long position, T input, BulkItem item) {
    CompletableFuture<BulkResult<T>> slot = new CompletableFuture<>();
    slot(position, slot);
    Optional<OrgKey> key = item.org();
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> before = key.map(k -> lastOnKey.put(k, mine)).orElse(null);
    CompletableFuture<Void> parent = item instanceof BulkItem.Create create
        ? create.parent().filter(p -> !key.equals(Optional.of(p))).map(lastOnKey::get).orElse(null) : null;
    started++;
    hear(listener -> listener.itemStarted(position, item, progress()));
    workers.execute(() -> {
      try {
        if (before != null) {
          before.join();
        }
        if (parent != null) {
          parent.join();
        }
        Done done = step.run(item);
        if (done.outcome() == BulkOutcome.FAILED || done.outcome() == BulkOutcome.UNKNOWN) {
          failuresSoFar.incrementAndGet();
        }
        slot.complete(new BulkResult<>(position, input, item, done.outcome(), done.ref(), done.org(), done.failure(),
            done.wouldSend(), false));
      } catch (Throwable broken) {
        slot.completeExceptionally(broken);
      } finally {
        mine.complete(null);
        key.ifPresent(k -> lastOnKey.remove(k, mine));
      }
    });
  }

  // Step 3: report the oldest item once it is finished, in input order.
  private void reportNext() {
    CompletableFuture<BulkResult<T>> slot = window.get(index(reported));
    BulkResult<T> result;
    while (true) {
      try {
        result = slot.get();
        break;
      } catch (InterruptedException stopAsked) {
        // Cancels the run; the items in flight still finish and are reported.
        interrupted = true;
      } catch (ExecutionException broken) {
        Throwable cause = broken.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) cause;
      }
    }
    window.set(index(reported), null);
    reported++;
    report(result);
  }

  private void reportRestAsNotStarted(BulkStep step) {
    while (inputs.hasNext()) {
      T input = inputs.next();
      BulkItem item = itemOf(input);
      long position = next++;
      BulkOutcome earlier = options.resumed().get(item);
      report(earlier != null ? carried(step, position, input, item, earlier)
          : new BulkResult<>(position, input, item, BulkOutcome.NOT_STARTED, Optional.empty(), Optional.empty(),
              Optional.empty(), List.of(), false));
      reported++;
    }
  }

  private void report(BulkResult<T> result) {
    byOutcome.merge(result.outcome(), 1L, Long::sum);
    if (result.carriedOver()) {
      carriedOver++;
    }
    results.accept(result);
    hear(listener -> listener.itemFinished(result, progress()));
  }

  // The org's ids from the walk, when it has them: a report of a resumed run still names each org.
  private BulkResult<T> carried(BulkStep step, long position, T input, BulkItem item, BulkOutcome earlier) {
    return new BulkResult<>(position, input, item, earlier, step == null ? Optional.empty() : step.known(item),
        Optional.empty(), Optional.empty(), List.of(), true);
  }

  private BulkItem itemOf(T input) {
    return Objects.requireNonNull(toItem.apply(Objects.requireNonNull(input, "input")),
        () -> "the item of input " + next + " is null");
  }

  private BulkProgress progress() {
    long finished = reportedSoFar();
    Duration elapsed = elapsed();
    double seconds = elapsed.toNanos() / 1e9;
    double rate = seconds > 0 ? (finished - carriedOver) / seconds : 0;
    Optional<Duration> remaining = total.isPresent() && rate > 0
        ? Optional.of(Duration.ofMillis(Math.round(Math.max(0, total.getAsLong() - finished) / rate * 1_000)))
        : Optional.empty();
    return new BulkProgress(started, finished, total, count(BulkOutcome.DONE) + count(BulkOutcome.ALREADY),
        count(BulkOutcome.FAILED) + count(BulkOutcome.UNKNOWN), elapsed, rate, remaining);
  }

  private long reportedSoFar() {
    long sum = 0;
    for (long count : byOutcome.values()) {
      sum += count;
    }
    return sum;
  }

  private long count(BulkOutcome outcome) {
    return byOutcome.getOrDefault(outcome, 0L);
  }

  private Duration elapsed() {
    Duration elapsed = Duration.between(startedAt, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  private void slot(long position, CompletableFuture<BulkResult<T>> slot) {
    window.set(index(position), slot);
  }

  private int index(long position) {
    return (int) (position % width);
  }

  private void hear(Consumer<BulkListener> event) {
    try {
      event.accept(options.listener());
    } catch (RuntimeException failed) {
      LOG.warn("a bulk listener failed; it is ignored", failed);
    }
  }

  private static java.util.concurrent.ThreadFactory workerThreads() {
    int run = RUNS.incrementAndGet();
    AtomicInteger worker = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "crashplan4j-bulk-" + run + "-" + worker.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
