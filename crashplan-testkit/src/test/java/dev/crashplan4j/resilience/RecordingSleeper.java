package dev.crashplan4j.resilience;

import dev.crashplan4j.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that does not sleep: it records each wait and moves its clock on by it. */
final class RecordingSleeper extends Clock implements Sleeper {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Instant now = Instant.parse("2026-11-29T12:00:00Z");

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    advance(duration);
  }

  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }
}
