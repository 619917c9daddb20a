package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests go to the proxy and which go direct, by the console's URL. */
class ProxyRulesTest {

  private static final Proxy PROXY = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.internal", 3128));

  private static List<Proxy> route(String url, String... nonProxyHosts) {
    return new ProxyRules(PROXY, List.of(nonProxyHosts)).select(URI.create(url));
  }

  @Test
  void aHostNoEntryCoversGoesToTheProxy() {
    assertThat(route("https://console.example.com/api", "*.internal", "10.0.0.0/8")).containsExactly(PROXY);
  }

  @Test
  void aSubdomainOfACoveredDomainGoesDirect() {
    assertThat(route("https://console.corp.example/api", "corp.example", "*.corp.example"))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(route("https://corp.example/api", "corp.example", "*.corp.example")).containsExactly(Proxy.NO_PROXY);
    assertThat(route("https://notcorp.example/api", "corp.example", "*.corp.example")).containsExactly(PROXY);
  }

  @Test
  void anIpv6ConsoleInBracketsMatchesABareEntry() {
    assertThat(route("http://[::1]:8080/api", "::1")).containsExactly(Proxy.NO_PROXY);
    assertThat(route("http://[fd00::7]:8080/api", "fd00::/8")).containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void anIpv4ConsoleInARangeGoesDirect() {
    assertThat(route("https://10.20.30.40/api", "10.0.0.0/8")).containsExactly(Proxy.NO_PROXY);
    assertThat(route("https://11.20.30.40/api", "10.0.0.0/8")).containsExactly(PROXY);
  }

  @Test
  void aPortEntryComparesTheSchemesDefaultPortWhenTheUrlHasNone() {
    assertThat(route("https://console.internal/api", "console.internal:443")).containsExactly(Proxy.NO_PROXY);
    assertThat(route("http://console.internal/api", "console.internal:80")).containsExactly(Proxy.NO_PROXY);
    assertThat(route("https://console.internal/api", "console.internal:80")).containsExactly(PROXY);
    assertThat(route("https://console.internal:8443/api", "console.internal:8443")).containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void theTlsSocketsKnowTheProxyByNameOrAddressAndPort() throws Exception {
    TlsToProxy byName = new TlsToProxy(InetSocketAddress.createUnresolved("localhost", 3129), null);
    InetAddress resolved = InetAddress.getAllByName("localhost")[0];
    assertThat(byName.isTheProxy(new InetSocketAddress(resolved, 3129))).isTrue();
    assertThat(byName.isTheProxy(new InetSocketAddress(resolved, 3128))).isFalse();
    assertThat(byName.isTheProxy(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 3129))).isFalse();

    TlsToProxy byAddress = new TlsToProxy(InetSocketAddress.createUnresolved("::1", 3129), null);
    assertThat(byAddress.isTheProxy(new InetSocketAddress(InetAddress.getByName("0:0:0:0:0:0:0:1"), 3129))).isTrue();
    assertThat(byAddress.isTheProxy(new InetSocketAddress(InetAddress.getByName("::2"), 3129))).isFalse();
  }
}
