package dev.crashplan4j.api;

import dev.crashplan4j.core.port.ProxyProtocol;
import dev.crashplan4j.core.port.TransportConfig;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A proxy written as curl reads one: {@code [scheme://][user[:password]@]host[:port][/]}. The
 * scheme is {@code http} unless given; the port is 443 for {@code https}, else 1080 (curl's
 * defaults). The user and password are percent-decoded, nothing else is ({@code +} stays
 * {@code +}). Errors say where the URL came from and what is wrong with it, never the URL,
 * which may hold a password.
 */
record ProxyUrl(ProxyProtocol protocol, String host, int port, Optional<String> user, Optional<String> password) {

  static final String FORMS = "the forms are [http|https|socks5|socks5h]://[user:password@]host[:port]";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.?");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");

  /**
   * Reads {@code value}; {@code source} says where it came from in an error ("the proxy URL in
   * HTTPS_PROXY").
   *
   * @throws IllegalArgumentException naming {@code source} and what is wrong, never the value
   */
  static ProxyUrl parse(String value, String source) {
    String text = value.strip();
    int separator = text.indexOf("://");
    String scheme = separator < 0 ? "http" : text.substring(0, separator).toLowerCase(Locale.ROOT);
    String rest = separator < 0 ? text : text.substring(separator + 3);
    ProxyProtocol protocol = switch (scheme) {
      case "http" -> ProxyProtocol.HTTP;
      case "https" -> ProxyProtocol.HTTPS;
      case "socks5", "socks5h" -> ProxyProtocol.SOCKS5;
      case "socks", "socks4", "socks4a" -> throw refused(source,
          "is a SOCKS4 proxy (socks://, socks4:// or socks4a://), which is not supported: use SOCKS5");
      default -> throw refused(source, "has a scheme that is not http://, https://, socks5:// or socks5h://");
    };
    int end = firstOf(rest, "/?#");
    String authority = end < 0 ? rest : rest.substring(0, end);
    int at = authority.lastIndexOf('@');
    ProxyUrl proxy = hostAndPort(protocol, authority.substring(at + 1), source);
    if (at < 0) {
      return proxy;
    }
    if (protocol == ProxyProtocol.SOCKS5) {
      throw refused(source, "has a user and password for a SOCKS5 proxy, which is not supported: the JDK's SOCKS"
          + " client takes them only from the JVM-wide java.net.Authenticator, which would hand them to every"
          + " connection of the JVM");
    }
    String userInfo = authority.substring(0, at);
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), source);
    String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1), source);
    if (user.isBlank()) {
      throw refused(source, "has a password but no user");
    }
    return new ProxyUrl(protocol, proxy.host, proxy.port, Optional.of(user), Optional.of(password));
  }

  /** Sets this proxy, its protocol and its credentials (or none) on {@code config}. */
  void applyTo(TransportConfig.Builder config) {
    config.proxy(InetSocketAddress.createUnresolved(host, port)).proxyProtocol(protocol)
        .proxyUsername(user).proxyPassword(password);
  }

  // Never the password, even in a debugger or a log of the builder.
  @Override
  public String toString() {
    return protocol + " proxy " + host + ":" + port + user.map(name -> " as " + name).orElse("");
  }

  private static ProxyUrl hostAndPort(ProxyProtocol protocol, String hostPort, String source) {
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw refused(source, "has an IPv6 address without its closing ]");
      }
      host = hostPort.substring(1, close);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw refused(source, "has something other than :port after its IPv6 address");
      }
      port = after.isEmpty() ? "" : after.substring(1);
      if (!IPV6.matcher(host).matches() || !host.contains(":")) {
        throw refused(source, "has a host in brackets that is not an IPv6 address");
      }
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
      if (host.isEmpty()) {
        throw refused(source, "has no host");
      }
      if (!NAME.matcher(host).matches()) {
        throw refused(source, "has a host that is neither a name nor an address (an IPv6 address goes in brackets)");
      }
    }
    int number = protocol == ProxyProtocol.HTTPS ? 443 : 1080;
    if (!port.isEmpty()) {
      number = PORT.matcher(port).matches() ? Integer.parseInt(port) : 0;
      if (number < 1 || number > 65_535) {
        throw refused(source, "has a port that is not a number from 1 to 65535");
      }
    }
    return new ProxyUrl(protocol, host, number, Optional.empty(), Optional.empty());
  }

  // Percent-decoding as in a URL's user information: %XX is a byte of UTF-8, anything else is itself.
  private static String decode(String text, String source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
        if (low < 0) {
          throw refused(source, "has a % in its user or password that is not followed by two hex digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException notUtf8) {
      throw refused(source, "has a user or password whose percent-escapes are not UTF-8");
    }
  }

  private static int firstOf(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static IllegalArgumentException refused(String source, String reason) {
    return new IllegalArgumentException(source + " " + reason + "; " + FORMS);
  }
}
