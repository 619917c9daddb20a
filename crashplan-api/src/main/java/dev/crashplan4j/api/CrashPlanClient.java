package dev.crashplan4j.api;

import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.core.domain.Checks;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.NonProxyHost;
import dev.crashplan4j.core.port.ProxyProtocol;
import dev.crashplan4j.core.port.TransportConfig;
import dev.failsafe.RateLimiter;
import java.net.URI;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A client of one CrashPlan console tenant: the entry point of crashplan4j. Thread-safe; build
 * one per tenant and share it. Closing it releases its connections.
 *
 * <pre>{@code
 * try (CrashPlanClient client = CrashPlanClient.builder()
 *     .baseUrl("https://console.us1.crashplan.com")
 *     .credentials(Credentials.apiClient(clientId, secret))
 *     .build()) {
 *   OrgService orgs = client.orgs();
 *   Map<OrgId, String> names = orgs.streamOrgs().collect(Collectors.toMap(Org::id, Org::name));
 * }
 * }</pre>
 */
public final class CrashPlanClient implements AutoCloseable {

  private final CrashPlanTransport transport;
  private final OrgService orgs;
  private final ConsoleHttp http;
  private final Clock clock;

  private CrashPlanClient(Builder builder, TransportConfig config, CrashPlanTransport transport) {
    this.transport = transport;
    this.clock = builder.clock;
    Listeners listeners = new Listeners(builder.listeners);
    LoginSession session = new LoginSession(builder.credentials, transport, builder.clock, listeners);
    Calls calls = new Calls(session, builder.retries, config.callTimeout(), builder.clock, builder.sleeper,
        Optional.ofNullable(builder.rateLimiter), ThreadLocalRandom.current(), listeners);
    this.orgs = new OrgService(transport, calls, session.canActAsUser(), builder.pageSize, builder.clock,
        builder.sleeper);
    this.http = new ConsoleHttp(transport, calls);
  }

  /** Returns a builder; {@code baseUrl} and {@code credentials} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the organizations of the tenant. */
  public OrgService orgs() {
    return orgs;
  }

  /**
   * Returns every other endpoint of the console (users, devices, legal holds...), reached with
   * this client's sign-in, retries, typed errors and request log.
   */
  public ConsoleHttp http() {
    return http;
  }

  /**
   * Returns the clock this client judges time by (token expiry, deadlines, create look-ups):
   * the builder's, else the system clock. Code beside the client that keeps time of its own,
   * such as the Spring Boot starter's health cache, reads it here.
   */
  public Clock clock() {
    return clock;
  }

  /** Closes the transport: its connections and threads are released. */
  @Override
  public void close() {
    transport.close();
  }

  /** Configures a {@link CrashPlanClient}. Not thread-safe; each method returns the builder. */
  public static final class Builder {

