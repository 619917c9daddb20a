package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TLS verification with a custom trust store, and an HTTP proxy. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionSettingsTest {

  private static final char[] STORE_PASSWORD = "changeit".toCharArray();

  @Test
  void requestsGoThroughTheProxyGiven() {
    try (FakeCrashPlanServer proxy = FakeCrashPlanServer.start().addApiClient("id", "secret");
        CrashPlanClient client = CrashPlanClient.builder()
            .baseUrl("http://console.example.invalid")
            .proxy("127.0.0.1", proxy.port())
            .credentials(Credentials.apiClient("id", "secret"))
            .build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
      assertThat(proxy.requests()).allSatisfy(request ->
          assertThat(request.headers().get("host")).isEqualTo("console.example.invalid"));
    }
  }

  @Test
  void aProxyThatWantsCredentialsIsGivenThem() throws Exception {
    try (FakeCrashPlanServer console = FakeCrashPlanServer.start().addApiClient("id", "secret");
        AuthenticatingProxy proxy = new AuthenticatingProxy("proxy-user", "proxy-pa55")) {
      String behindTheProxy = console.baseUrl();
      try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(behindTheProxy)
          .proxy("127.0.0.1", proxy.port(), "proxy-user", "proxy-pa55")
          .credentials(Credentials.apiClient("id", "secret")).build()) {
        assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
      }
      assertThat(proxy.passedOn()).isEqualTo(2);
      assertThat(proxy.refused()).as("each request goes without credentials until the proxy asks").isEqualTo(2);
      assertThat(console.requests()).allSatisfy(request ->
          assertThat(request.headers()).doesNotContainKey("proxy-authorization"));

      try (CrashPlanClient wrong = CrashPlanClient.builder().baseUrl(behindTheProxy)
          .proxy("127.0.0.1", proxy.port(), "proxy-user", "not-it")
          .credentials(Credentials.apiClient("id", "secret")).retries(Retries.none()).build()) {
        assertThatThrownBy(() -> wrong.orgs().getPage(1))
            .isInstanceOfSatisfying(CrashPlanException.class, thrown -> assertThat(thrown.httpStatus()).hasValue(407))
            .message().doesNotContain("not-it");
      }
    }
  }

  @Test
  void hostsListedAsNonProxyAreReachedDirectly() {
    try (FakeCrashPlanServer console = FakeCrashPlanServer.start().addApiClient("id", "secret");
        CrashPlanClient client = CrashPlanClient.builder().baseUrl(console.baseUrl())
            .proxy("127.0.0.1", 9) // nothing listens on the discard port: only a direct request succeeds
            .nonProxyHosts("localhost", "127.0.0.1")
            .credentials(Credentials.apiClient("id", "secret")).build()) {
      assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
    }
  }

  @Test
  void anHttpConsolesProxyComesFromHttpProxy() throws Exception {
    try (FakeCrashPlanServer console = FakeCrashPlanServer.start().addApiClient("id", "secret");
        AuthenticatingProxy proxy = new AuthenticatingProxy("env-user", "p@ss:word")) {
      Map<String, String> environment = Map.of(
          "http_proxy", "http://env-user:p%40ss%3Aword@127.0.0.1:" + proxy.port(),
          "NO_PROXY", ".corp.example,internal.example");
      try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(console.baseUrl())
          .proxyFromEnvironment(environment::get)
          .credentials(Credentials.apiClient("id", "secret")).build()) {
        assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
      }
      assertThat(proxy.passedOn()).isEqualTo(2);

      Map<String, String> bypassed = Map.of("http_proxy", "http://127.0.0.1:9", "no_proxy", "127.0.0.1");
      try (CrashPlanClient direct = CrashPlanClient.builder().baseUrl(console.baseUrl())
          .proxyFromEnvironment(bypassed::get)
          .credentials(Credentials.apiClient("id", "secret")).build()) {
        assertThat(direct.orgs().getPage(1).orgs()).hasSize(1);
      }
    }
  }

  @Test
  void theJvmsOwnProxySettingsAreUsedWhenAsked() {
    String[] names = {"http.proxyHost", "http.proxyPort", "http.nonProxyHosts"};
    String[] before = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      before[i] = System.getProperty(names[i]);
    }
    try (FakeCrashPlanServer proxy = FakeCrashPlanServer.start().addApiClient("id", "secret")) {
      System.setProperty("http.proxyHost", "127.0.0.1");
      System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
      System.setProperty("http.nonProxyHosts", "");
      try (CrashPlanClient client = CrashPlanClient.builder().baseUrl("http://console.example.invalid")
          .systemProxy().credentials(Credentials.apiClient("id", "secret")).build()) {
        assertThat(client.orgs().getPage(1).orgs()).hasSize(1);
      }
      assertThat(proxy.requests()).isNotEmpty().allSatisfy(request ->
          assertThat(request.headers().get("host")).isEqualTo("console.example.invalid"));
    } finally {
      for (int i = 0; i < names.length; i++) {
        if (before[i] == null) {
          System.clearProperty(names[i]);
        } else {
          System.setProperty(names[i], before[i]);
        }
      }
    }
  }

  @Test
  void aPrivateCertificateIsTrustedOnlyThroughItsTrustStore(@TempDir Path dir) throws Exception {
    Path keys = dir.resolve("console.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "console", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
        "-keystore", keys.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    KeyStore serverKeys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keys)) {
      serverKeys.load(in, STORE_PASSWORD);
    }
    HttpsServer https = tokenAndPageServer(serverKeys);
    String baseUrl = "https://127.0.0.1:" + https.getAddress().getPort();
    try {
      try (CrashPlanClient untrusting = CrashPlanClient.builder().baseUrl(baseUrl)
          .credentials(Credentials.apiClient("id", "secret")).retries(Retries.none()).build()) {
        assertThatThrownBy(() -> untrusting.orgs().getPage(1)).isInstanceOf(TransportFailureException.class)
            .hasMessageContaining("PKIX");
      }
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      Certificate certificate = serverKeys.getCertificate("console");
      trust.setCertificateEntry("console", certificate);
      try (CrashPlanClient trusting = CrashPlanClient.builder().baseUrl(baseUrl)
          .credentials(Credentials.apiClient("id", "secret")).trustStore(trust).build()) {
        assertThat(trusting.orgs().getPage(1).totalCount()).isZero();
      }
    } finally {
      https.stop(0);
    }
  }

  // Just enough of a console over TLS: a token, and an empty org listing.
  private static HttpsServer tokenAndPageServer(KeyStore keys) throws Exception {
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, STORE_PASSWORD);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);
    HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(tls));
    https.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String body = exchange.getRequestURI().getPath().endsWith("/oauth/token")
          ? "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":900}"
          : "{\"data\":{\"totalCount\":0,\"orgs\":[]}}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    https.start();
    return https;
  }
}
