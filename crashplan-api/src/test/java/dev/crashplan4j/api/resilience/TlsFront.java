package dev.crashplan4j.api.resilience;

import java.io.IOException;
import java.net.Socket;

/**
 * The fake console over https: TLS with the loopback certificate on a port of its own, the
 * bytes inside passed to the fake's plain port. An https console, so that a proxy is reached
 * with {@code CONNECT} as for any real console.
 */
final class TlsFront extends LoopbackServer {

  private final int consolePort;

  TlsFront(int consolePort) throws IOException {
    super(LoopbackTls.serverContext());
    this.consolePort = consolePort;
  }

  /** The console's https address through this front. */
  String baseUrl() {
    return "https://localhost:" + port();
  }

  @Override
  void serve(Socket client) throws IOException {
    pipe(client, client.getInputStream(), connect("127.0.0.1", consolePort));
  }
}
