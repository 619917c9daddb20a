package dev.crashplan4j.api;

import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.port.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * How long the console last asked this client to wait (its 429s' {@code Retry-After}), so that
 * a bulk run holds every worker, not only the one that was told: the call that got the 429
 * waits it out in its own retry, and no item starts until the wait is over. Thread-safe.
 */
final class ConsoleWaits {

  /** How long a 429 without {@code Retry-After} holds a run: the console said to slow down, not for how long. */
  static final Duration WITHOUT_RETRY_AFTER = Duration.ofSeconds(1);

  private final Clock clock;
  private final Sleeper sleeper;
  private final AtomicReference<Instant> until = new AtomicReference<>(Instant.MIN);

  ConsoleWaits(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  void tooManyRequests(TooManyRequestsException refusal) {
    Instant now = clock.instant();
    Instant end = now.plus(refusal.retryAfter(now).orElse(WITHOUT_RETRY_AFTER));
    until.accumulateAndGet(end, (current, asked) -> asked.isAfter(current) ? asked : current);
  }

  /**
   * Waits until the console's last wait is over, telling {@code paused} each wait first. The
   * wait is slept once, not checked against the clock in a loop (a test's sleeper may not move
   * the clock); only a later wait, asked while sleeping, is slept too.
   */
  void awaitClear(Consumer<Duration> paused) throws InterruptedException {
    while (true) {
      Instant end = until.get();
      Duration wait = Duration.between(clock.instant(), end);
      if (wait.isNegative() || wait.isZero()) {
        return;
      }
      paused.accept(wait);
      sleeper.sleep(wait);
      if (until.get().equals(end)) {
        return;
      }
    }
  }
}
