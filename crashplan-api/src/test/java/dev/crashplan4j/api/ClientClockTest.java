package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.InMemoryTransport;
import dev.crashplan4j.testkit.ManualClock;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The clock a client judges time by, as code beside it (the starter's health cache) reads it. */
class ClientClockTest {

  private final CrashPlanClient.Builder builder = CrashPlanClient.builder().baseUrl("https://console.example.test")
      .credentials(Credentials.apiClient("id", "secret")).transport(InMemoryTransport.provider(new FakeTenant()));

  @Test
  void theClientTellsTheClockItWasBuiltWith() {
    ManualClock time = new ManualClock();
    try (CrashPlanClient client = builder.clock(time).build()) {
      assertThat(client.clock()).isSameAs(time);
    }
  }

  @Test
  void withoutAClockTheClientTellsTheSystemClock() {
    try (CrashPlanClient client = builder.build()) {
      assertThat(client.clock()).isEqualTo(Clock.systemUTC());
    }
  }
}
