package com.example.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.spring.boot.CrashPlanAutoConfiguration;
import dev.crashplan4j.spring.boot.CrashPlanProperties;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Which environment variables this Boot line binds to crashplan.client-id and
 * crashplan.client-secret, and which wins when two are set: the README's environment table, and
 * the order fromEnvironment() reads them in, rest on it. The variables are a map in place of the
 * process's: the real environment is never read.
 */
class EnvironmentVariablesTest {

  static final FakeCrashPlanServer CONSOLE = FakeCrashPlanServer.start()
      .addApiClient("canonical-id", "canonical-secret").addApiClient("underscored-id", "underscored-secret");

  @AfterAll
  static void stop() {
    CONSOLE.close();
  }

  private static ApplicationContextRunner withVariables(Map<String, Object> variables) {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
            new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
  }

  @Test
  void bootsCanonicalFormCRASHPLAN_CLIENTIDBinds() {
    withVariables(Map.of("CRASHPLAN_URL", CONSOLE.baseUrl(), "CRASHPLAN_CLIENTID", "canonical-id",
        "CRASHPLAN_CLIENTSECRET", "canonical-secret")).run(context -> {
          assertThat(context.getBean(CrashPlanProperties.class).getClientId()).isEqualTo("canonical-id");
          assertThat(context.getBean(dev.crashplan4j.api.OrgService.class).getPage(1).orgs()).hasSize(1);
        });
  }

  @Test
  void theUnderscoredFormCRASHPLAN_CLIENT_IDBindsToo() {
    withVariables(Map.of("CRASHPLAN_URL", CONSOLE.baseUrl(), "CRASHPLAN_CLIENT_ID", "underscored-id",
        "CRASHPLAN_CLIENT_SECRET", "underscored-secret")).run(context -> {
          assertThat(context.getBean(CrashPlanProperties.class).getClientId()).isEqualTo("underscored-id");
          assertThat(context.getBean(dev.crashplan4j.api.OrgService.class).getPage(1).orgs()).hasSize(1);
        });
  }

  @Test
  void withBothFormsSetTheCanonicalOneWins() {
    withVariables(Map.of("CRASHPLAN_URL", CONSOLE.baseUrl(), "CRASHPLAN_CLIENTID", "canonical-id",
        "CRASHPLAN_CLIENT_ID", "underscored-id", "CRASHPLAN_CLIENTSECRET", "canonical-secret",
        "CRASHPLAN_CLIENT_SECRET", "underscored-secret")).run(context -> {
          CrashPlanProperties properties = context.getBean(CrashPlanProperties.class);
          assertThat(properties.getClientId()).isEqualTo("canonical-id");
          assertThat(properties.getClientSecret()).isEqualTo("canonical-secret");
        });
  }
}
