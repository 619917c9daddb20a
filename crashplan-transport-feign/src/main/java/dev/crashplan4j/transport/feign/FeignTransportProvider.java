package dev.crashplan4j.transport.feign;

import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.transport.feign.internal.FeignTransport;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The default transport of crashplan4j: Feign over OkHttp with Jackson. Found by
 * {@code CrashPlanClient.builder()} through {@link java.util.ServiceLoader} when this module is
 * on the class path, or passed explicitly:
 *
 * <pre>{@code
 * CrashPlanClient.builder().baseUrl(url).credentials(credentials)
 *     .transport(new FeignTransportProvider()).build();
 * }</pre>
 */
public final class FeignTransportProvider implements CrashPlanTransportProvider {

  private final OkHttpClient base;

  /** Creates the provider: each transport makes its own OkHttp client from the client's settings. */
  public FeignTransportProvider() {
    this.base = null;
  }

  private FeignTransportProvider(OkHttpClient base) {
    this.base = base;
  }

  /**
   * Returns a provider whose transports are built on {@code client}: to share one connection
   * pool across tenants, add interceptors, or set TLS, DNS or a proxy the SDK has no setting for.
   * What {@code client} sets stays (pool, dispatcher, timeouts, TLS, DNS, proxy and its
   * authenticator); the SDK adds its request log and request-progress interceptors and turns
   * off redirects and OkHttp's silent retries. The builder's timeouts, proxy and trust store are
   * then not used.
   */
  public static FeignTransportProvider withOkHttpClient(OkHttpClient client) {
    return new FeignTransportProvider(Objects.requireNonNull(client, "client"));
  }

  /** Returns a new Feign transport, on its own OkHttp client or on the one given. */
  @Override
  public CrashPlanTransport create(TransportConfig config) {
    return base == null ? new FeignTransport(config) : new FeignTransport(config, base);
  }

  @Override
  public String name() {
    return "feign";
  }
}
