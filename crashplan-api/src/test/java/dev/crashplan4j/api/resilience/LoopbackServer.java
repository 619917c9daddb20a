package dev.crashplan4j.api.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A TCP server on loopback, plain or over TLS, that hands each connection to {@link #serve}
 * on a thread of its own; closing it closes every connection it opened or accepted. The base
 * of the test proxies and of the TLS front of the fake console.
 */
abstract class LoopbackServer implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, getClass().getSimpleName());
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  LoopbackServer(SSLContext tls) throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    this.server = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
    server.bind(loopback);
    threads.execute(this::accept);
  }

  /** Answers one accepted connection; the socket is closed after it returns. */
  abstract void serve(Socket client) throws IOException;

  final int port() {
    return server.getLocalPort();
  }

  /** Opens a connection to {@code host}:{@code port}, closed with this server. */
  final Socket connect(String host, int port) throws IOException {
    Socket upstream = new Socket(host, port);
    open.add(upstream);
    return upstream;
  }

  /** Copies bytes both ways between the two sockets until either side ends, then closes both. */
  final void pipe(Socket one, InputStream fromOne, Socket other) throws IOException {
    threads.execute(() -> copy(quietly(other), outputOf(one), one, other));
    copy(fromOne, other.getOutputStream(), one, other);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        threads.execute(() -> {
          try (client) {
            serve(client);
          } catch (IOException | RuntimeException ended) {
            // The client went away, or the test closed the server: nothing to answer.
          } finally {
            open.remove(client);
          }
        });
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static InputStream quietly(Socket socket) {
    try {
      return socket.getInputStream();
    } catch (IOException closed) {
      return InputStream.nullInputStream();
    }
  }

  private static OutputStream outputOf(Socket socket) {
    try {
      return socket.getOutputStream();
    } catch (IOException closed) {
      return OutputStream.nullOutputStream();
    }
  }

  private static void copy(InputStream in, OutputStream out, Socket one, Socket other) {
    byte[] buffer = new byte[16 * 1024];
    try {
      for (int read; (read = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException ended) {
      // One side closed: the tunnel is over.
    } finally {
      closeQuietly(one);
      closeQuietly(other);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    open.forEach(LoopbackServer::closeQuietly);
    threads.shutdownNow();
  }
}
