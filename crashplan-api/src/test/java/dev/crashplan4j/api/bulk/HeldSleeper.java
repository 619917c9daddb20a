package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.testkit.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A sleeper that holds each wait until the test lets it go, then moves the clock on by it: a
 * test sees who is waiting, and for how long, without any real sleep.
 */
final class HeldSleeper implements Sleeper {

  private final ManualClock clock;
  private final Semaphore released = new Semaphore(0);
  private final List<Duration> asked = new CopyOnWriteArrayList<>();
  private int holding;

  HeldSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    asked.add(duration);
    synchronized (this) {
      holding++;
      notifyAll();
    }
    boolean let = released.tryAcquire(10, TimeUnit.SECONDS);
    synchronized (this) {
      holding--;
    }
    if (!let) {
      throw new IllegalStateException("held for 10 s: the test never let the wait go");
    }
    clock.advance(duration);
  }

  /** Waits up to 5 s for {@code count} waits to be held at once; returns how many are. */
  synchronized int awaitHolding(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (holding < count && System.nanoTime() < deadline) {
      wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    return holding;
  }

  /** Lets every wait go, those to come too. */
  void releaseAll() {
    released.release(Integer.MAX_VALUE / 2);
  }

  List<Duration> asked() {
    return List.copyOf(asked);
  }
}
