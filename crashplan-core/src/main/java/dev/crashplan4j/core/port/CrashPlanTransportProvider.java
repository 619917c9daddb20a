package dev.crashplan4j.core.port;

/**
 * Makes transports: the one plug-in point of crashplan4j. A transport module lists its
 * provider in {@code META-INF/services/dev.crashplan4j.core.port.CrashPlanTransportProvider};
 * {@code CrashPlanClient.builder()} uses the one given to it, else the only one on the class
 * path.
 *
 * <pre>{@code
 * public final class MyTransportProvider implements CrashPlanTransportProvider {
 *   public CrashPlanTransport create(TransportConfig config) { return new MyTransport(config); }
 * }
 * CrashPlanClient client = CrashPlanClient.builder()
 *     .baseUrl(url).credentials(credentials).transport(new MyTransportProvider()).build();
 * }</pre>
 */
public interface CrashPlanTransportProvider {

  /**
   * Returns a new transport for the console at {@code config.baseUrl()}; the client closes it.
   * The transport must be thread-safe: one client serves many threads.
   */
  CrashPlanTransport create(TransportConfig config);

  /** A short name for messages, such as {@code "feign"}; the class name unless overridden. */
  default String name() {
    return getClass().getName();
  }
}
