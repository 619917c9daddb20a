package dev.crashplan4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import dev.crashplan4j.core.domain.QueryParameters;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.port.ApiResponse;
import dev.crashplan4j.core.port.JsonBody;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import dev.crashplan4j.micrometer.CrashPlanObservations;
import dev.crashplan4j.transport.feign.FeignTransportProvider;
import dev.crashplan4j.transport.feign.JsonBodies;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The README's code, compiled by every build so that no snippet can rot: each Java block of the
 * README stands here (or in the test next to this file) line for line, which
 * {@link ReadmeSnippetsTest} checks. Nothing here runs against a real console.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {

  private ReadmeSnippets() {}

  static void quickStart(String clientId, String secret) {
    try (CrashPlanClient client = CrashPlanClient.builder()
            .baseUrl("https://console.us1.crashplan.com")
            .credentials(Credentials.apiClient(clientId, secret))   // or localAccount(..), jwtProvider(..)
            .build()) {                                             // thread-safe: one per tenant
        OrgService orgs = client.orgs();

        Org sales = orgs.createOrg(NewOrg.builder().name("Sales").externalReference("CC-4411").build());
        orgs.createOrg(NewOrg.builder().name("Sales EMEA").parentOrgUid(sales.uid()).build());

        orgs.block(sales.id());                                     // blocks Sales EMEA too
        orgs.streamOrgs().filter(Org::blocked).forEach(System.out::println);   // lazy, page by page
        orgs.updateOrg(sales.id(), OrgUpdate.builder().notes("moved to EMEA").build());

        Org byUid = orgs.getByUid(OrgUid.of("880000000000332598"));
    } catch (OrgNotFoundException missing) {   // every failure is a CrashPlanException subclass
        System.err.println(missing.getMessage());   // "getByUid org uid 880000000000332598 failed: no organization with org uid 880000000000332598 exists"
    }
  }

  static CrashPlanClient ownTransport(String url, Credentials credentials) {
    CrashPlanClient client = CrashPlanClient.builder()
        .baseUrl(url).credentials(credentials)
        .transport(new MyTransportProvider())      // or list it in META-INF/services
        .build();
    return client;
  }

  static CrashPlanClient underLoad(String clientId, String secret, KeyStore privateCaStore) {
    CrashPlanClient client = CrashPlanClient.builder()
        .baseUrl("https://console.us1.crashplan.com")
        .credentials(Credentials.apiClient(clientId, secret))
        .retries(Retries.builder().maxAttempts(5).build())   // Retries.standard() unless set; Retries.none()
        .callTimeout(Duration.ofSeconds(60))                  // the deadline of a whole call, retries included
        .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
        .rateLimit(20, Duration.ofSeconds(1))                 // off unless set
        .proxy("proxy.internal", 3128)                        // optional; see "Proxies"
        .trustStore(privateCaStore)                           // optional; verification is never off
        .userAgentPrefix("hr-sync/2.1 ")                      // User-Agent: hr-sync/2.1 crashplan4j/0.1.0 java/17...
        .build();
    return client;
  }

  static void settings(OrgService orgs, String destinationGuid) {
    OrgSettings settings = orgs.getSettings(OrgId.of(42));      // immutable snapshot
    settings.archiveHoldDays();                                   // Optional[30]
    settings.backupSets();                                        // legal-hold sets are never shown

    OrgSettingsEdit edit = settings.edit()
        .archiveHoldDays(90)                                      // turns "quota settings inherited" off
        .orgBackupQuotaGb(500)                                    // decimal GB; -1 for no limit
        .backupAlertRecipientEmails("oncall@example.com")
        .webRestoreEnabled(false);                                // a t-setting, sent as a packet
    edit.backupSet("1").addIncludedFile("/srv/data").addDestination(destinationGuid);
    edit.changes();   // [quotaSettingsInherited: true -> false, archiveHoldDays: 30 -> 90, ...]

    SettingsUpdateResult result = orgs.updateSettings(edit);     // sends only what changed
    result.throwIfFailed();                                       // or look at each request:
    result.tSettings().state();                                   // NOT_SENT, SUCCEEDED or FAILED
    result.orgDocument().updatedOrg();                            // the org as the console saved it
  }

  static void inProduction(String url, Credentials credentials, ObservationRegistry observationRegistry,
      MeterRegistry meterRegistry, CrashPlanClient client) {
    CrashPlanClient fromTheEnvironment = CrashPlanClient.builder()
        .fromEnvironment()                                         // URL and credentials
        .proxyFromEnvironment()                                    // https_proxy, all_proxy, no_proxy...: curl's rules
        .build();

    CrashPlanClient behindAProxy = CrashPlanClient.builder()
        .baseUrl(url).credentials(credentials)
        .proxy("https://proxy-user:pa%2Bss@proxy.internal:3129")  // or proxy(host, port[, user, password])
        .nonProxyHosts("*.internal", "10.0.0.0/8")                  // reached directly
        .build();

    CrashPlanClient observed = CrashPlanClient.builder()
        .baseUrl(url).credentials(credentials)
        .listener(CrashPlanObservations.listener(observationRegistry, meterRegistry))
        .build();

    OkHttpClient shared = new OkHttpClient.Builder().connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
    CrashPlanClient tenantA = CrashPlanClient.builder().baseUrl(url).credentials(credentials)
        .transport(FeignTransportProvider.withOkHttpClient(shared))
        .build();

    ApiResponse answer = client.http().get("/api/v1/User", QueryParameters.of("pgSize", "100"));
    JsonNode users = JsonBodies.data(answer);                     // Jackson, from the Feign transport
    users.get("users").forEach(user -> System.out.println(user.get("username").asText()));
    client.http().post("/api/v1/LegalHold", JsonBody.of("{\"name\": \"Case 42\"}"));   // sent as given
  }
}
