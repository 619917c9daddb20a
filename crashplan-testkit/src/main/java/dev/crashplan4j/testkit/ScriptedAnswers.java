package dev.crashplan4j.testkit;

import java.util.Iterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers a test queued for the fake console to give instead of serving the request, each
 * once, in the order queued: a scripted success is not a fault. Thread-safe.
 */
final class ScriptedAnswers {

  private final List<Scripted> queue = new ArrayList<>();

  synchronized void enqueue(EndpointPattern endpoint, ConsoleAnswer answer) {
    queue.add(new Scripted(endpoint, answer));
  }

  /** Takes the oldest answer queued for {@code request}'s endpoint, if any. */
  synchronized Optional<ConsoleAnswer> take(ConsoleRequest request) {
    for (Iterator<Scripted> each = queue.iterator(); each.hasNext(); ) {
      Scripted scripted = each.next();
      if (scripted.endpoint.matches(request)) {
        each.remove();
        return Optional.of(scripted.answer);
      }
    }
    return Optional.empty();
  }

  synchronized void clear() {
    queue.clear();
  }

  private record Scripted(EndpointPattern endpoint, ConsoleAnswer answer) {}
}
