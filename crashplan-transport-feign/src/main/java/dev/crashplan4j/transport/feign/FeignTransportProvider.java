package dev.crashplan4j.transport.feign;

import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.transport.feign.internal.FeignTransport;

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

  /** Creates the provider; it holds no state. */
  public FeignTransportProvider() {}

  /** Returns a new Feign transport with its own connection pool. */
  @Override
  public CrashPlanTransport create(TransportConfig config) {
    return new FeignTransport(config);
  }

  @Override
  public String name() {
    return "feign";
  }
}
