package dev.crashplan4j.transport.feign.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Authenticator;
import okhttp3.Challenge;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's 407: with HTTP Basic credentials once, when the proxy asks for Basic and is
 * the proxy they were given for; else with a {@link Refusal} that the transport turns into a
 * 407 failure. Never before a 407: OkHttp asks before each {@code CONNECT} (its "preemptive"
 * challenge), and that question gets no credentials.
 */
final class ProxyCredentials implements Authenticator {

  // The challenge OkHttp makes up to ask for credentials before a CONNECT is sent.
  private static final String PREEMPTIVE = "OkHttp-Preemptive";

  private final Proxy proxy;
  private final Optional<String> user;
  private final Optional<String> basic;

  ProxyCredentials(Proxy proxy, Optional<String> user, Optional<String> password) {
    this.proxy = proxy;
    this.user = user;
    this.basic = user.map(name -> okhttp3.Credentials.basic(name, password.orElseThrow()));
  }

  @Override
  public Request authenticate(Route route, Response answer) throws IOException {
    if (answer.challenges().stream().anyMatch(challenge -> challenge.scheme().equalsIgnoreCase(PREEMPTIVE))) {
      return null;
    }
    String where = route == null ? "the proxy" : "the proxy at " + address(route.proxy());
    if (basic.isEmpty() || route == null || !route.proxy().equals(proxy)) {
      throw new Refusal(where + " wants credentials, and none were given for it");
    }
    if (answer.request().header("Proxy-Authorization") != null) {
      throw new Refusal(where + " refused the credentials of " + user.orElseThrow());
    }
    if (answer.challenges().stream().noneMatch(challenge -> challenge.scheme().equalsIgnoreCase("Basic"))) {
      String schemes = answer.challenges().stream().map(Challenge::scheme).collect(Collectors.joining(", "));
      throw new Refusal(where + (schemes.isEmpty() ? " answered 407 without saying what it wants"
          : " asks for " + schemes + " credentials; only Basic is answered"));
    }
    return answer.request().newBuilder().header("Proxy-Authorization", basic.orElseThrow()).build();
  }

  private static String address(Proxy proxy) {
    return proxy.address() instanceof InetSocketAddress address
        ? address.getHostString() + ":" + address.getPort()
        : String.valueOf(proxy.address());
  }

  /** A proxy's 407 the client will not answer, or whose answer it refused; the message names no secret. */
  static final class Refusal extends IOException {

    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }
}
