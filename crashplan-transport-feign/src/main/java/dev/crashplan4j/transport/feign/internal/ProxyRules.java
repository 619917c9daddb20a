package dev.crashplan4j.transport.feign.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP proxy for every host but those the caller listed, written as the JVM's
 * {@code http.nonProxyHosts} is: a name or address, a leading {@code *} matching any start.
 */
final class ProxyRules extends ProxySelector {

  private final Proxy proxy;
  private final List<String> direct;

  ProxyRules(InetSocketAddress proxy, List<String> nonProxyHosts) {
    this.proxy = new Proxy(Proxy.Type.HTTP, proxy);
    this.direct = nonProxyHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    for (String pattern : direct) {
      boolean matches = pattern.startsWith("*") ? host.endsWith(pattern.substring(1)) : host.equals(pattern);
      if (matches) {
        return List.of(Proxy.NO_PROXY);
      }
    }
    return List.of(proxy);
  }

  // OkHttp tries the next route itself; nothing to remember.
  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
}
