package dev.crashplan4j.api.bulk;

import java.time.Duration;

/**
 * Hears a bulk run as it goes: items started and finished, with the run's progress, pauses the
 * console asked for, and the end. Every method is called on the thread that runs the run, one
 * event at a time, so an implementation needs no locking; keep each short. One that throws is
 * logged and ignored.
 *
 * <pre>{@code
 * BulkListener progressLog = new BulkListener() {
 *   public void itemFinished(BulkResult<?> result, BulkProgress progress) { log.debug("bulk: {}", progress); }
 * };
 * }</pre>
 */
public interface BulkListener {

  /** The listener that hears nothing. */
  BulkListener NONE = new BulkListener() {};

  /** Item {@code position} (from 0) started: it is in flight. */
  default void itemStarted(long position, BulkItem item, BulkProgress progress) {}

  /** An item finished and was reported, in input order. */
  default void itemFinished(BulkResult<?> result, BulkProgress progress) {}

  /** The console answered 429: no item starts for {@code wait}. */
  default void paused(Duration wait) {}

  /** The run ended; nothing more is heard of it. */
  default void runEnded(BulkSummary summary) {}
}
