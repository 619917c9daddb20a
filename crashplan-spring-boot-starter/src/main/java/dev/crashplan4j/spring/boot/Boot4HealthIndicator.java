package dev.crashplan4j.spring.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The {@code crashplan} health of one client on Spring Boot 4 ({@code org.springframework.boot.health.contributor}). */
final class Boot4HealthIndicator implements HealthIndicator {

  private final ConsoleHealthCheck check;

  Boot4HealthIndicator(ConsoleHealthCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    ConsoleHealthCheck.Reading reading = check.reading();
    return (reading.up() ? Health.up() : Health.down()).withDetails(reading.details()).build();
  }
}