    /** The page size of {@code getPage(pageNum)} and {@code getAll()} unless set. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    // Timeouts, proxy and trust store go straight into the transport's configuration, whose
    // defaults are the client's.
    private final TransportConfig.Builder transportConfig = TransportConfig.builder();
    private boolean baseUrlSet;
    private Credentials credentials;
    private CrashPlanTransportProvider transportProvider;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.THREAD;
    private Retries retries = Retries.standard();
    private RateLimiter<Object> rateLimiter;
    private String userAgentPrefix = "";
    private String userAgentSuffix = "";
    private final List<CrashPlanListener> listeners = new ArrayList<>();
    private String consoleScheme = "https";
    private UnaryOperator<String> proxyEnvironment;

    private Builder() {}

    /**
     * Takes the console's address and the credentials from the environment, each value from a
     * JVM system property first, else from an environment variable (the order of AWS's default
     * chain), under the names Spring Boot's relaxed binding gives the starter's property, read
     * in the order listed; the first one set wins:
     *
     * <table>
     *   <caption>Where each value is looked for</caption>
     *   <tr><th>value</th><th>system properties</th><th>environment variables</th></tr>
     *   <tr><td>console URL</td><td>{@code crashplan.url}</td><td>{@code CRASHPLAN_URL}</td></tr>
     *   <tr><td>API client id</td><td>{@code crashplan.client-id}, {@code crashplan.clientId},
     *       {@code crashplan.client_id}</td><td>{@code CRASHPLAN_CLIENTID}, {@code CRASHPLAN_CLIENT_ID}</td></tr>
     *   <tr><td>API client secret</td><td>{@code crashplan.client-secret}, {@code crashplan.clientSecret},
     *       {@code crashplan.client_secret}</td>
     *       <td>{@code CRASHPLAN_CLIENTSECRET}, {@code CRASHPLAN_CLIENT_SECRET}</td></tr>
     *   <tr><td>username</td><td>{@code crashplan.username}</td><td>{@code CRASHPLAN_USERNAME}</td></tr>
     *   <tr><td>password</td><td>{@code crashplan.password}</td><td>{@code CRASHPLAN_PASSWORD}</td></tr>
     * </table>
     *
     * <p>An API client when its id or secret is found (both are then needed), a local account
     * when its username or password is; both at once is refused. Anything set later on the
     * builder wins.
     *
     * @throws IllegalStateException when the URL or the credentials are missing, half set, blank,
     *     both an API client and a local account, or the URL is not http(s): the message names the
     *     property or variable that was set (or every name looked at), and never a value
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System::getProperty, System::getenv);
    }

    /**
     * Does what {@link #fromEnvironment()} does, reading system properties from
     * {@code systemProperties} and environment variables from {@code environment} (each returns
     * null for a name it does not have): for tests, and for platforms with a source of their own.
     */
    public Builder fromEnvironment(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
      EnvironmentSettings settings = new EnvironmentSettings(systemProperties, environment);
      EnvironmentSettings.Found url = settings.url();
      try {
        baseUrl(url.value());
      } catch (IllegalArgumentException notAUrl) {
        // Not chained: the builder's message shows the URL, which may carry a user and password.
        @SuppressWarnings("UnusedException")
        IllegalStateException named = new IllegalStateException(url.source()
            + " is not an http or https URL with a host, such as https://console.us1.crashplan.com");
        throw named;
      }
      credentials(settings.credentials());
      return this;
    }

    /** Sets the console's address, such as {@code https://console.us1.crashplan.com}. */
    public Builder baseUrl(String baseUrl) {
      Checks.notBlank(baseUrl, "baseUrl");
      URI parsed;
      try {
        parsed = URI.create(baseUrl.strip());
      } catch (IllegalArgumentException malformed) {
        throw new IllegalArgumentException("baseUrl is not a URL: " + baseUrl, malformed);
      }
      return baseUrl(parsed);
    }

