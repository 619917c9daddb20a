package dev.crashplan4j.core.port;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@link TransportConfig#nonProxyHosts()}: the hosts a transport reaches directly,
 * not through the proxy. Host names are compared as text and addresses as addresses; nothing
 * is looked up in DNS. The forms:
 *
 * <table>
 *   <caption>What an entry matches</caption>
 *   <tr><th>entry</th><th>matches</th></tr>
 *   <tr><td>{@code *}</td><td>every host</td></tr>
 *   <tr><td>{@code console.internal}</td><td>that host name (any case, a trailing dot ignored)</td></tr>
 *   <tr><td>{@code *.internal}</td><td>any host name ending in {@code .internal}</td></tr>
 *   <tr><td>{@code 10.1.2.3}, {@code ::1}, {@code [::1]}</td><td>that address, written in any form</td></tr>
 *   <tr><td>{@code 10.0.0.0/8}, {@code fd00::/8}, {@code [fd00::]/8}</td><td>the addresses in that range</td></tr>
 *   <tr><td>any of the above but a range, then {@code :port}
 *     ({@code console.internal:8443}, {@code [::1]:8443})</td><td>the same, on that port only</td></tr>
 * </table>
 */
public final class NonProxyHost {

  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.?");
  private static final Pattern SUFFIX = Pattern.compile("\\*\\.?" + NAME.pattern());
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");

  private final String entry;
  // One of: every host; a name or a name suffix; an address range of `bits` leading bits.
  private final boolean everyHost;
  private final String name;
  private final boolean suffix;
  private final byte[] network;
  private final int bits;
  private final int port;

  private NonProxyHost(String entry, boolean everyHost, String name, boolean suffix, byte[] network, int bits,
      int port) {
    this.entry = entry;
    this.everyHost = everyHost;
    this.name = name;
    this.suffix = suffix;
    this.network = network;
    this.bits = bits;
    this.port = port;
  }

  /**
   * Reads one entry in the forms above.
   *
   * @throws IllegalArgumentException naming the entry, when it is none of them
   */
  public static NonProxyHost parse(String entry) {
    Objects.requireNonNull(entry, "entry");
    String text = entry.strip();
    if (text.equals("*")) {
      return new NonProxyHost(text, true, null, false, null, 0, -1);
    }
    NonProxyHost parsed = text.startsWith("[") ? bracketed(text)
        : text.chars().filter(c -> c == ':').count() > 1 ? range(text, text, -1)
        : withPort(text);
    if (parsed == null) {
      throw new IllegalArgumentException("the non-proxy host " + text + " is not a host name, *.domain, an IP"
          + " address or a CIDR range such as 10.0.0.0/8, or one of them but a range followed by :port");
    }
    return parsed;
  }

  /** Whether a request to {@code host} (a name or an address, IPv6 with or without brackets) on {@code port} goes direct. */
  public boolean matches(String host, int port) {
    Objects.requireNonNull(host, "host");
    if (this.port != -1 && this.port != port) {
      return false;
    }
    if (everyHost) {
      return true;
    }
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (network != null) {
      byte[] address = address(bare);
      return address != null && address.length == network.length && inRange(address);
    }
    String lower = withoutTrailingDot(bare.toLowerCase(Locale.ROOT));
    return suffix ? lower.endsWith(name) : lower.equals(name);
  }

  /** The entry as it was written. */
  @Override
  public String toString() {
    return entry;
  }

  private static NonProxyHost bracketed(String text) {
    int close = text.indexOf(']');
    if (close < 0) {
      return null;
    }
    String inside = text.substring(1, close);
    String after = text.substring(close + 1);
    if (after.isEmpty() || after.startsWith("/")) {
      return range(text, inside + after, -1);
    }
    if (!after.startsWith(":")) {
      return null;
    }
    int port = port(after.substring(1));
    return port < 0 ? null : range(text, inside, port);
  }

  private static NonProxyHost withPort(String text) {
    int colon = text.indexOf(':');
    int port = -1;
    String host = text;
    if (colon >= 0) {
      port = port(text.substring(colon + 1));
      host = text.substring(0, colon);
      if (port < 0 || host.contains("/")) {
        return null;
      }
    }
    if (host.contains("/") || IPV4.matcher(host).matches()) {
      return range(text, host, port);
    }
    if (SUFFIX.matcher(host).matches()) {
      return new NonProxyHost(text, false, withoutTrailingDot(host.substring(1).toLowerCase(Locale.ROOT)), true,
          null, 0, port);
    }
    if (NAME.matcher(host).matches()) {
      return new NonProxyHost(text, false, withoutTrailingDot(host.toLowerCase(Locale.ROOT)), false, null, 0, port);
    }
    return null;
  }

  // An address, or a range as address/bits; null when it is neither.
  private static NonProxyHost range(String text, String range, int port) {
    int slash = range.indexOf('/');
    byte[] address = address(slash < 0 ? range : range.substring(0, slash));
    if (address == null) {
      return null;
    }
    int bits = address.length * 8;
    if (slash >= 0) {
      String count = range.substring(slash + 1);
      if (!count.matches("\\d{1,3}") || Integer.parseInt(count) > bits) {
        return null;
      }
      bits = Integer.parseInt(count);
    }
    return new NonProxyHost(text, false, null, false, address, bits, port);
  }

  private boolean inRange(byte[] address) {
    int whole = bits / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (address[whole] & mask) == (network[whole] & mask);
  }

  // The bytes of an IPv4 or IPv6 literal; null for anything else. Never a DNS look-up: an IPv4
  // literal is read here, and the JDK reads a text with a colon as an IPv6 literal or refuses it.
  private static byte[] address(String text) {
    Matcher ipv4 = IPV4.matcher(text);
    if (ipv4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(ipv4.group(i + 1));
        if (part > 255) {
          return null;
        }
        bytes[i] = (byte) part;
      }
      return bytes;
    }
    if (!text.contains(":") || !IPV6.matcher(text).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
  }

  private static int port(String text) {
    if (!PORT.matcher(text).matches()) {
      return -1;
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65_535 ? port : -1;
  }

  private static String withoutTrailingDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
