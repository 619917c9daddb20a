package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proxies over real sockets on loopback: an HTTP proxy reached with {@code CONNECT} for an
 * https console, a proxy spoken to over TLS, a SOCKS5 proxy, and {@code NO_PROXY} sending the
 * console's calls around a proxy that is not there.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyConnectionsTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  // Nothing listens on the discard port: a call that goes to this proxy fails.
  private static final String NO_PROXY_THERE = "http://127.0.0.1:9";

  private FakeCrashPlanServer console;
  private TlsFront httpsConsole;

  @BeforeEach
  void start() throws Exception {
    console = fake.server().addApiClient("id", "secret");
    httpsConsole = new TlsFront(console.port());
  }

  @AfterEach
  void stop() {
    httpsConsole.close();
  }

  private CrashPlanClient.Builder client(String baseUrl) {
    return CrashPlanClient.builder().baseUrl(baseUrl).credentials(Credentials.apiClient("id", "secret"))
        .trustStore(LoopbackTls.trustStore());
  }

  private static RecordingProxy.Seen connect(String target, Optional<String> credentials, boolean overTls) {
    return new RecordingProxy.Seen("CONNECT", target, credentials, overTls);
  }

  @Test
  void credentialsGoOnTheConnectOnlyAfterTheProxyAsks() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.plain("proxy-user", "proxy-pa55");
        CrashPlanClient client = client(httpsConsole.baseUrl())
            .proxy("127.0.0.1", proxy.port(), "proxy-user", "proxy-pa55").build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);

      String target = "localhost:" + httpsConsole.port();
      assertThat(proxy.seen()).containsExactly(
          connect(target, Optional.empty(), false),
          connect(target, Optional.of(RecordingProxy.basic("proxy-user", "proxy-pa55")), false));
    }
    assertThat(console.requests()).hasSize(2).allSatisfy(request ->
        assertThat(request.headers()).doesNotContainKey("proxy-authorization"));
  }

  @Test
  void wrongProxyCredentialsRaiseA407Once() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.plain("proxy-user", "proxy-pa55");
        CrashPlanClient client = client(httpsConsole.baseUrl())
            .proxy("127.0.0.1", proxy.port(), "proxy-user", "not-it").build()) {
      assertThatThrownBy(() -> client.orgs().getPage(1))
          .isInstanceOfSatisfying(CrashPlanException.class, thrown -> assertThat(thrown.httpStatus()).hasValue(407))
          .hasMessageEndingWith("failed: HTTP 407: the proxy at 127.0.0.1:" + proxy.port()
              + " refused the credentials of proxy-user")
          .message().doesNotContain("not-it");
      assertThat(proxy.seen()).hasSize(2);
    }
    assertThat(console.requests()).isEmpty();
  }

  @Test
  void aProxyWantingCredentialsWhenNoneAreGivenRaisesA407() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.plain("proxy-user", "proxy-pa55");
        CrashPlanClient client = client(httpsConsole.baseUrl()).proxy("127.0.0.1", proxy.port()).build()) {
      assertThatThrownBy(() -> client.orgs().getPage(1))
          .isInstanceOfSatisfying(CrashPlanException.class, thrown -> assertThat(thrown.httpStatus()).hasValue(407));
      assertThat(proxy.seen()).hasSize(1);
    }
  }

  @Test
  void anHttpsProxyIsSpokenToOverTls() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.overTls("env-user", "pa+ss");
        CrashPlanClient client = client(httpsConsole.baseUrl())
            .proxyFromEnvironment(Map.of("HTTPS_PROXY", "https://env-user:pa+ss@localhost:" + proxy.port())::get)
            .build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);

      String target = "localhost:" + httpsConsole.port();
      assertThat(proxy.seen()).containsExactly(
          connect(target, Optional.empty(), true),
          connect(target, Optional.of(RecordingProxy.basic("env-user", "pa+ss")), true));
    }
  }

  @Test
  void anHttpsProxyWhoseCertificateDoesNotNameItIsNotSpokenTo() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.overTls("env-user", "pa55");
        CrashPlanClient client = client(httpsConsole.baseUrl()).retries(Retries.none())
            .proxyFromEnvironment(Map.of("HTTPS_PROXY", "https://env-user:pa55@127.0.0.1:" + proxy.port())::get)
            .build()) {
      assertThatThrownBy(() -> client.orgs().getPage(1)).isInstanceOf(TransportFailureException.class)
          .hasMessageContaining("127.0.0.1");
      assertThat(proxy.seen()).isEmpty();
    }
    assertThat(console.requests()).isEmpty();
  }

  @Test
  void anHttpsProxyOutsideTheTrustIsNotSpokenTo() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.overTls("env-user", "pa55");
        CrashPlanClient client = CrashPlanClient.builder().baseUrl(httpsConsole.baseUrl())
            .credentials(Credentials.apiClient("id", "secret")).retries(Retries.none())
            .proxyFromEnvironment(Map.of("HTTPS_PROXY", "https://env-user:pa55@localhost:" + proxy.port())::get)
            .build()) {
      assertThatThrownBy(() -> client.orgs().getPage(1)).isInstanceOf(TransportFailureException.class)
          .hasMessageContaining("PKIX");
      assertThat(proxy.seen()).isEmpty();
    }
  }

  @Test
  void anHttpConsoleThroughAnHttpsProxyIsSentInsideTls() throws Exception {
    try (RecordingProxy proxy = RecordingProxy.overTls();
        CrashPlanClient client = client(console.baseUrl())
            .proxyFromEnvironment(Map.of("http_proxy", "https://localhost:" + proxy.port())::get).build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);

      assertThat(proxy.seen()).hasSize(2).allSatisfy(seen -> {
        assertThat(seen.overTls()).isTrue();
        assertThat(seen.target()).startsWith(console.baseUrl() + "/api/");
      });
    }
  }

  @Test
  void aSocks5ProxyResolvesTheConsolesName() throws Exception {
    try (Socks5Proxy proxy = new Socks5Proxy();
        CrashPlanClient client = client("http://localhost:" + console.port())
            .proxyFromEnvironment(Map.of("ALL_PROXY", "socks5://127.0.0.1:" + proxy.port())::get).build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);

      assertThat(proxy.destinations()).isNotEmpty().containsOnly("localhost:" + console.port());
    }
    assertThat(console.requests()).hasSize(2);
  }

  @Test
  void aSocks5hProxyCarriesAnHttpsConsole() throws Exception {
    try (Socks5Proxy proxy = new Socks5Proxy();
        CrashPlanClient client = client(httpsConsole.baseUrl())
            .proxyFromEnvironment(Map.of("https_proxy", "socks5h://127.0.0.1:" + proxy.port())::get).build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);

      assertThat(proxy.destinations()).isNotEmpty().containsOnly("localhost:" + httpsConsole.port());
    }
  }

  @Test
  void aCidrRangeInNoProxyReachesTheConsoleDirectly() {
    try (CrashPlanClient client = client(console.baseUrl()).proxyFromEnvironment(
        Map.of("http_proxy", NO_PROXY_THERE, "NO_PROXY", "10.0.0.0/8, 127.0.0.0/8")::get).build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
  }

  @Test
  void hostAndPortInNoProxyGoDirectOnThatPortOnly() {
    try (CrashPlanClient direct = client(console.baseUrl()).proxyFromEnvironment(
        Map.of("http_proxy", NO_PROXY_THERE, "no_proxy", "127.0.0.1:" + console.port())::get).build()) {
      assertThat(direct.orgs().getPage(1).orgs()).hasSize(1);
    }
    try (CrashPlanClient proxied = client(console.baseUrl()).retries(Retries.none()).proxyFromEnvironment(
        Map.of("http_proxy", NO_PROXY_THERE, "no_proxy", "127.0.0.1:" + (console.port() + 1))::get).build()) {
      assertThatThrownBy(() -> proxied.orgs().getPage(1)).isInstanceOf(TransportFailureException.class);
    }
  }

  @Test
  void aLeadingDotDomainInNoProxyCoversTheDomainItself() {
    try (CrashPlanClient client = client("http://localhost:" + console.port()).proxyFromEnvironment(
        Map.of("http_proxy", NO_PROXY_THERE, "no_proxy", ".localhost")::get).build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
  }
}
