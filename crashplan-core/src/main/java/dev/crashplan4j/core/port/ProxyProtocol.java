package dev.crashplan4j.core.port;

/** How a transport speaks to the proxy of {@link TransportConfig#proxy()}. */
public enum ProxyProtocol {

  /**
   * HTTP in plain text: a {@code CONNECT} tunnel for an https console, the request itself for
   * an http one. Credentials (HTTP Basic) cross the network in clear.
   */
  HTTP,

  /**
   * HTTP inside TLS to the proxy, whose certificate is verified against its host name with the
   * client's trust store (or the JDK's): then as {@link #HTTP}, with the credentials encrypted.
   */
  HTTPS,

  /** SOCKS version 5; the proxy resolves the console's host name. */
  SOCKS5
}
