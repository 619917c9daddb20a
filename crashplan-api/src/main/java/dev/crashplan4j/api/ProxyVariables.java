package dev.crashplan4j.api;

import dev.crashplan4j.core.port.NonProxyHost;
import dev.crashplan4j.core.port.TransportConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The proxy variables Unix tools share, read by curl's rules: for an https console
 * {@code https_proxy}, {@code HTTPS_PROXY}, {@code all_proxy}, {@code ALL_PROXY}, the first set
 * winning; for an http console {@code http_proxy}, {@code all_proxy}, {@code ALL_PROXY}. The
 * upper-case {@code HTTP_PROXY} is never read: a CGI program's environment takes it from a
 * request's {@code Proxy} header ("httpoxy"), so curl ignores it. Then {@code no_proxy}, else
 * {@code NO_PROXY}. An empty variable is an unset one. Errors name the variable, never its
 * value, which may hold a password.
 */
final class ProxyVariables {

  private static final List<String> FOR_HTTPS = List.of("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY");
  private static final List<String> FOR_HTTP = List.of("http_proxy", "all_proxy", "ALL_PROXY");
  private static final List<String> NO_PROXY = List.of("no_proxy", "NO_PROXY");
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  private record Variable(String name, String value) {}

  private ProxyVariables() {}

  /**
   * Sets on {@code config} the proxy the variables give a console of {@code consoleScheme}
   * ({@code http} or {@code https}), with the hosts {@code NO_PROXY} sends around it; nothing
   * when no proxy variable is set.
   *
   * @throws IllegalArgumentException naming the variable whose value cannot be used
   */
  static void apply(UnaryOperator<String> environment, String consoleScheme, TransportConfig.Builder config) {
    Optional<Variable> proxy = first(environment, consoleScheme.equals("https") ? FOR_HTTPS : FOR_HTTP);
    if (proxy.isEmpty()) {
      return;
    }
    ProxyUrl.parse(proxy.get().value(), "the proxy URL in " + proxy.get().name()).applyTo(config);
    first(environment, NO_PROXY).ifPresent(noProxy -> config.addAllNonProxyHosts(nonProxyHosts(noProxy)));
  }

  /**
   * The entries of a {@code NO_PROXY} list (separated by commas or blanks) in the forms of
   * {@link NonProxyHost}: {@code *} alone, or as an entry, is every host; a name covers itself
   * and its subdomains, with or without a leading {@code .} (or {@code *.}); addresses, CIDR
   * ranges and {@code host:port} are taken as written.
   */
  private static List<String> nonProxyHosts(Variable noProxy) {
    List<String> patterns = new ArrayList<>();
    for (String entry : SEPARATORS.splitAsStream(noProxy.value().strip()).toList()) {
      if (entry.isEmpty()) {
        continue;
      }
      List<String> forms = forms(entry.toLowerCase(Locale.ROOT));
      for (String form : forms) {
        try {
          NonProxyHost.parse(form);
        } catch (IllegalArgumentException unreadable) {
          throw new IllegalArgumentException(noProxy.name() + " holds " + entry + ", which is not a host name,"
              + " .domain, *, an IP address, a CIDR range such as 10.0.0.0/8, or a host or address followed by :port");
        }
      }
      patterns.addAll(forms);
    }
    return patterns;
  }

  private static List<String> forms(String entry) {
    if (entry.equals("*") || entry.startsWith("[") || entry.chars().filter(c -> c == ':').count() > 1
        || entry.matches("[0-9./]+(:\\d+)?")) {
      return List.of(entry);
    }
    int colon = entry.indexOf(':');
    String port = colon < 0 ? "" : entry.substring(colon);
    String name = colon < 0 ? entry : entry.substring(0, colon);
    name = name.startsWith("*.") ? name.substring(2) : name.startsWith(".") ? name.substring(1) : name;
    name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    return List.of(name + port, "*." + name + port);
  }

  private static Optional<Variable> first(UnaryOperator<String> environment, List<String> names) {
    for (String name : names) {
      String value = environment.apply(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(new Variable(name, value));
      }
    }
    return Optional.empty();
  }
}
