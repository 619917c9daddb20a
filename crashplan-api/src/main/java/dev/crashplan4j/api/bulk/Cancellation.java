package dev.crashplan4j.api.bulk;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops a bulk run from any thread: once cancelled, the run starts no more items, lets those in
 * flight finish, and reports the rest as {@link BulkOutcome#NOT_STARTED}. Thread-safe; one
 * cancellation may stop several runs.
 *
 * <pre>{@code
 * Cancellation cancel = new Cancellation();
 * Runtime.getRuntime().addShutdownHook(new Thread(cancel::cancel));
 * bulk.run(items, BulkOptions.builder().cancellation(cancel).build());
 * }</pre>
 */
public final class Cancellation {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** Creates a cancellation that is not cancelled yet. */
  public Cancellation() {}

  /** Cancels; calling it again does nothing. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled.get();
  }
}
