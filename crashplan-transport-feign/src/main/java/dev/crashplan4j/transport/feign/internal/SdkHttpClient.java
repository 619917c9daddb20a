package dev.crashplan4j.transport.feign.internal;

import dev.crashplan4j.core.port.ProxyProtocol;
import dev.crashplan4j.core.port.TransportConfig;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client the SDK makes when the caller gives none, built from the transport's
 * settings alone; {@link FeignTransport} then adds what every client gets (its request log,
 * no redirects, no silent retries).
 */
final class SdkHttpClient {

  private SdkHttpClient() {}

  /** Returns the client for {@code config}: its timeouts, pool, proxy, proxy auth and trust. */
  static OkHttpClient of(TransportConfig config) {
    OkHttpClient.Builder okHttp = new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .callTimeout(config.callTimeout())
        .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES));
    Optional<Tls> tls = config.trustStore().map(Tls::trusting);
    tls.ifPresent(trusted -> okHttp.sslSocketFactory(trusted.sockets(), trusted.trustManager()));
    Proxy proxy = null;
    if (config.systemProxy()) {
      okHttp.proxySelector(ProxySelector.getDefault());
    } else if (config.proxy().isPresent()) {
      InetSocketAddress address = config.proxy().get();
      proxy = new Proxy(config.proxyProtocol() == ProxyProtocol.SOCKS5 ? Proxy.Type.SOCKS : Proxy.Type.HTTP, address);
      okHttp.proxySelector(new ProxyRules(proxy, config.nonProxyHosts()));
      if (config.proxyProtocol() == ProxyProtocol.SOCKS5 && config.proxyUsername().isPresent()) {
        throw new IllegalArgumentException("a SOCKS5 proxy with a user and password is not supported: the JDK's"
            + " SOCKS client takes them only from the JVM-wide java.net.Authenticator");
      }
      if (config.proxyProtocol() == ProxyProtocol.HTTPS) {
        okHttp.socketFactory(new TlsToProxy(address,
            tls.map(Tls::sockets).orElseGet(() -> (SSLSocketFactory) SSLSocketFactory.getDefault())));
      }
    }
    okHttp.proxyAuthenticator(new ProxyCredentials(proxy, config.proxyUsername(), config.proxyPassword()));
    return okHttp.build();
  }

  // TLS that trusts the certificates of a trust store: the console's, and an https:// proxy's.
  private record Tls(SSLSocketFactory sockets, X509TrustManager trustManager) {
    static Tls trusting(KeyStore trustStore) {
      try {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trustStore);
        X509TrustManager trustManager = Arrays.stream(factory.getTrustManagers())
            .filter(X509TrustManager.class::isInstance)
            .map(X509TrustManager.class::cast)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the trust store yields no X.509 trust manager"));
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustManager}, null);
        return new Tls(tls.getSocketFactory(), trustManager);
      } catch (GeneralSecurityException unusable) {
        throw new IllegalArgumentException("the trust store cannot be used: " + unusable.getMessage(), unusable);
      }
    }
  }
}
