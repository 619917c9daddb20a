package dev.crashplan4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.micrometer.CrashPlanObservations;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter with parts of the class path missing, as applications without Actuator or Micrometer have it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrashPlanClassPathTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private FakeCrashPlanServer console;
  private ApplicationContextRunner contexts;

  @BeforeEach
  void start() {
    console = fake.server().addApiClient("boot-id", "boot-secret-value");
    contexts = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class,
            CrashPlanBoot3HealthAutoConfiguration.class, CrashPlanBoot4HealthAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-id=boot-id",
            "crashplan.client-secret=boot-secret-value")
        .withBean(ObservationRegistry.class, ObservationRegistry::create)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new);
  }

  @Test
  void withEverythingOnTheClassPathEveryBeanIsThere() {
    contexts.run(context -> assertThat(context).hasSingleBean(CrashPlanClient.class)
        .hasBean("crashplanHealthContributor").hasSingleBean(CrashPlanObservations.class));
  }

  @Test
  void withoutActuatorTheClientWorksWithNoHealth() {
    contexts.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean("crashplanHealthContributor")
              .hasSingleBean(CrashPlanObservations.class);
          assertThat(context.getBean(OrgService.class).getPage(1).orgs()).hasSize(1);
        });
  }

  @Test
  void withoutMicrometerTheClientWorksWithNoObservations() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class,
            CrashPlanBoot3HealthAutoConfiguration.class, CrashPlanBoot4HealthAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-id=boot-id",
            "crashplan.client-secret=boot-secret-value")
        .withClassLoader(new FilteredClassLoader("io.micrometer"))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(CrashPlanObservations.class)
              .hasBean("crashplanHealthContributor");
          assertThat(context.getBean(OrgService.class).getPage(1).orgs()).hasSize(1);
        });
  }

  @Test
  void withoutCrashPlanMicrometerThereAreNoObservations() {
    contexts.withClassLoader(new FilteredClassLoader(CrashPlanObservations.class))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(CrashPlanObservations.class);
          assertThat(context.getBean(OrgService.class).getPage(1).orgs()).hasSize(1);
        });
  }

  @Test
  void withNeitherActuatorNorMicrometerTheClientStillWorks() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class,
            CrashPlanBoot3HealthAutoConfiguration.class, CrashPlanBoot4HealthAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-id=boot-id",
            "crashplan.client-secret=boot-secret-value")
        .withClassLoader(new FilteredClassLoader("io.micrometer", "org.springframework.boot.actuate",
            "org.springframework.boot.health", "dev.crashplan4j.micrometer"))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean("crashplanHealthContributor")
              .doesNotHaveBean(CrashPlanObservations.class);
          assertThat(context.getBean(OrgService.class).getPage(1).orgs()).hasSize(1);
        });
  }
}
