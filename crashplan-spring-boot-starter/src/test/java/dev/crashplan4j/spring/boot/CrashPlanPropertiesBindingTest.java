package dev.crashplan4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The crashplan.* properties as Spring Boot binds them: durations in seconds unless told, relaxed names. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrashPlanPropertiesBindingTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private FakeCrashPlanServer console;
  private ApplicationContextRunner contexts;

  @BeforeEach
  void start() {
    console = fake.server().addApiClient("boot-id", "boot-secret-value");
    contexts = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-id=boot-id",
            "crashplan.client-secret=boot-secret-value");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"30, PT30S", "30s, PT30S", "500ms, PT0.5S", "PT30S, PT30S", "2m, PT2M"})
  void everyDurationBindsInSecondsUnlessItSaysItsUnit(String written, Duration meant) {
    contexts.withPropertyValues("crashplan.connect-timeout=" + written, "crashplan.read-timeout=" + written,
        "crashplan.call-timeout=" + written, "crashplan.health.cache-for=" + written).run(context -> {
          CrashPlanProperties properties = context.getBean(CrashPlanProperties.class);
          assertThat(properties.getConnectTimeout()).isEqualTo(meant);
          assertThat(properties.getReadTimeout()).isEqualTo(meant);
          assertThat(properties.getCallTimeout()).isEqualTo(meant);
          assertThat(properties.getHealth().getCacheFor()).isEqualTo(meant);
        });
  }

  @Test
  void theDefaultsAreTheReadmesTable() {
    contexts.run(context -> {
      CrashPlanProperties properties = context.getBean(CrashPlanProperties.class);
      assertThat(properties.getMaxAttempts()).isEqualTo(3);
      assertThat(properties.getProxy().getPort()).isEqualTo(3128);
      assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(60));
      assertThat(properties.getCallTimeout()).isEqualTo(Duration.ofSeconds(60));
      assertThat(properties.getHealth().getCacheFor()).isEqualTo(Duration.ofSeconds(30));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"thirty", "30 seconds", "-"})
  void anUnreadableDurationFailsStartUpNamingIt(String written) {
    contexts.withPropertyValues("crashplan.read-timeout=" + written).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(IllegalArgumentException.class);
      BindException bind = findBindException(context.getStartupFailure());
      assertThat(bind.getName()).hasToString("crashplan.read-timeout");
      assertThat(bind.getProperty().getName()).hasToString("crashplan.read-timeout");
      assertThat(bind.getProperty().getValue()).isEqualTo(written);
    });
  }

  private static BindException findBindException(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        return bind;
      }
    }
    throw new AssertionError("no BindException in " + failure);
  }

  @Test
  void theCamelCaseNamesThatFromEnvironmentAlsoReadsBindToo() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.clientId=boot-id",
            "crashplan.clientSecret=boot-secret-value")
        .run(context -> assertThat(context.getBean(OrgService.class).getPage(1).orgs()).hasSize(1));
  }

  @Test
  void theEnvironmentVariablesThatFromEnvironmentReadsBindToo() {
    Map<String, Object> variables = Map.of("CRASHPLAN_URL", console.baseUrl(), "CRASHPLAN_CLIENT_ID", "boot-id",
        "CRASHPLAN_CLIENT_SECRET", "boot-secret-value", "CRASHPLAN_HEALTH_CACHEFOR", "45");
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
            new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
        .run(context -> {
          assertThat(context.getBean(OrgService.class).getPage(1).orgs()).hasSize(1);
          assertThat(context.getBean(CrashPlanProperties.class).getHealth().getCacheFor())
              .isEqualTo(Duration.ofSeconds(45));
        });
  }
}
