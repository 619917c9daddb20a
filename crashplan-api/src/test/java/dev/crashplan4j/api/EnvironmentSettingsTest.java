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
  void everySpellingOfAStarterPropertySignsIn() {
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
  void nothingConfiguredListsEveryAcceptedName() {
    environment.put("CRASHPLAN_URL", "https://console.example.test");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no CrashPlan credentials are configured: set an API client's id (system property"
            + " crashplan.client-id, crashplan.clientId or crashplan.client_id, or environment variable"
            + " CRASHPLAN_CLIENTID or CRASHPLAN_CLIENT_ID) and its secret (system property crashplan.client-secret,"
            + " crashplan.clientSecret or crashplan.client_secret, or environment variable CRASHPLAN_CLIENTSECRET or"
            + " CRASHPLAN_CLIENT_SECRET), or a local account's username (system property crashplan.username, or"
            + " environment variable CRASHPLAN_USERNAME) and its password (system property crashplan.password, or"
            + " environment variable CRASHPLAN_PASSWORD)");
  }

  @Test
  void halfSetCredentialsSayOnlyWhichHalfIsMissing() {
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENT_SECRET", "the-secret-value");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the credentials of an API client are half set: environment variable CRASHPLAN_CLIENT_SECRET is"
            + " set, but not the API client's id: set system property crashplan.client-id, crashplan.clientId or"
            + " crashplan.client_id, or environment variable CRASHPLAN_CLIENTID or CRASHPLAN_CLIENT_ID")
        .message().doesNotContain("the-secret-value");
  }

  @Test
  void halfSetNamesTheCamelCaseFormTheUserActuallySet() {
    properties.put("crashplan.url", "https://console.example.test");
    properties.put("crashplan.clientId", "camel-id");

    assertThatThrownBy(this::fromThem)
        .hasMessageStartingWith("the credentials of an API client are half set: system property crashplan.clientId"
            + " is set, but not the API client's secret: set system property crashplan.client-secret,")
        .message().doesNotContain("crashplan.client-id ");
  }

  @Test
  void bootsCanonicalVariableNamesSignIn() {
    tenant.addApiClient("canonical-id", "canonical-secret");
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENTID", "canonical-id");
    environment.put("CRASHPLAN_CLIENTSECRET", "canonical-secret");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
    assertThat(tenant.tokensIssued()).isEqualTo(1);
  }

  @Test
  void theUnderscorePropertyNamesBootTakesSignInToo() {
    tenant.addApiClient("underscore-id", "underscore-secret");
    properties.put("crashplan.url", "https://console.example.test");
    properties.put("crashplan.client_id", "underscore-id");
    properties.put("crashplan.client_secret", "underscore-secret");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
    assertThat(tenant.tokensIssued()).isEqualTo(1);
  }

  @Test
  void bootsVariableWinsOverTheUnderscoredOneAsInBoot() {
    tenant.addApiClient("canonical-id", "canonical-secret");
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENTID", "canonical-id");
    environment.put("CRASHPLAN_CLIENT_ID", "underscored-id");
    environment.put("CRASHPLAN_CLIENTSECRET", "canonical-secret");
    environment.put("CRASHPLAN_CLIENT_SECRET", "underscored-secret");

    try (CrashPlanClient client = fromThem().build()) {
      assertThat(client.orgs().getPage(1).orgs()).as("signed in as canonical-id, which alone the tenant knows")
          .hasSize(1);
    }
  }

  @Test
  void aBlankValueFailsNamingItsVariable() {
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENT_ID", "id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "  ");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable CRASHPLAN_CLIENT_SECRET is set but blank: give it a value, or unset it");
  }

  @Test
  void aBlankPropertyFailsEvenWhenAVariableHasAValue() {
    properties.put("crashplan.url", "");
    environment.put("CRASHPLAN_URL", "https://console.example.test");

    assertThatThrownBy(this::fromThem)
        .hasMessage("system property crashplan.url is set but blank: give it a value, or unset it");
  }

  @Test
  void anApiClientAndALocalAccountTogetherFailNamingBoth() {
    environment.put("CRASHPLAN_URL", "https://console.example.test");
    environment.put("CRASHPLAN_CLIENT_ID", "id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "the-secret-value");
    properties.put("crashplan.username", "ana@example.test");
    environment.put("CRASHPLAN_PASSWORD", "the-password-value");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("both an API client (environment variable CRASHPLAN_CLIENT_ID, environment variable"
            + " CRASHPLAN_CLIENT_SECRET) and a local account (system property crashplan.username, environment variable"
            + " CRASHPLAN_PASSWORD) are configured: keep one, and unset the other")
        .message().doesNotContain("the-secret-value").doesNotContain("the-password-value");
  }

  @Test
  void aUrlThatIsNotHttpNamesItsVariable() {
    environment.put("CRASHPLAN_URL", "ftp://user:pa55@console.example.test");
    environment.put("CRASHPLAN_CLIENT_ID", "id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "secret");

    assertThatThrownBy(this::fromThem)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable CRASHPLAN_URL is not an http or https URL with a host, such as"
            + " https://console.us1.crashplan.com")
        .message().doesNotContain("pa55");
  }

  @Test
  void aMissingUrlNamesWhereItWasLookedFor() {
    environment.put("CRASHPLAN_CLIENT_ID", "id");
    environment.put("CRASHPLAN_CLIENT_SECRET", "secret");

    assertThatThrownBy(this::fromThem)
        .hasMessage("the CrashPlan console's URL is not configured: set system property crashplan.url, or"
            + " environment variable CRASHPLAN_URL");
  }
}
