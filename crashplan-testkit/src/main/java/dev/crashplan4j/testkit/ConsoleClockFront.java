package dev.crashplan4j.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The socket clients reach: it passes every byte to the JDK's HTTP server behind it, and
 * rewrites one line of each answer's head, the {@code Date}, to the console's clock. The JDK's
 * server (JDK 17's {@code ExchangeImpl.sendResponseHeaders}) sets {@code Date} from the
 * machine's clock itself and lets no handler set it, so a tenant on a test's clock would date
 * its orgs on one clock and its answers on another.
 *
 * <p>Answers are framed as that server frames them: by {@code Content-Length}, by chunks, or
 * with no body (no length and no chunks: a {@code HEAD}, a 1xx, 204 or 304). A connection the
 * server closes or cuts short is closed or cut short here at the same byte.
 */
final class ConsoleClockFront implements AutoCloseable {

  // IMF-fixdate (RFC 9110): two-digit day, always GMT.
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final int MAX_HEAD = 64 * 1024;

  private final ServerSocket listening;
  private final InetSocketAddress behind;
  private final Supplier<Instant> consoleTime;
  private final ExecutorService threads;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  ConsoleClockFront(InetAddress host, int port, InetSocketAddress behind, Supplier<Instant> consoleTime,
      ExecutorService threads) throws IOException {
    this.behind = behind;
    this.consoleTime = consoleTime;
    this.threads = threads;
    this.listening = new ServerSocket();
    listening.bind(new InetSocketAddress(host, port), 128);
    threads.execute(this::accept);
  }

  /** The port clients connect to. */
  int port() {
    return listening.getLocalPort();
  }

  /** The {@code Date} header's value for the console's time {@code at}. */
  static String httpDate(Instant at) {
    return HTTP_DATE.format(at);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listening.accept();
        client.setTcpNoDelay(true);
        threads.execute(() -> relay(client));
      } catch (IOException stopped) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void relay(Socket client) {
    open.add(client);
    Socket server = new Socket();
    open.add(server);
    try (client; server) {
      server.setTcpNoDelay(true);
      server.connect(behind);
      threads.execute(() -> passRequests(client, server));
      passAnswers(server.getInputStream(), client.getOutputStream());
    } catch (IOException gone) {
      // Either side went away: closing both is what the client sees, as from the server itself.
    } finally {
      open.remove(client);
      open.remove(server);
    }
  }

  private static void passRequests(Socket client, Socket server) {
    try {
      client.getInputStream().transferTo(server.getOutputStream());
      server.shutdownOutput();
    } catch (IOException gone) {
      closeQuietly(server);
    }
  }

  private void passAnswers(InputStream in, OutputStream out) throws IOException {
    while (true) {
      byte[] head = readHead(in);
      if (head == null) {
        return;
      }
      Head parsed = redate(head);
      out.write(parsed.bytes);
      out.flush();
      if (parsed.chunked) {
        passChunks(in, out);
      } else if (parsed.length > 0) {
        passBytes(in, out, parsed.length);
      }
      out.flush();
    }
  }

  // The bytes up to and with the blank line; null at a clean end of the stream.
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(256);
    int lastFour = 0;
    while (lastFour != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("the answer's head was cut short");
      }
      head.write(b);
      lastFour = (lastFour << 8) | b;
      if (head.size() > MAX_HEAD) {
        throw new IOException("the answer's head is too long");
      }
    }
    return head.toByteArray();
  }

  private Head redate(byte[] head) {
    String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n", -1);
    StringBuilder out = new StringBuilder(head.length + 40).append(lines[0]).append("\r\n");
    int status = lines[0].length() >= 12 ? parseStatus(lines[0]) : 0;
    long length = 0;
    boolean chunked = false;
    out.append("Date: ").append(httpDate(consoleTime.get())).append("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? line : line.substring(0, colon).strip();
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (name.equalsIgnoreCase("Date")) {
        continue;
      }
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
        chunked = true;
      }
      out.append(line).append("\r\n");
    }
    out.append("\r\n");
    boolean bodiless = status / 100 == 1 || status == 204 || status == 304;
    return new Head(out.toString().getBytes(StandardCharsets.ISO_8859_1), bodiless ? 0 : length, !bodiless && chunked);
  }

  private static int parseStatus(String statusLine) {
    try {
      return Integer.parseInt(statusLine.substring(9, 12));
    } catch (NumberFormatException notAStatus) {
      return 0;
    }
  }

  private static void passBytes(InputStream in, OutputStream out, long count) throws IOException {
    byte[] buffer = new byte[8192];
    long left = count;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        out.flush();
        throw new IOException("the answer's body was cut short");
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  private static void passChunks(InputStream in, OutputStream out) throws IOException {
    while (true) {
      String sizeLine = passLine(in, out);
      int semicolon = sizeLine.indexOf(';');
      long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
      if (size == 0) {
        // Trailers, up to the blank line.
        String trailer;
        do {
          trailer = passLine(in, out);
        } while (!trailer.isEmpty());
        return;
      }
      passBytes(in, out, size);
      passLine(in, out);
    }
  }

  // Passes one CRLF-ended line; returns it without the CRLF.
  private static String passLine(InputStream in, OutputStream out) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      out.write(b);
      if (b == '\n') {
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return line.substring(0, end);
      }
      line.append((char) b);
    }
    out.flush();
    throw new IOException("a chunk was cut short");
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket that failed already.
    }
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() {
    closed = true;
    try {
      listening.close();
    } catch (IOException ignored) {
      // Already closed.
    }
    open.forEach(ConsoleClockFront::closeQuietly);
  }

  private static final class Head {
    final byte[] bytes;
    final long length;
    final boolean chunked;

    Head(byte[] bytes, long length, boolean chunked) {
      this.bytes = bytes;
      this.length = length;
      this.chunked = chunked;
    }
  }
}
