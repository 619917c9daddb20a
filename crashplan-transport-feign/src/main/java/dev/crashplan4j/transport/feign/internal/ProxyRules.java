package dev.crashplan4j.transport.feign.internal;

import dev.crashplan4j.core.port.NonProxyHost;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * One proxy for every host but those the caller listed, in the forms {@link NonProxyHost}
 * reads: names, {@code *.domain}, addresses, CIDR ranges, any of them on one port.
 */
final class ProxyRules extends ProxySelector {

  private final Proxy proxy;
  private final List<NonProxyHost> direct;

  ProxyRules(Proxy proxy, List<String> nonProxyHosts) {
    this.proxy = proxy;
    this.direct = nonProxyHosts.stream().map(NonProxyHost::parse).toList();
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost();
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    for (NonProxyHost rule : direct) {
      if (rule.matches(host, port)) {
        return List.of(Proxy.NO_PROXY);
      }
    }
    return List.of(proxy);
  }

  // OkHttp tries the next route itself; nothing to remember.
  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
}
