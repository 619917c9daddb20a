package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.junit.jupiter.api.Test;

/** Which 407s get the proxy credentials, and what the others become. */
class ProxyCredentialsTest {

  private static final Proxy PROXY = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.internal", 3128));
  private static final Proxy OTHER = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("other.internal", 3128));

  private final ProxyCredentials credentials =
      new ProxyCredentials(PROXY, Optional.of("proxy-user"), Optional.of("pr0xy-pa55"));

  private static Route route(Proxy proxy) {
    Request request = new Request.Builder().url("https://console.example.test/").build();
    OkHttpClient client = new OkHttpClient.Builder().proxy(proxy).build();
    // OkHttp builds the address of a call itself; a route is that address and the proxy taken.
    okhttp3.Address address = new okhttp3.Address("console.example.test", 443, client.dns(), client.socketFactory(),
        client.sslSocketFactory(), client.hostnameVerifier(), client.certificatePinner(), client.proxyAuthenticator(),
        proxy, client.protocols(), client.connectionSpecs(), client.proxySelector());
    return new Route(address, proxy, InetSocketAddress.createUnresolved("proxy.internal", 3128));
  }

  private static Response asking(String challenge, boolean withCredentials) {
    Request.Builder connect = new Request.Builder().url("https://console.example.test/");
    if (withCredentials) {
      connect.header("Proxy-Authorization", "Basic xyz");
    }
    Response.Builder answer = new Response.Builder().request(connect.build()).protocol(Protocol.HTTP_1_1)
        .code(407).message("Proxy Authentication Required");
    if (challenge != null) {
      answer.header("Proxy-Authenticate", challenge);
    }
    return answer.build();
  }

  @Test
  void aBasicChallengeFromTheProxyGetsTheCredentialsOnce() throws Exception {
    Request answered = credentials.authenticate(route(PROXY), asking("Basic realm=\"corp\"", false));
    assertThat(answered.header("Proxy-Authorization")).isEqualTo(okhttp3.Credentials.basic("proxy-user", "pr0xy-pa55"));

    assertThatThrownBy(() -> credentials.authenticate(route(PROXY), asking("Basic realm=\"corp\"", true)))
        .isInstanceOf(ProxyCredentials.Refusal.class)
        .hasMessage("the proxy at proxy.internal:3128 refused the credentials of proxy-user");
  }

  @Test
  void okHttpsQuestionBeforeAConnectGetsNoCredentials() throws Exception {
    assertThat(credentials.authenticate(route(PROXY), asking("OkHttp-Preemptive", false))).isNull();
  }

  @Test
  void anotherSchemeIsRefusedNamingIt() {
    assertThatThrownBy(() -> credentials.authenticate(route(PROXY), asking("Negotiate", false)))
        .isInstanceOf(ProxyCredentials.Refusal.class)
        .hasMessage("the proxy at proxy.internal:3128 asks for Negotiate credentials; only Basic is answered");
    assertThatThrownBy(() -> credentials.authenticate(route(PROXY), asking(null, false)))
        .hasMessage("the proxy at proxy.internal:3128 answered 407 without saying what it wants");
  }

  @Test
  void anotherProxyNeverGetsTheCredentials() {
    assertThatThrownBy(() -> credentials.authenticate(route(OTHER), asking("Basic realm=\"corp\"", false)))
        .isInstanceOf(ProxyCredentials.Refusal.class)
        .hasMessage("the proxy at other.internal:3128 wants credentials, and none were given for it");
  }

  @Test
  void withoutCredentialsEveryChallengeIsRefused() {
    ProxyCredentials none = new ProxyCredentials(PROXY, Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> none.authenticate(route(PROXY), asking("Basic realm=\"corp\"", false)))
        .hasMessage("the proxy at proxy.internal:3128 wants credentials, and none were given for it");
  }
}
