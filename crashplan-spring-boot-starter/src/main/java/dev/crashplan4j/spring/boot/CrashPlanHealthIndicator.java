package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.error.CrashPlanException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code crashplan} health: up when the client signs in and reads one org of the listing
 * ({@code GET /api/v1/Org?pgNum=1&pgSize=1}), down with the typed failure otherwise. A result is
 * kept for a while, so that health checks do not hammer the console.
 */
public final class CrashPlanHealthIndicator implements HealthIndicator {

  private final CrashPlanClient client;
  private final Duration cacheFor;
  private final Clock clock;
  private Health last;
  private Instant lastAt = Instant.MIN;

  /** Checks through {@code client}, keeping a result for {@code cacheFor} by {@code clock}. */
  public CrashPlanHealthIndicator(CrashPlanClient client, Duration cacheFor, Clock clock) {
    this.client = client;
    this.cacheFor = cacheFor;
    this.clock = clock;
  }

  /** The console's health, read at most once per cache period. */
  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(lastAt.plus(cacheFor))) {
      last = check();
      lastAt = now;
    }
    return last;
  }

  private Health check() {
    try {
      long orgs = client.orgs().getPage(1, 1).totalCount();
      return Health.up().withDetail("orgs", orgs).build();
    } catch (CrashPlanException failed) {
      return Health.down()
          .withDetail("error", failed.getClass().getSimpleName())
          .withDetail("reason", failed.getMessage())
          .build();
    }
  }
}
