package com.example.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.testkit.FakeCrashPlanServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The application on a class path without Actuator and Micrometer (the build takes their jars
 * off for this class): it lists the orgs with neither health nor observations; a missing secret
 * ends in Boot's failure report.
 */
@ExtendWith(OutputCaptureExtension.class)
class WithoutActuatorOrMicrometerTest {

  @Test
  void theAppListsTheOrgsWithoutHealthOrObservations(CapturedOutput output) {
    assertThat(ClassUtils.isPresent("io.micrometer.observation.ObservationRegistry", null)).as("Micrometer").isFalse();
    assertThat(ClassUtils.isPresent("org.springframework.boot.actuate.endpoint.annotation.Endpoint", null))
        .as("Actuator").isFalse();
    try (FakeCrashPlanServer console = FakeCrashPlanServer.start().addApiClient("app-id", "app-secret")) {
      console.tenant().addOrg("Sales");
      try (ConfigurableApplicationContext context = SpringApplication.run(OrgsApplication.class,
          "--crashplan.url=" + console.baseUrl(), "--crashplan.client-id=app-id", "--crashplan.client-secret=app-secret")) {
        assertThat(context.containsBean("crashplanHealthContributor")).as("a health contributor").isFalse();
        assertThat(context.containsBean("crashPlanObservations")).as("an observations listener").isFalse();
      }
    }
    assertThat(output.getOut()).contains("Root Org", "Sales");
  }

  @Test
  void aMissingSecretStopsStartUpWithBootsAnalysis(CapturedOutput output) {
    try {
      SpringApplication.run(OrgsApplication.class, "--crashplan.url=https://console.example.test",
          "--crashplan.client-id=app-id", "--crashplan.client-secret=");
    } catch (RuntimeException expected) {
      // Boot has reported it; the report is what is tested.
    }

    assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Description:",
        "crashplan.client-id and crashplan.client-secret go together: crashplan.client-secret is not set", "Action:",
        "Set crashplan.client-secret (or the environment variable CRASHPLAN_CLIENT_SECRET) too");
  }
}
