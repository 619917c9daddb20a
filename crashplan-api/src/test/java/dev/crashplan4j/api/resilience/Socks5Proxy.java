package dev.crashplan4j.api.resilience;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A SOCKS5 proxy on loopback (RFC 1928, no authentication, CONNECT only) that records the
 * destination each client asked for, as the client wrote it: a name or an address.
 */
final class Socks5Proxy extends LoopbackServer {

  private final List<String> destinations = new CopyOnWriteArrayList<>();

  Socks5Proxy() throws IOException {
    super(null);
  }

  /** Each destination asked for, as {@code host:port}. */
  List<String> destinations() {
    return List.copyOf(destinations);
  }

  @Override
  void serve(Socket client) throws IOException {
    DataInputStream in = new DataInputStream(client.getInputStream());
    OutputStream out = client.getOutputStream();
    if (in.readUnsignedByte() != 5) {
      return;
    }
    byte[] methods = in.readNBytes(in.readUnsignedByte());
    boolean noAuthentication = false;
    for (byte method : methods) {
      noAuthentication |= method == 0;
    }
    out.write(new byte[] {5, noAuthentication ? (byte) 0 : (byte) 0xFF});
    out.flush();
    if (!noAuthentication) {
      return;
    }
    in.readUnsignedByte(); // version
    int command = in.readUnsignedByte();
    in.readUnsignedByte(); // reserved
    int type = in.readUnsignedByte();
    String host = switch (type) {
      case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
      case 3 -> new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
      case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
      default -> throw new IOException("address type " + type);
    };
    int port = in.readUnsignedShort();
    destinations.add(host + ":" + port);
    if (command != 1) {
      out.write(new byte[] {5, 7, 0, 1, 0, 0, 0, 0, 0, 0});
      return;
    }
    Socket upstream = connect(host, port);
    out.write(new byte[] {5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
    out.flush();
    pipe(client, in, upstream);
  }
}
