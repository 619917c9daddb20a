package dev.crashplan4j.transport.feign.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * A socket that is plain TCP until it connects to the proxy, and TLS to the proxy after: what
 * {@link TlsToProxy} hands OkHttp. The TCP options and state are the plain socket's; the
 * streams are the TLS socket's once there is one.
 */
final class ProxyTlsSocket extends Socket {

  private final TlsToProxy factory;
  private final Socket plain = new Socket();
  private volatile Socket carrier = plain;

  ProxyTlsSocket(TlsToProxy factory) {
    this.factory = factory;
  }

  @Override
  public void connect(SocketAddress endpoint) throws IOException {
    connect(endpoint, 0);
  }

  @Override
  public void connect(SocketAddress endpoint, int timeout) throws IOException {
    plain.connect(endpoint, timeout);
    if (factory.isTheProxy(endpoint)) {
      try {
        carrier = factory.handshake(plain);
      } catch (IOException failed) {
        plain.close();
        throw failed;
      }
    }
  }

  @Override
  public void bind(SocketAddress local) throws IOException {
    plain.bind(local);
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return carrier.getInputStream();
  }

  @Override
  public OutputStream getOutputStream() throws IOException {
    return carrier.getOutputStream();
  }

  @Override
  public void shutdownInput() throws IOException {
    carrier.shutdownInput();
  }

  @Override
  public void shutdownOutput() throws IOException {
    carrier.shutdownOutput();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      carrier.close();
    } finally {
      plain.close();
      super.close();
    }
  }

  @Override
  public InetAddress getInetAddress() {
    return plain.getInetAddress();
  }

  @Override
  public InetAddress getLocalAddress() {
    return plain.getLocalAddress();
  }

  @Override
  public int getPort() {
    return plain.getPort();
  }

  @Override
  public int getLocalPort() {
    return plain.getLocalPort();
  }

  @Override
  public SocketAddress getRemoteSocketAddress() {
    return plain.getRemoteSocketAddress();
  }

  @Override
  public SocketAddress getLocalSocketAddress() {
    return plain.getLocalSocketAddress();
  }

  @Override
  public boolean isConnected() {
    return plain.isConnected();
  }

  @Override
  public boolean isBound() {
    return plain.isBound();
  }

  @Override
  public boolean isClosed() {
    return plain.isClosed() || carrier.isClosed();
  }

  @Override
  public boolean isInputShutdown() {
    return plain.isInputShutdown();
  }

  @Override
  public boolean isOutputShutdown() {
    return plain.isOutputShutdown();
  }

  @Override
  public synchronized void setSoTimeout(int timeout) throws SocketException {
    plain.setSoTimeout(timeout);
  }

  @Override
  public synchronized int getSoTimeout() throws SocketException {
    return plain.getSoTimeout();
  }

  @Override
  public void setTcpNoDelay(boolean on) throws SocketException {
    plain.setTcpNoDelay(on);
  }

  @Override
  public boolean getTcpNoDelay() throws SocketException {
    return plain.getTcpNoDelay();
  }

  @Override
  public void setSoLinger(boolean on, int linger) throws SocketException {
    plain.setSoLinger(on, linger);
  }

  @Override
  public int getSoLinger() throws SocketException {
    return plain.getSoLinger();
  }

  @Override
  public void setKeepAlive(boolean on) throws SocketException {
    plain.setKeepAlive(on);
  }

  @Override
  public boolean getKeepAlive() throws SocketException {
    return plain.getKeepAlive();
  }

  @Override
  public synchronized void setSendBufferSize(int size) throws SocketException {
    plain.setSendBufferSize(size);
  }

  @Override
  public synchronized int getSendBufferSize() throws SocketException {
    return plain.getSendBufferSize();
  }

  @Override
  public synchronized void setReceiveBufferSize(int size) throws SocketException {
    plain.setReceiveBufferSize(size);
  }

  @Override
  public synchronized int getReceiveBufferSize() throws SocketException {
    return plain.getReceiveBufferSize();
  }

  @Override
  public void setTrafficClass(int trafficClass) throws SocketException {
    plain.setTrafficClass(trafficClass);
  }

  @Override
  public int getTrafficClass() throws SocketException {
    return plain.getTrafficClass();
  }

  @Override
  public void setReuseAddress(boolean on) throws SocketException {
    plain.setReuseAddress(on);
  }

  @Override
  public boolean getReuseAddress() throws SocketException {
    return plain.getReuseAddress();
  }

  @Override
  public String toString() {
    return (carrier == plain ? "" : "TLS ") + plain;
  }
}
