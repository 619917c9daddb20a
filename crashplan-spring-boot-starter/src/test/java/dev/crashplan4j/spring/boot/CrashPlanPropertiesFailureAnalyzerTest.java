package dev.crashplan4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Bad or missing crashplan.* settings stop start-up with Boot's "Description / Action" report, never a secret. */
class CrashPlanPropertiesFailureAnalyzerTest {

  private final ApplicationContextRunner contexts = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class));

  @BeforeEach
  void forget() {
    FailureReports.REPORTED.clear();
  }

  private FailureAnalysis analysisOf(String... properties) {
    FailureAnalysis[] analysis = new FailureAnalysis[1];
    contexts.withPropertyValues(properties).run(context -> {
      assertThat(context).hasFailed();
      analysis[0] = new CrashPlanPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
    });
    assertThat(analysis[0]).as("an analysis").isNotNull();
    return analysis[0];
  }

  @Test
  void aMissingUrlSaysToSetIt() {
    FailureAnalysis analysis = analysisOf("crashplan.client-id=id", "crashplan.client-secret=s3cret-value");

    assertThat(analysis.getDescription()).isEqualTo("crashplan.url is not set: the starter has no console to connect to.");
    assertThat(analysis.getAction()).isEqualTo("Set crashplan.url (or the environment variable CRASHPLAN_URL) to the"
        + " console's address, such as https://console.us1.crashplan.com.");
  }

  @Test
  void aUrlThatIsNotHttpSaysSoWithoutShowingIt() {
    FailureAnalysis analysis = analysisOf("crashplan.url=htps://admin:pa55word@console.example.test",
        "crashplan.client-id=id", "crashplan.client-secret=s3cret-value");

    assertThat(analysis.getDescription()).isEqualTo("crashplan.url is not an http or https URL with a host.");
    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("pa55word", "s3cret-value");
  }

  @Test
  void halfAnApiClientNamesTheMissingHalfOnly() {
    FailureAnalysis analysis = analysisOf("crashplan.url=https://console.example.test",
        "crashplan.client-secret=s3cret-value");

    assertThat(analysis.getDescription())
        .isEqualTo("crashplan.client-id and crashplan.client-secret go together: crashplan.client-id is not set");
    assertThat(analysis.getAction()).startsWith("Set crashplan.client-id (or the environment variable"
        + " CRASHPLAN_CLIENT_ID) too, for an API client, or remove crashplan.client-secret.");
    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cret-value");
  }

  @Test
  void halfALocalAccountNamesTheMissingHalfOnly() {
    FailureAnalysis analysis = analysisOf("crashplan.url=https://console.example.test", "crashplan.password=pa55word");

    assertThat(analysis.getDescription())
        .isEqualTo("crashplan.username and crashplan.password go together: crashplan.username is not set");
    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("pa55word");
  }

  @Test
  void noCredentialsSayWhichPairsToSet() {
    FailureAnalysis analysis = analysisOf("crashplan.url=https://console.example.test");

    assertThat(analysis.getDescription()).isEqualTo("no CrashPlan credentials: neither crashplan.client-id and"
        + " crashplan.client-secret nor crashplan.username and crashplan.password are set.");
    assertThat(analysis.getAction()).isEqualTo("Set crashplan.client-id and crashplan.client-secret (or"
        + " CRASHPLAN_CLIENT_ID and CRASHPLAN_CLIENT_SECRET) for an API client, or crashplan.username and"
        + " crashplan.password (or CRASHPLAN_USERNAME and CRASHPLAN_PASSWORD) for a local account.");
  }

  @Test
  void anApiClientAndALocalAccountTogetherSayToKeepOne() {
    FailureAnalysis analysis = analysisOf("crashplan.url=https://console.example.test", "crashplan.client-id=id",
        "crashplan.client-secret=s3cret-value", "crashplan.password=pa55word");

    assertThat(analysis.getDescription()).isEqualTo("both an API client (crashplan.client-id, crashplan.client-secret)"
        + " and a local account (crashplan.password) are configured: which one to sign in with is not clear.");
    assertThat(analysis.getAction()).isEqualTo("Keep one: remove crashplan.password for the API client, or"
        + " crashplan.client-id and crashplan.client-secret for the local account (each as it is set: a property,"
        + " or its environment variable).");
    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cret-value").doesNotContain("pa55word");
  }

  @Test
  void badNumbersNameThePropertyAndTheValue() {
    String[] valid = {"crashplan.url=https://console.example.test", "crashplan.client-id=id",
        "crashplan.client-secret=s3cret-value"};
    assertThat(analysisOf(with(valid, "crashplan.call-timeout=0")).getDescription())
        .isEqualTo("crashplan.call-timeout must be a positive duration, was PT0S.");
    assertThat(analysisOf(with(valid, "crashplan.max-attempts=0")).getDescription())
        .isEqualTo("crashplan.max-attempts must be at least 1, was 0.");
    assertThat(analysisOf(with(valid, "crashplan.proxy.host=proxy.example.test", "crashplan.proxy.port=70000"))
        .getDescription()).isEqualTo("crashplan.proxy.port must be a port from 1 to 65535, was 70000.");
  }

  private static String[] with(String[] valid, String... more) {
    String[] all = java.util.Arrays.copyOf(valid, valid.length + more.length);
    System.arraycopy(more, 0, all, valid.length, more.length);
    return all;
  }

  @Test
  void aSpringApplicationReportsTheAnalysisNotTheChain() {
    SpringApplication application = new SpringApplication(JustTheStarter.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setDefaultProperties(Map.of("crashplan.url", "https://console.example.test",
        "crashplan.client-secret", "s3cret-value", "spring.main.banner-mode", "off"));

    assertThatThrownBy(application::run).hasRootCauseInstanceOf(InvalidCrashPlanPropertyException.class);
    assertThat(FailureReports.REPORTED).singleElement().satisfies(analysis -> {
      assertThat(analysis.getDescription())
          .isEqualTo("crashplan.client-id and crashplan.client-secret go together: crashplan.client-id is not set");
      assertThat(analysis.getAction()).startsWith("Set crashplan.client-id");
    });
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(CrashPlanAutoConfiguration.class)
  static class JustTheStarter {}
}
