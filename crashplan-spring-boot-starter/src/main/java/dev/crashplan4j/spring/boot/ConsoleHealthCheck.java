package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.error.CrashPlanException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The console's health as one client sees it, whatever Boot's health types: up when the client
 * signs in and reads one org of the listing ({@code GET /api/v1/Org?pgNum=1&pgSize=1}), down
 * with the typed failure otherwise. A result is kept for {@code cacheFor} by the client's clock,
 * so that health checks do not hammer the console. Boot 3's and Boot 4's indicators both read it.
 */
final class ConsoleHealthCheck {

  /** One reading: up or down, and what the health shows beside it. */
  record Reading(boolean up, Map<String, Object> details) {}

  private final CrashPlanClient client;
  private final Duration cacheFor;
  private Reading last;
  private Instant lastAt = Instant.MIN;

  ConsoleHealthCheck(CrashPlanClient client, Duration cacheFor) {
    this.client = client;
    this.cacheFor = cacheFor;
  }

  /** The console's health, read at most once per cache period. */
  synchronized Reading reading() {
    Instant now = client.clock().instant();
    if (last == null || !now.isBefore(lastAt.plus(cacheFor))) {
      last = check();
      lastAt = now;
    }
    return last;
  }

  private Reading check() {
    try {
      long orgs = client.orgs().getPage(1, 1).totalCount();
      return new Reading(true, Map.of("orgs", orgs));
    } catch (CrashPlanException failed) {
      return new Reading(false, Map.of("error", failed.getClass().getSimpleName(),
          "reason", String.valueOf(failed.getMessage())));
    }
  }
}
