package dev.crashplan4j.transport.feign;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.port.ProxyProtocol;
import dev.crashplan4j.core.port.TransportConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What the Feign transport refuses to build rather than send credentials where they were not meant to go. */
class FeignProxyTest {

  @Test
  void aSocks5ProxyWithAPasswordIsRefusedWithoutShowingIt() {
    TransportConfig config = TransportConfig.builder().baseUrl(URI.create("https://console.example.test"))
        .proxy(InetSocketAddress.createUnresolved("socks.internal", 1080)).proxyProtocol(ProxyProtocol.SOCKS5)
        .proxyUsername("user").proxyPassword("S0cks-pa55").build();

    assertThatThrownBy(() -> new FeignTransportProvider().create(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SOCKS5 proxy with a user and password is not supported: the JDK's SOCKS client takes them"
            + " only from the JVM-wide java.net.Authenticator");
  }
}
