package dev.crashplan4j.transport.feign.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import javax.net.SocketFactory;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The sockets of a client whose proxy is spoken to over TLS (an {@code https://} proxy): a
 * socket that connects to the proxy does the TLS handshake with it at once, the proxy's
 * certificate verified against its host name, and carries everything after inside that TLS;
 * a socket to any other address (a host reached directly) stays plain. OkHttp has no HTTPS
 * proxy of its own, but builds every socket to an HTTP proxy with the client's
 * {@link SocketFactory}, and a console's TLS nests inside this one.
 */
final class TlsToProxy extends SocketFactory {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final String proxyHost;
  private final int proxyPort;
  private final InetAddress proxyAddress;
  private final SSLSocketFactory tls;

  TlsToProxy(InetSocketAddress proxy, SSLSocketFactory tls) {
    this.proxyHost = proxy.getHostString();
    this.proxyPort = proxy.getPort();
    this.proxyAddress = literal(proxyHost);
    this.tls = tls;
  }

  @Override
  public Socket createSocket() {
    return new ProxyTlsSocket(this);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    Socket socket = createSocket();
    socket.bind(new InetSocketAddress(localHost, localPort));
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    Socket socket = createSocket();
    socket.bind(new InetSocketAddress(localAddress, localPort));
    socket.connect(new InetSocketAddress(address, port));
    return socket;
  }

  /**
   * Whether {@code endpoint} is the proxy: its port, and its host name as OkHttp resolved it
   * (a resolved address keeps the name it was looked up by), or its address when the proxy
   * was given as one.
   */
  boolean isTheProxy(SocketAddress endpoint) {
    if (!(endpoint instanceof InetSocketAddress address) || address.getPort() != proxyPort) {
      return false;
    }
    return address.getHostString().equalsIgnoreCase(proxyHost)
        || (proxyAddress != null && proxyAddress.equals(address.getAddress()));
  }

  /** Layers TLS to the proxy over {@code plain}, connected to it, and completes the handshake. */
  SSLSocket handshake(Socket plain) throws IOException {
    SSLSocket secure = (SSLSocket) tls.createSocket(plain, proxyHost, proxyPort, true);
    SSLParameters parameters = secure.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    secure.setSSLParameters(parameters);
    secure.startHandshake();
    return secure;
  }

  // The proxy's address when its host is written as one (the JDK reads a text with a colon as
  // an IPv6 literal, never as a name to look up); null for a name.
  private static InetAddress literal(String host) {
    if (!IPV4.matcher(host).matches() && !host.contains(":")) {
      return null;
    }
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
  }
}
