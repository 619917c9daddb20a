package dev.crashplan4j.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.api.logging.CapturedLogs;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secrets scan for proxy passwords: a run at trace level through proxies that take the
 * password, refuse a wrong one, and through proxy variables that cannot be used. No piece or
 * encoding of a proxy password appears in a log line, an exception, the transport
 * configuration's {@code toString()} or anything the console received.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxySecretsNeverLeakTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private static final String PASSWORD = "Px-S3cret+9q/7w";
  private static final String ENCODED = "Px-S3cret%2B9q%2F7w";
  private static final String WRONG = "Wr0ng-Pr0xy+pw";

  private final List<String> seen = new CopyOnWriteArrayList<>();

  // The transport on the class path, with the configuration it was built from noted down.
  private final CrashPlanTransportProvider noting = config -> {
    seen.add(config.toString());
    return ServiceLoader.load(CrashPlanTransportProvider.class).findFirst().orElseThrow().create(config);
  };

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        seen.add(cause.toString());
        for (Throwable suppressed : cause.getSuppressed()) {
          seen.add(suppressed.toString());
        }
      }
    }
  }

  private void run(String console, Map<String, String> environment) {
    attempt(() -> {
      try (CrashPlanClient client = CrashPlanClient.builder().baseUrl(console)
          .credentials(Credentials.apiClient("id", "secret")).trustStore(LoopbackTls.trustStore())
          .retries(Retries.none()).proxyFromEnvironment(environment::get).transport(noting).build()) {
        client.orgs().getPage(1);
      }
    });
  }

  @Test
  void theProxyPasswordAppearsNowhere(FakeCrashPlanServer console) throws Exception {
    console.addApiClient("id", "secret");
    CapturedLogs.start();
    try (TlsFront httpsConsole = new TlsFront(console.port());
        RecordingProxy overTls = RecordingProxy.overTls("proxy-user", PASSWORD);
        RecordingProxy plain = RecordingProxy.plain("proxy-user", PASSWORD)) {
      String tlsProxy = "localhost:" + overTls.port();
      String plainProxy = "127.0.0.1:" + plain.port();
      run(httpsConsole.baseUrl(), Map.of("HTTPS_PROXY", "https://proxy-user:" + ENCODED + "@" + tlsProxy));
      run(console.baseUrl(), Map.of("http_proxy", "http://proxy-user:" + ENCODED + "@" + plainProxy));
      run(httpsConsole.baseUrl(), Map.of("https_proxy", "http://proxy-user:" + WRONG + "@" + plainProxy));
      run(console.baseUrl(), Map.of("http_proxy", "http://proxy-user:" + WRONG + "@" + plainProxy));
      for (String unusable : new String[] {"ftp://proxy-user:" + PASSWORD + "@" + plainProxy,
          "socks5://proxy-user:" + PASSWORD + "@" + plainProxy, "http://proxy-user:" + PASSWORD + "@proxy:99999",
          "http://proxy-user:" + PASSWORD + "%@" + plainProxy, "http://:" + PASSWORD + "@" + plainProxy}) {
        run(httpsConsole.baseUrl(), Map.of("ALL_PROXY", unusable));
      }
      assertThat(overTls.seen()).as("the password went where it was meant to")
          .anySatisfy(request -> assertThat(request.proxyAuthorization()).contains(basic(PASSWORD)));
      assertThat(plain.seen()).anySatisfy(request -> assertThat(request.proxyAuthorization()).contains(basic(WRONG)));
      console.requests().forEach(request -> seen.add(request + " " + request.headers() + " " + request.body()));
      assertThat(console.requests()).hasSizeGreaterThanOrEqualTo(4);
    }
    List<CapturedLogs.Line> logs = CapturedLogs.stop();
    logs.forEach(line -> seen.add(line.message()));

    assertThat(logs).as("the run was logged").hasSizeGreaterThan(8);
    assertThat(seen).as("exceptions were seen").anyMatch(text -> text.contains("HTTP 407"))
        .anyMatch(text -> text.contains("ALL_PROXY"));
    for (String secret : List.of(PASSWORD, WRONG)) {
      for (String form : forms(secret)) {
        assertThat(seen).as("nothing shows any piece or encoding of a proxy password")
            .noneMatch(text -> text.contains(form));
      }
      assertThat(seen).as("nothing shows the Basic credential").noneMatch(text -> text.contains(basic(secret).substring(6, 18)));
    }
  }

  private static String basic(String password) {
    return RecordingProxy.basic("proxy-user", password);
  }

  // The secret whole, URL-encoded and as it was written in the variables, and every run of 8 of its characters.
  private static List<String> forms(String secret) {
    List<String> forms = new ArrayList<>(List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8), ENCODED));
    for (int from = 0; from + 8 <= secret.length(); from++) {
      forms.add(secret.substring(from, from + 8));
    }
    return forms;
  }
}
