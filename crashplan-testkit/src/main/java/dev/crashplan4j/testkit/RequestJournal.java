package dev.crashplan4j.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What the fake console received, credentials masked: every request in arrival order (the
 * latest {@value #LIMIT}, so that a long load test runs in flat memory), the ones not yet
 * taken, and the ones to endpoints it does not serve. Thread-safe.
 */
final class RequestJournal {

  static final int LIMIT = 100_000;

  private final int limit;
  private final Deque<RecordedRequest> requests = new ArrayDeque<>();
  private final BlockingQueue<RecordedRequest> untaken;
  private final List<RecordedRequest> unserved = new CopyOnWriteArrayList<>();

  RequestJournal() {
    this(LIMIT);
  }

  RequestJournal(int limit) {
    this.limit = limit;
    this.untaken = new LinkedBlockingQueue<>(limit);
  }

  void record(RecordedRequest request, boolean served) {
    synchronized (requests) {
      if (requests.size() == limit) {
        requests.removeFirst();
      }
      requests.addLast(request);
    }
    if (!untaken.offer(request)) {
      untaken.poll();
      untaken.offer(request);
    }
    if (!served) {
      unserved.add(request);
    }
  }

  List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  int size() {
    synchronized (requests) {
      return requests.size();
    }
  }

  Optional<RecordedRequest> take(Duration timeout) {
    try {
      return Optional.ofNullable(untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  List<RecordedRequest> unserved() {
    return List.copyOf(unserved);
  }

  /** Forgets the requests received so far; the unserved ones stay, for the strict check. */
  void clear() {
    synchronized (requests) {
      requests.clear();
    }
    untaken.clear();
  }

  /** Forgets everything, the unserved requests too. */
  void reset() {
    clear();
    unserved.clear();
  }
}
