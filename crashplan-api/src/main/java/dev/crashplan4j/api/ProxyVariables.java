package dev.crashplan4j.api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The proxy settings Unix tools share: {@code HTTPS_PROXY} and friends, {@code NO_PROXY}.
 * Errors name the variable, never its value, which may hold a password.
 */
final class ProxyVariables {

  private static final String[] PROXY = {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"};
  private static final String[] NO_PROXY = {"NO_PROXY", "no_proxy"};

  private ProxyVariables() {}

  static void read(UnaryOperator<String> environment, CrashPlanClient.Builder builder) {
    for (String name : PROXY) {
      String value = environment.apply(name);
      if (value != null && !value.isBlank()) {
        use(name, value.strip(), builder);
        break;
      }
    }
    for (String name : NO_PROXY) {
      String value = environment.apply(name);
      if (value != null && !value.isBlank()) {
        for (String host : value.split(",", -1)) {
          String trimmed = host.strip();
          if (!trimmed.isEmpty()) {
            // curl's ".example.com" and "example.com" both cover the subdomains.
            String domain = trimmed.startsWith(".") ? trimmed.substring(1) : trimmed;
            builder.nonProxyHosts(domain, domain.equals("*") ? domain : "*." + domain);
          }
        }
        break;
      }
    }
  }

  private static void use(String name, String value, CrashPlanClient.Builder builder) {
    URI proxy;
    try {
      proxy = URI.create(value.contains("://") ? value : "http://" + value);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException(name + " is not a proxy URL such as http://proxy.internal:3128");
    }
    if (proxy.getHost() == null) {
      throw new IllegalArgumentException(name + " is not a proxy URL such as http://proxy.internal:3128");
    }
    int port = proxy.getPort() == -1 ? 80 : proxy.getPort();
    String userInfo = proxy.getRawUserInfo();
    if (userInfo == null) {
      builder.proxy(proxy.getHost(), port);
    } else {
      int colon = userInfo.indexOf(':');
      String user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon), StandardCharsets.UTF_8);
      String password = colon < 0 ? "" : URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
      builder.proxy(proxy.getHost(), port, user, password);
    }
  }
}
