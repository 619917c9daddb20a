package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.immutables.value.Value;

/** What a transport is built from: the console's address, timeouts, TLS trust, proxy and User-Agent. */
@Value.Immutable
@CrashPlanStyle
public abstract class TransportConfig {

  /** The SDK's part of every {@code User-Agent}: {@code crashplan4j/<version> java/<version>}. */
  public static final String SDK_USER_AGENT =
      "crashplan4j/" + sdkVersion() + " java/" + System.getProperty("java.version");

  /** Returns a builder; {@code baseUrl} is required. */
  public static Builder builder() {
    return ImmutableTransportConfig.builder();
  }

  /** The console's base URL, for example {@code https://console.us1.crashplan.com}. */
  public abstract URI baseUrl();

  /** How long to wait for a connection; 10 seconds unless set. */
  @Value.Default
  public Duration connectTimeout() {
    return Duration.ofSeconds(10);
  }

  /** How long to wait for an answer once connected; 60 seconds unless set. */
  @Value.Default
  public Duration readTimeout() {
    return Duration.ofSeconds(60);
  }

  /** How long one request may take in all, connecting and answering included; 60 seconds unless set. */
  @Value.Default
  public Duration callTimeout() {
    return Duration.ofSeconds(60);
  }

  /**
   * The certificates to trust instead of the JDK's default ones, for a console behind a
   * private certificate authority. Verification itself is never turned off.
   */
  public abstract Optional<KeyStore> trustStore();

  /** The proxy to connect through, when one is needed; spoken to as {@link #proxyProtocol()} says. */
  public abstract Optional<InetSocketAddress> proxy();

  /** How to speak to {@link #proxy()}: {@link ProxyProtocol#HTTP} unless set. */
  @Value.Default
  public ProxyProtocol proxyProtocol() {
    return ProxyProtocol.HTTP;
  }

  /**
   * The user the proxy wants (HTTP Basic): sent only in answer to the proxy's 407 that asks for
   * Basic, never before it, and only to {@link #proxy()}.
   */
  public abstract Optional<String> proxyUsername();

  /** That user's password. Never shown by {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> proxyPassword();

  /**
   * Hosts reached directly, not through {@link #proxy()}, each in a form {@link NonProxyHost}
   * reads: a name, {@code *.domain}, {@code *}, an IPv4 or IPv6 address, a CIDR range, or one
   * of them but a range followed by {@code :port}.
   */
  public abstract List<String> nonProxyHosts();

  /**
   * Whether to use the JVM's own proxy settings ({@code https.proxyHost}, {@code http.nonProxyHosts},
   * {@code java.net.useSystemProxies}) instead of {@link #proxy()}; false unless set.
   */
  @Value.Default
  public boolean systemProxy() {
    return false;
  }

  /** The {@code User-Agent} header every request carries; {@link #SDK_USER_AGENT} unless set. */
  @Value.Default
  public String userAgent() {
    return SDK_USER_AGENT;
  }

  @Value.Check
  void check() {
    if (proxyUsername().isPresent() != proxyPassword().isPresent()) {
      throw new IllegalArgumentException("a proxy user needs a password, and a password a user");
    }
    nonProxyHosts().forEach(NonProxyHost::parse);
  }

  private static String sdkVersion() {
    Properties properties = new Properties();
    try (InputStream in = TransportConfig.class.getResourceAsStream("crashplan4j.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  /**
   * Builds a {@code TransportConfig}: {@link TransportConfig#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link TransportConfig#baseUrl()} to {@code baseUrl}. */
    Builder baseUrl(URI baseUrl);

    /** Sets {@link TransportConfig#connectTimeout()} to {@code connectTimeout}. */
    Builder connectTimeout(Duration connectTimeout);

    /** Sets {@link TransportConfig#readTimeout()} to {@code readTimeout}. */
    Builder readTimeout(Duration readTimeout);

    /** Sets {@link TransportConfig#callTimeout()} to {@code callTimeout}. */
    Builder callTimeout(Duration callTimeout);

    /** Sets {@link TransportConfig#trustStore()} to {@code trustStore}; null leaves it empty. */
    Builder trustStore(KeyStore trustStore);

    /** Sets {@link TransportConfig#trustStore()} to {@code trustStore}, which may be empty. */
    Builder trustStore(Optional<? extends KeyStore> trustStore);

    /** Sets {@link TransportConfig#proxy()} to {@code proxy}; null leaves it empty. */
    Builder proxy(InetSocketAddress proxy);

    /** Sets {@link TransportConfig#proxy()} to {@code proxy}, which may be empty. */
    Builder proxy(Optional<? extends InetSocketAddress> proxy);

    /** Sets {@link TransportConfig#proxyProtocol()} to {@code proxyProtocol}. */
    Builder proxyProtocol(ProxyProtocol proxyProtocol);

    /** Sets {@link TransportConfig#proxyUsername()} to {@code proxyUsername}; null leaves it empty. */
    Builder proxyUsername(String proxyUsername);

    /** Sets {@link TransportConfig#proxyUsername()} to {@code proxyUsername}, which may be empty. */
    Builder proxyUsername(Optional<String> proxyUsername);

    /** Sets {@link TransportConfig#proxyPassword()} to {@code proxyPassword}; null leaves it empty. */
    Builder proxyPassword(String proxyPassword);

    /** Sets {@link TransportConfig#proxyPassword()} to {@code proxyPassword}, which may be empty. */
    Builder proxyPassword(Optional<String> proxyPassword);

    /** Adds {@code element} to {@link TransportConfig#nonProxyHosts()}. */
    Builder addNonProxyHosts(String element);

    /** Adds {@code elements} to {@link TransportConfig#nonProxyHosts()}. */
    Builder addNonProxyHosts(String... elements);

    /** Sets {@link TransportConfig#nonProxyHosts()} to the elements of {@code elements}, replacing any added before. */
    Builder nonProxyHosts(Iterable<String> elements);

    /** Adds every element of {@code elements} to {@link TransportConfig#nonProxyHosts()}. */
    Builder addAllNonProxyHosts(Iterable<String> elements);

    /** Sets {@link TransportConfig#systemProxy()} to {@code systemProxy}. */
    Builder systemProxy(boolean systemProxy);

    /** Sets {@link TransportConfig#userAgent()} to {@code userAgent}. */
    Builder userAgent(String userAgent);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    TransportConfig build();
  }
}
