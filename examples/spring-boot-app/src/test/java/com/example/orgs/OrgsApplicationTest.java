package com.example.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.testkit.FakeCrashPlanServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on Boot 4 with Actuator and Micrometer: it lists the orgs, has the crashplan health, meters and observations. */
@SpringBootTest(properties = {"spring.jmx.enabled=true", "management.endpoint.health.show-details=always"})
@ExtendWith(OutputCaptureExtension.class)
class OrgsApplicationTest {

  static final FakeCrashPlanServer CONSOLE = FakeCrashPlanServer.start().addApiClient("app-id", "app-secret");

  static {
    CONSOLE.tenant().addOrg("Sales");
    CONSOLE.tenant().addOrg("Engineering");
  }

  @DynamicPropertySource
  static void console(DynamicPropertyRegistry properties) {
    properties.add("crashplan.url", CONSOLE::baseUrl);
    properties.add("crashplan.client-id", () -> "app-id");
    properties.add("crashplan.client-secret", () -> "app-secret");
  }

  @AfterAll
  static void stop() {
    CONSOLE.close();
  }

  /** Every observation the application's registry starts, by name and contextual name. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Observations {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Bean
    ObservationHandler<Observation.Context> recordingHandler() {
      return new ObservationHandler<>() {
        @Override
        public void onStart(Observation.Context context) {
          SEEN.add(context.getName() + " / " + context.getContextualName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
          return true;
        }
      };
    }
  }

  @Autowired
  HealthEndpoint health;

  @Autowired
  MeterRegistry meters;

  @Test
  void theAppListsTheTenantsOrgsAtStartUp(CapturedOutput output) {
    assertThat(output.getOut()).contains("Root Org", "Sales", "Engineering");
  }

  @Test
  void theHealthHasACrashplanEntryThatReadTheConsole() {
    IndicatedHealthDescriptor crashplan = (IndicatedHealthDescriptor) health.healthForPath("crashplan");

    assertThat(crashplan.getStatus()).isEqualTo(Status.UP);
    assertThat(crashplan.getDetails()).containsEntry("orgs", 3L);
  }

  @Test
  void theStartUpListingIsObservedByTheApplication() {
    assertThat(meters.find("crashplan.client.call").tag("operation", "getAll").tag("outcome", "success").timer())
        .as("the crashplan.client.call timer of the listing").isNotNull()
        .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
    assertThat(Observations.SEEN).contains("crashplan.client.call / crashplan getAll");
  }
}
