package dev.crashplan4j.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults injected into the fake console and which request each applies to. Delays add up
 * with any other fault; of the other faults, the one injected first that still applies wins.
 * Thread-safe.
 */
final class FaultPlan {

  private final List<Injected> faults = new CopyOnWriteArrayList<>();

  void inject(EndpointPattern endpoint, int times, Fault fault) {
    faults.add(new Injected(endpoint, fault, new AtomicInteger(times), 1, new AtomicInteger()));
  }

  void injectEvery(EndpointPattern endpoint, int nth, Fault fault) {
    faults.add(new Injected(endpoint, fault, new AtomicInteger(Integer.MAX_VALUE), nth, new AtomicInteger()));
  }

  /**
   * Takes the fault that applies to {@code request}, if any, after sleeping the delays that
   * apply to it: this is where an injected latency happens.
   */
  Optional<Fault> take(ConsoleRequest request) {
    Fault chosen = null;
    for (Injected injected : faults) {
      if (!injected.endpoint.matches(request)) {
        continue;
      }
      if (injected.fault instanceof Fault.Delay delay) {
        if (injected.take()) {
          pause(delay.latency());
        }
      } else if (chosen == null && injected.take()) {
        chosen = injected.fault;
      }
    }
    faults.removeIf(Injected::exhausted);
    return Optional.ofNullable(chosen);
  }

  void clear() {
    faults.clear();
  }

  private static void pause(Duration latency) {
    try {
      Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private record Injected(EndpointPattern endpoint, Fault fault, AtomicInteger remaining, int nth, AtomicInteger seen) {
    boolean take() {
      if (nth > 1 && seen.incrementAndGet() % nth != 0) {
        return false;
      }
      return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    boolean exhausted() {
      return remaining.get() <= 0;
    }
  }
}
