package dev.crashplan4j.testkit;

import dev.crashplan4j.core.port.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told, and a {@link Sleeper} that does not sleep: each wait is
 * recorded and moves the clock on. Give it to the client ({@code .clock(c).sleeper(c)}) and to
 * the fake ({@code FakeCrashPlanServer.start(c)}), and token expiry, back-off and deadlines
 * are tested in milliseconds. Thread-safe.
 *
 * <pre>{@code
 * ManualClock time = new ManualClock();
 * FakeCrashPlanServer server = FakeCrashPlanServer.start(time);
 * CrashPlanClient client = CrashPlanClient.builder()...clock(time).sleeper(time).build();
 * time.advance(Duration.ofMinutes(14));   // the token is about to expire
 * }</pre>
 */
public final class ManualClock extends Clock implements Sleeper {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Instant now;

  /**
   * Starts at the machine's current instant, cut to the second, and only moves forward from
   * there. A fake started on it dates everything by it, its {@code Date} header included.
   */
  public ManualClock() {
    this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** Starts at {@code start}. */
  public ManualClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves the clock on by {@code duration}. */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock does not go back; duration was " + duration);
    }
    now = now.plus(duration);
  }

  /** Records the wait and moves the clock on by it, without sleeping. */
  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    advance(duration);
  }

  /** Every wait asked of this sleeper, oldest first. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** The clock's current instant. */
  @Override
  public Instant instant() {
    return now;
  }

  /** Always UTC. */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Refused: the clock is UTC only. */
  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a ManualClock is UTC only");
  }
}
