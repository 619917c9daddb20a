package dev.crashplan4j.spring.boot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code crashplan.*} properties: where the console is, how to sign in, and how patient to
 * be. Either {@code client-id} and {@code client-secret}, or {@code username} and
 * {@code password}. Durations without a unit are seconds ({@code 30} is 30 s); {@code 500ms},
 * {@code 2m} and {@code PT30S} say their own.
 */
@ConfigurationProperties("crashplan")
public class CrashPlanProperties {

  /** The console's address, such as https://console.us1.crashplan.com. */
  private String url;

  /** The API client's id (with client-secret). */
  private String clientId;

  /** The API client's secret. */
  private String clientSecret;

  /** A local account's username (with password), when not an API client. */
  private String username;

  /** That account's password. */
  private String password;

  /** How long to wait for a connection; seconds unless a unit is given. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** How long to wait for an answer once connected; seconds unless a unit is given. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration readTimeout = Duration.ofSeconds(60);

  /** The deadline of a whole call, retries included; seconds unless a unit is given. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration callTimeout = Duration.ofSeconds(60);

  /** How many times a call is tried in all; 1 turns retries off. */
  private int maxAttempts = 3;

  /** Put after the SDK's User-Agent, one space apart, such as "(hr-sync)". */
  private String userAgentSuffix = "";

  private final Proxy proxy = new Proxy();

  private final Health health = new Health();

  /** The HTTP proxy to connect through. */
  public static class Proxy {

    /** The proxy's host; no proxy unless set. */
    private String host;

    /** The proxy's port. */
    private int port = 3128;

    /** The user the proxy wants, if it wants one. */
    private String username;

    /** That user's password. */
    private String password;

    /** Hosts reached directly, such as *.internal. */
    private List<String> nonProxyHosts = new ArrayList<>();

    /** The proxy's host. */
    public String getHost() {
      return host;
    }

    /** Sets the proxy's host. */
    public void setHost(String host) {
      this.host = host;
    }

    /** The proxy's port. */
    public int getPort() {
      return port;
    }

    /** Sets the proxy's port. */
    public void setPort(int port) {
      this.port = port;
    }

    /** The proxy user. */
    public String getUsername() {
      return username;
    }

    /** Sets the proxy user. */
    public void setUsername(String username) {
      this.username = username;
    }

    /** The proxy user's password. */
    public String getPassword() {
      return password;
    }

    /** Sets the proxy user's password. */
    public void setPassword(String password) {
      this.password = password;
    }

    /** The hosts reached directly. */
    public List<String> getNonProxyHosts() {
      return nonProxyHosts;
    }

    /** Sets the hosts reached directly. */
    public void setNonProxyHosts(List<String> nonProxyHosts) {
      this.nonProxyHosts = nonProxyHosts;
    }
  }

  /** The crashplan health indicator. */
  public static class Health {

    /** How long a result is kept, so that health checks do not hammer the console; seconds unless a unit is given. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration cacheFor = Duration.ofSeconds(30);

    /** How long a result is kept. */
    public Duration getCacheFor() {
      return cacheFor;
    }

    /** Sets how long a result is kept. */
    public void setCacheFor(Duration cacheFor) {
      this.cacheFor = cacheFor;
    }
  }

  /** The console's address. */
  public String getUrl() {
    return url;
  }

  /** Sets the console's address. */
  public void setUrl(String url) {
    this.url = url;
  }

  /** The API client's id. */
  public String getClientId() {
    return clientId;
  }

  /** Sets the API client's id. */
  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /** The API client's secret. */
  public String getClientSecret() {
    return clientSecret;
  }

  /** Sets the API client's secret. */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /** The local account's username. */
  public String getUsername() {
    return username;
  }

  /** Sets the local account's username. */
  public void setUsername(String username) {
    this.username = username;
  }

  /** The local account's password. */
  public String getPassword() {
    return password;
  }

  /** Sets the local account's password. */
  public void setPassword(String password) {
    this.password = password;
  }

  /** How long to wait for a connection. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets how long to wait for a connection. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** How long to wait for an answer. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets how long to wait for an answer. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The deadline of a whole call. */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** Sets the deadline of a whole call. */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** How many times a call is tried. */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  /** Sets how many times a call is tried. */
  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** What follows the SDK's User-Agent. */
  public String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  /** Sets what follows the SDK's User-Agent. */
  public void setUserAgentSuffix(String userAgentSuffix) {
    this.userAgentSuffix = userAgentSuffix;
  }

  /** The proxy settings. */
  public Proxy getProxy() {
    return proxy;
  }

  /** The health indicator's settings. */
  public Health getHealth() {
    return health;
  }
}
