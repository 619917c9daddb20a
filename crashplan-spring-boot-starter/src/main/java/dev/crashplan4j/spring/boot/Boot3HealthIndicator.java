package dev.crashplan4j.spring.boot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code crashplan} health of one client on Spring Boot 3 ({@code org.springframework.boot.actuate.health}). */
final class Boot3HealthIndicator implements HealthIndicator {

  private final ConsoleHealthCheck check;

  Boot3HealthIndicator(ConsoleHealthCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    ConsoleHealthCheck.Reading reading = check.reading();
    return (reading.up() ? Health.up() : Health.down()).withDetails(reading.details()).build();
  }
}
