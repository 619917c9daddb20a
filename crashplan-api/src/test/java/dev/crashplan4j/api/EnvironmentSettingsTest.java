package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.InMemoryTransport;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client configured from system properties and environment variables, given as maps: the real ones are never touched. */
class EnvironmentSettingsTest {

  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();
  private final FakeTenant tenant = new FakeTenant();

  private CrashPlanClient.Builder fromThem() {
    return CrashPlanClient.builder().fromEnvironment(properties::get, environment::get)
        .transport(InMemoryTransport.provider(tenant));
  }

  @Test
  void anApiClientFromEnvironmentVariablesSignsIn() {
    tenant.addApiClient("env-id", "env-secret");
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENT_ID", "env-id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "env-secret");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
    assertThat(tenant.tokensIssued()).isEqualTo(1);
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironmentVariableOfTheSameValue() {
    tenant.addApiClient("prop-id", "prop-secret");
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENT_ID", "env-id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "env-secret");
    properties.put("crashplan.client-id", "prop-id");
    properties.put("crashplan.client-secret", "prop-secret");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
  }

  @Test
  void theStartersPropertyNamesAndTheirCamelCaseBothSignIn() {
    tenant.addApiClient("kebab-id", "kebab-secret");
    tenant.addApiClient("camel-id", "camel-secret");
    properties.put("crashplan.url", "https://console.example.test");
    properties.put("crashplan.client-id", "kebab-id");
    properties.put("crashplan.client-secret", "kebab-secret");
    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }

    properties.clear();
    properties.put("crashplan.url", "https://console.example.test");
    properties.put("crashplan.clientId", "camel-id");
    properties.put("crashplan.clientSecret", "camel-secret");
    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
    assertThat(tenant.tokensIssued()).isEqualTo(2);
  }

  @Test
  void theStartersSpellingWinsOverTheCamelCaseOne() {
    tenant.addApiClient("kebab-id", "kebab-secret");
    properties.put("crashplan.url", "https://console.example.test");
    properties.put("crashplan.client-id", "kebab-id");
    properties.put("crashplan.clientId", "camel-id");
    properties.put("crashplan.client-secret", "kebab-secret");
    properties.put("crashplan.clientSecret", "camel-secret");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).as("signed in as kebab-id, which alone the tenant knows").hasSize(1);
    }
  }

  @Test
  void aLocalAccountIsTakenWhenNoApiClientIsConfigured() {
    tenant.addLocalUser("ana@example.test", "pa55word");
    properties.put("crashplan.url", "https://console.example.test");
    environment.put("CRASHPLAN_USERNAME", "ana@example.test");
    properties.put("crashplan.password", "pa55word");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getCurrent().id()).isEqualTo(tenant.rootOrg().id());
    }
  }

  @Test
  void nothingConfiguredNamesEveryPlaceLookedAtAndNoValue() {
    environment.put("CRASHPLAN_URL", "https://console.example.test");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no CrashPlan credentials are configured: looked at crashplan.client-id, crashplan.client-secret,"
            + " crashplan.username, crashplan.password (system properties) and CRASHPLAN_CLIENT_ID,"
            + " CRASHPLAN_CLIENT_SECRET, CRASHPLAN_USERNAME, CRASHPLAN_PASSWORD (environment variables); set an API"
            + " client's id and secret, or a username and password");
  }

  @Test
  void halfSetCredentialsSayWhichHalfIsMissingAndNeverShowTheOther() {
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENT_SECRET", "the-secret-value");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the credentials of an API client are half set: crashplan.client-secret / CRASHPLAN_CLIENT_SECRET is"
            + " set, but not system property crashplan.client-id or environment variable CRASHPLAN_CLIENT_ID")
        .message().doesNotContain("the-secret-value");
  }

  @Test
  void aMissingUrlNamesWhereItWasLookedFor() {
    environment.put("CRASHPLAN_CLIENT_ID", "id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "secret");

    assertThatThrownBy(this::fromThem)
        .hasMessage("the CrashPlan console's URL is not configured: set system property crashplan.url or environment"
            + " variable CRASHPLAN_URL");
  }
}
