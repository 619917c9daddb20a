package dev.crashplan4j.api.resilience;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A forward HTTP proxy on loopback, spoken to in plain text or over TLS: {@code CONNECT}
 * tunnels for https consoles, absolute-URI requests passed on for http ones. With credentials
 * it answers 407 ({@code Proxy-Authenticate: Basic}) to every request without the right
 * {@code Proxy-Authorization}, on the same connection. It records every request it was sent.
 */
final class RecordingProxy extends LoopbackServer {

  /** One request the proxy read: its line, its {@code Proxy-Authorization}, and whether TLS carried it. */
  record Seen(String method, String target, Optional<String> proxyAuthorization, boolean overTls) {}

  private final String expected;
  private final boolean overTls;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private RecordingProxy(SSLContext tls, String expected) throws IOException {
    super(tls);
    this.overTls = tls != null;
    this.expected = expected;
  }

  /** A plain-text proxy that wants no credentials. */
  static RecordingProxy plain() throws IOException {
    return new RecordingProxy(null, null);
  }

  /** A plain-text proxy that wants these Basic credentials. */
  static RecordingProxy plain(String user, String password) throws IOException {
    return new RecordingProxy(null, basic(user, password));
  }

  /** A proxy spoken to over TLS with the loopback certificate, wanting these Basic credentials. */
  static RecordingProxy overTls(String user, String password) throws IOException {
    return new RecordingProxy(LoopbackTls.serverContext(), basic(user, password));
  }

  /** A proxy spoken to over TLS with the loopback certificate, wanting no credentials. */
  static RecordingProxy overTls() throws IOException {
    return new RecordingProxy(LoopbackTls.serverContext(), null);
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** The Basic credential the proxy wants, as the client would send it. */
  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  void serve(Socket client) throws IOException {
    InputStream in = new BufferedInputStream(client.getInputStream());
    OutputStream out = client.getOutputStream();
    while (true) {
      List<String> head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String[] line = head.get(0).split(" ");
      Map<String, String> headers = headers(head);
      seen.add(new Seen(line[0], line[1], Optional.ofNullable(headers.get("proxy-authorization")), overTls));
      byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
      if (expected != null && !expected.equals(headers.get("proxy-authorization"))) {
        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
            + "Proxy-Authenticate: Basic realm=\"loopback proxy\"\r\nContent-Length: 0\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        continue;
      }
      if (line[0].equals("CONNECT")) {
        int colon = line[1].lastIndexOf(':');
        Socket upstream = connect(line[1].substring(0, colon), Integer.parseInt(line[1].substring(colon + 1)));
        out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        pipe(client, in, upstream);
        return;
      }
      passOn(line, head, body, out);
      return;
    }
  }

  // One request to where its absolute URI points, the answer back with the connection closed
  // after it: just enough forwarding for a client that reconnects when told to.
  private void passOn(String[] line, List<String> head, byte[] body, OutputStream out) throws IOException {
    URI target = URI.create(line[1]);
    try (Socket upstream = connect(target.getHost(), target.getPort())) {
      StringBuilder request = new StringBuilder(line[0]).append(' ').append(target.getRawPath())
          .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.1\r\n");
      for (String header : head.subList(1, head.size())) {
        String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!name.startsWith("proxy-") && !name.equals("connection") && !name.equals("keep-alive")) {
          request.append(header).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream toConsole = upstream.getOutputStream();
      toConsole.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      toConsole.write(body);
      toConsole.flush();
      byte[] answer = upstream.getInputStream().readAllBytes();
      out.write(closing(answer));
      out.flush();
    }
  }

  // The console's answer with "Connection: close" in its head, so the client does not reuse the connection.
  private static byte[] closing(byte[] answer) {
    String text = new String(answer, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    List<String> head = new ArrayList<>(List.of(text.substring(0, end).split("\r\n")));
    head.removeIf(header -> header.toLowerCase(Locale.ROOT).startsWith("connection:"));
    head.add("Connection: close");
    return (String.join("\r\n", head) + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
        line.reset();
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
    return List.of();
  }

  private static Map<String, String> headers(List<String> head) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header : head.subList(1, head.size())) {
      int colon = header.indexOf(':');
      headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
    }
    return headers;
  }
}