    /** Sets the console's address; it must be an absolute http or https URL. */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an http or https URL such as https://console.us1.crashplan.com, was " + baseUrl);
      }
      transportConfig.baseUrl(baseUrl);
      consoleScheme = scheme;
      baseUrlSet = true;
      return this;
    }

    /** Sets how the client signs in. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets the transport; without it the client uses the one transport found on the class path
     * through {@link ServiceLoader}.
     */
    public Builder transport(CrashPlanTransportProvider transportProvider) {
      this.transportProvider = Objects.requireNonNull(transportProvider, "transportProvider");
      return this;
    }

    /** Sets the page size of {@code getPage(pageNum)}, {@code getAll()} and id look-ups; 500 unless set. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Sets how long to wait for a connection; 10 seconds unless set. */
    public Builder connectTimeout(Duration connectTimeout) {
      transportConfig.connectTimeout(positive(connectTimeout, "connectTimeout"));
      return this;
    }

    /** Sets how long to wait for an answer once connected; 60 seconds unless set. */
    public Builder readTimeout(Duration readTimeout) {
      transportConfig.readTimeout(positive(readTimeout, "readTimeout"));
      return this;
    }

    /**
     * Sets the deadline of a whole call, retries and their waits included; 60 seconds unless
     * set. No retry starts that would end after it.
     */
    public Builder callTimeout(Duration callTimeout) {
      transportConfig.callTimeout(positive(callTimeout, "callTimeout"));
      return this;
    }

    /** Sets how failed calls are retried; {@link Retries#standard()} unless set, {@link Retries#none()} turns retries off. */
    public Builder retries(Retries retries) {
      this.retries = Objects.requireNonNull(retries, "retries");
      return this;
    }

    /**
     * Keeps the client under {@code requests} requests per {@code period}, spread evenly, so
     * that automation stays under the console's limits; off unless set. A call waits for room
     * up to its deadline.
     */
    public Builder rateLimit(int requests, Duration period) {
      if (requests < 1) {
        throw new IllegalArgumentException("requests must be at least 1, was " + requests);
      }
      this.rateLimiter = RateLimiter.smoothBuilder(requests, positive(period, "period")).build();
      return this;
    }

    /** Puts {@code prefix} before the SDK's {@code User-Agent} ({@link TransportConfig#SDK_USER_AGENT}). */
    public Builder userAgentPrefix(String prefix) {
      this.userAgentPrefix = userAgentPart(prefix, "prefix");
      return this;
    }

    /** Puts {@code suffix} after the SDK's {@code User-Agent}. */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = userAgentPart(suffix, "suffix");
      return this;
    }

    /**
     * Connects through the HTTP proxy at {@code host}:{@code port}, spoken to in plain text.
     * Replaces a proxy set before (here, by {@link #systemProxy()} or {@link #proxyFromEnvironment()}).
     */
    public Builder proxy(String host, int port) {
      Checks.notBlank(host, "host");
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
      }
      useProxy(new ProxyUrl(ProxyProtocol.HTTP, host, port, Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * Connects through the HTTP proxy at {@code host}:{@code port}, which wants HTTP Basic
     * credentials: they are sent in answer to the proxy's 407 that asks for Basic, never before
     * it, and only to this proxy. Replaces a proxy set before.
     */
    public Builder proxy(String host, int port, String username, String password) {
      proxy(host, port);
      transportConfig.proxyUsername(Checks.notBlank(username, "username"))
          .proxyPassword(Objects.requireNonNull(password, "password"));
      return this;
    }

    /**
     * Connects through the proxy {@code url} names, as curl reads one:
     * {@code [scheme://][user[:password]@]host[:port]}. {@code http://} (the default) is spoken
     * to in plain text; {@code https://} over TLS, its certificate verified against its host
     * with {@link #trustStore(KeyStore)} or the JDK's trust; {@code socks5://} and
     * {@code socks5h://} are SOCKS5 without a user and password, the proxy resolving the
     * console's name. The port is 443 for {@code https://}, else 1080, unless given; the user
     * and password are percent-decoded ({@code %40} is {@code @}, {@code +} stays {@code +}).
     * Replaces a proxy set before.
     *
     * @throws IllegalArgumentException when the URL cannot be used: the message says why, and
     *     never shows the URL
     */
    public Builder proxy(String url) {
      Objects.requireNonNull(url, "url");
      useProxy(ProxyUrl.parse(url, "the proxy URL given to proxy(url)"));
      return this;
    }

    /**
     * Reaches these hosts directly, not through the proxy: a name ({@code localhost}), a
     * leading {@code *} matching any start ({@code *.internal}), {@code *} for every host, an
     * IPv4 or IPv6 address, a CIDR range ({@code 10.0.0.0/8}), or one of them but a range
     * followed by {@code :port} ({@code console.internal:8443}); see {@link NonProxyHost}.
     *
     * @throws IllegalArgumentException naming the host written in none of these forms
     */
    public Builder nonProxyHosts(String... hosts) {
      for (String host : hosts) {
        NonProxyHost.parse(Checks.notBlank(host, "host"));
        transportConfig.addNonProxyHosts(host.strip());
      }
      return this;
    }

    /**
     * Uses the JVM's standard proxy settings ({@code https.proxyHost}, {@code https.proxyPort},
     * {@code http.nonProxyHosts}, or the system's with {@code java.net.useSystemProxies}) instead
     * of a proxy set here. Replaces a proxy set before; no proxy credentials are sent.
     */
    public Builder systemProxy() {
      forgetProxy();
      transportConfig.systemProxy(true);
      return this;
    }

    /**
     * Takes the proxy from the environment as curl does, when the client is built (the
     * console's scheme decides which variable counts): for an https console the first set of
     * {@code https_proxy}, {@code HTTPS_PROXY}, {@code all_proxy}, {@code ALL_PROXY}; for an
     * http console {@code http_proxy}, {@code all_proxy}, {@code ALL_PROXY} (never the
     * upper-case {@code HTTP_PROXY}, which curl ignores too). The value is read as
     * {@link #proxy(String)} reads a URL. The hosts to reach directly come from
     * {@code no_proxy}, else {@code NO_PROXY}: names (each covers its subdomains, with or
     * without a leading dot), {@code *}, IPv4 and IPv6 addresses, CIDR ranges and
     * {@code host:port}, separated by commas. Nothing is set when no proxy variable is; an
     * empty variable counts as unset. Replaces a proxy set before.
     *
     * @see #build()
     */
    public Builder proxyFromEnvironment() {
      return proxyFromEnvironment(System::getenv);
    }

    /** Does what {@link #proxyFromEnvironment()} does, reading the variables from {@code environment}. */
    public Builder proxyFromEnvironment(UnaryOperator<String> environment) {
      Objects.requireNonNull(environment, "environment");
      forgetProxy();
      proxyEnvironment = environment;
      return this;
    }

    private void useProxy(ProxyUrl proxy) {
      forgetProxy();
      proxy.applyTo(transportConfig);
    }

    // Each way of choosing a proxy replaces the one chosen before, credentials included.
    private void forgetProxy() {
      proxyEnvironment = null;
      transportConfig.systemProxy(false).proxy(Optional.empty()).proxyProtocol(ProxyProtocol.HTTP)
          .proxyUsername(Optional.empty()).proxyPassword(Optional.empty());
    }

    /**
     * Trusts the certificates of {@code trustStore} instead of the JDK's default ones, for a
     * console behind a private certificate authority. Certificates are always verified.
     */
    public Builder trustStore(KeyStore trustStore) {
      transportConfig.trustStore(Objects.requireNonNull(trustStore, "trustStore"));
      return this;
    }

    /**
     * Adds a listener that hears each call's start, attempts, retries and end, and each sign-in:
     * for metrics and traces ({@code crashplan-micrometer} has one). Listeners are heard in the
     * order added; one that throws is logged and ignored.
     */
    public Builder listener(CrashPlanListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Sets what waits between retries; the calling thread sleeps unless set (for tests). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Sets the clock that token expiry is judged by; the system clock unless set (for tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Returns a client; nothing is sent until the first call.
     *
     * @throws IllegalStateException when baseUrl or credentials is missing, or no transport was
     *     given and the class path holds none or several
     * @throws IllegalArgumentException when a proxy variable read by {@link #proxyFromEnvironment()}
     *     cannot be used (the message names the variable, never its value), or the transport
     *     cannot speak to the proxy given
     */
    public CrashPlanClient build() {
      if (!baseUrlSet) {
        throw new IllegalStateException("baseUrl is required, for example https://console.us1.crashplan.com");
      }
      if (credentials == null) {
        throw new IllegalStateException(
            "credentials are required: Credentials.apiClient, Credentials.localAccount or Credentials.jwtProvider");
      }
      CrashPlanTransportProvider provider = transportProvider != null ? transportProvider : discoverTransport();
      if (proxyEnvironment != null) {
        ProxyVariables.apply(proxyEnvironment, consoleScheme, transportConfig);
      }
      TransportConfig config =
          transportConfig.userAgent(userAgentPrefix + TransportConfig.SDK_USER_AGENT + userAgentSuffix).build();
      return new CrashPlanClient(this, config, provider.create(config));
    }

    private static CrashPlanTransportProvider discoverTransport() {
      return onlyTransport(ServiceLoader.load(CrashPlanTransportProvider.class));
    }

    /** The one provider among those found on the class path; says what to do when there is none or several. */
    static CrashPlanTransportProvider onlyTransport(Iterable<CrashPlanTransportProvider> onClassPath) {
      List<CrashPlanTransportProvider> found = new ArrayList<>();
      onClassPath.forEach(found::add);
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.isEmpty()) {
        throw new IllegalStateException("no CrashPlan transport on the class path: add crashplan-transport-feign"
            + " (dev.crashplan4j) to the class path, or pass one to CrashPlanClient.builder().transport(..)");
      }
      throw new IllegalStateException(
          "several CrashPlan transports on the class path ("
              + found.stream().map(CrashPlanTransportProvider::name).collect(Collectors.joining(", "))
              + "): choose one with CrashPlanClient.builder().transport(..)");
    }

    private static String userAgentPart(String part, String name) {
      Objects.requireNonNull(part, name);
      if (part.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("the User-Agent " + name + " must not hold control characters");
      }
      return part;
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }
  }
}
