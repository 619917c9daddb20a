package dev.crashplan4j.core.port;

import java.time.Duration;

/**
 * Waits between retries. The client sleeps the calling thread unless a test gives it another
 * sleeper (one that only records the waits, say), so that retry tests run in milliseconds.
 */
@FunctionalInterface
public interface Sleeper {

  /** The sleeper that blocks the calling thread for the duration. */
  Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  /** Waits {@code duration}; an interrupt ends the wait and the call. */
  void sleep(Duration duration) throws InterruptedException;
}
