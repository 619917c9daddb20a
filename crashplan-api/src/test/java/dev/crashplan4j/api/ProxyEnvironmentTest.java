package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.NonProxyHost;
import dev.crashplan4j.core.port.ProxyProtocol;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.InMemoryTransport;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code proxyFromEnvironment()} read as curl reads the same variables, with the environment
 * given as a map: the transport configuration the client is built with is what is checked.
 */
class ProxyEnvironmentTest {

  private static final String HTTPS_CONSOLE = "https://console.example.test";
  private static final String HTTP_CONSOLE = "http://console.example.test";

  private final Map<String, String> environment = new HashMap<>();

  private static final String FORMS = "; the forms are [http|https|socks5|socks5h]://[user:password@]host[:port]";

  private TransportConfig built(String console) {
    return built(CrashPlanClient.builder().baseUrl(console).proxyFromEnvironment(environment::get));
  }

  private static TransportConfig built(CrashPlanClient.Builder builder) {
    AtomicReference<TransportConfig> seen = new AtomicReference<>();
    FakeTenant tenant = new FakeTenant();
    CrashPlanTransportProvider capturing = config -> {
      seen.set(config);
      return new InMemoryTransport(tenant);
    };
    builder.credentials(Credentials.apiClient("id", "secret")).transport(capturing).build().close();
    return seen.get();
  }

  private boolean direct(TransportConfig config, String host, int port) {
    return config.nonProxyHosts().stream().anyMatch(entry -> NonProxyHost.parse(entry).matches(host, port));
  }

  private Optional<String> proxyOf(String console) {
    return built(console).proxy().map(address -> address.getHostString() + ":" + address.getPort());
  }

  @Test
  void aPlusInTheProxyPasswordStaysAPlus() {
    environment.put("https_proxy", "http://user:a+b%2Bc@proxy.internal:3128");
    assertThat(built(HTTPS_CONSOLE).proxyPassword()).contains("a+b+c");
  }

  @Test
  void percentEscapesInUserAndPasswordAreDecoded() {
    environment.put("https_proxy", "http://us%40er%3Aname:p%40ss%3Aw%C3%A9rd%25@proxy.internal:3128");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(config.proxyUsername()).contains("us@er:name");
    assertThat(config.proxyPassword()).contains("p@ss:wérd%");
  }

  @Test
  void upperCaseHttpProxyIsNeverUsed() {
    environment.put("HTTP_PROXY", "http://httpoxy.example:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).isEmpty();
    assertThat(proxyOf(HTTP_CONSOLE)).isEmpty();
  }

  @Test
  void lowerCaseHttpProxyIsUsedForAnHttpConsoleOnly() {
    environment.put("http_proxy", "http://plain.internal:3128");
    assertThat(proxyOf(HTTP_CONSOLE)).contains("plain.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).isEmpty();
  }

  @Test
  void httpsProxyIsUsedForAnHttpsConsoleOnly() {
    environment.put("HTTPS_PROXY", "http://secure.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("secure.internal:3128");
    assertThat(proxyOf(HTTP_CONSOLE)).isEmpty();
  }

  @Test
  void lowerCaseWinsOverUpperCase() {
    environment.put("https_proxy", "http://lower.internal:3128");
    environment.put("HTTPS_PROXY", "http://upper.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("lower.internal:3128");
  }

  @Test
  void anEmptyVariableCountsAsUnset() {
    environment.put("https_proxy", "");
    environment.put("HTTPS_PROXY", "http://upper.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("upper.internal:3128");
  }

  @Test
  void allProxyIsUsedWhenTheSchemesVariableIsUnset() {
    environment.put("ALL_PROXY", "http://all.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("all.internal:3128");
    assertThat(proxyOf(HTTP_CONSOLE)).contains("all.internal:3128");
  }

  @Test
  void theSchemesVariableWinsOverAllProxy() {
    environment.put("all_proxy", "http://lower-all.internal:3128");
    environment.put("ALL_PROXY", "http://upper-all.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("lower-all.internal:3128");
    environment.put("HTTPS_PROXY", "http://secure.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("secure.internal:3128");
  }

  @Test
  void upperCaseHttpProxyDoesNotHideAllProxy() {
    environment.put("HTTP_PROXY", "http://httpoxy.example:3128");
    environment.put("ALL_PROXY", "http://all.internal:3128");
    assertThat(proxyOf(HTTP_CONSOLE)).contains("all.internal:3128");
  }

  @Test
  void aValueWithoutASchemeIsAnHttpProxy() {
    environment.put("https_proxy", "proxy.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("proxy.internal:3128");
  }

  @Test
  void anHttpsProxyWithoutAPortIsOnPort443() {
    environment.put("https_proxy", "https://proxy.internal");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("proxy.internal:443");
  }

  @Test
  void anHttpProxyWithoutAPortIsOnCurlsPort1080() {
    environment.put("https_proxy", "http://proxy.internal");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("proxy.internal:1080");
  }

  @Test
  void anIpv6ProxyIsWrittenInBrackets() {
    environment.put("https_proxy", "http://[fd00::3]:3128");
    InetSocketAddress proxy = built(HTTPS_CONSOLE).proxy().orElseThrow();
    assertThat(proxy.getHostString()).isEqualTo("fd00::3");
    assertThat(proxy.getPort()).isEqualTo(3128);
  }

  @Test
  void anUpperCaseSchemeWithATrailingSlashIsAccepted() {
    environment.put("https_proxy", "HTTP://proxy.internal:3128/");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("proxy.internal:3128");
  }

  @ParameterizedTest
  @CsvSource({
      "http://proxy.internal:3128, HTTP, 3128",
      "https://proxy.internal:3129, HTTPS, 3129",
      "HTTPS://proxy.internal, HTTPS, 443",
      "socks5://proxy.internal:1081, SOCKS5, 1081",
      "socks5h://proxy.internal, SOCKS5, 1080",
      "proxy.internal, HTTP, 1080"})
  void eachSchemeCurlAcceptsForAProxyIsSpokenAsItSays(String value, ProxyProtocol protocol, int port) {
    environment.put("https_proxy", value);
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(config.proxyProtocol()).isEqualTo(protocol);
    assertThat(config.proxy().orElseThrow().getHostString()).isEqualTo("proxy.internal");
    assertThat(config.proxy().orElseThrow().getPort()).isEqualTo(port);
  }

  @Test
  void anHttpsProxyKeepsItsCredentials() {
    environment.put("HTTPS_PROXY", "https://user:pa55@proxy.internal:3129");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(config.proxyProtocol()).isEqualTo(ProxyProtocol.HTTPS);
    assertThat(config.proxyUsername()).contains("user");
    assertThat(config.proxyPassword()).contains("pa55");
  }

  @Test
  void aUserWithoutAPasswordHasAnEmptyOne() {
    environment.put("https_proxy", "http://user@proxy.internal:3128");
    assertThat(built(HTTPS_CONSOLE).proxyPassword()).contains("");
  }

  @Test
  void anUnsetEnvironmentSetsNoProxy() {
    environment.put("NO_PROXY", "*");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(config.proxy()).isEmpty();
    assertThat(config.nonProxyHosts()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ftp://user:S3cret-pw@proxy.internal:21|has a scheme that is not http://, https://, socks5:// or socks5h://",
      "S3cret-pw://proxy.internal|has a scheme that is not http://, https://, socks5:// or socks5h://",
      "socks://proxy.internal|is a SOCKS4 proxy (socks://, socks4:// or socks4a://), which is not supported: use SOCKS5",
      "socks4a://proxy.internal:1080|is a SOCKS4 proxy (socks://, socks4:// or socks4a://), which is not supported: use SOCKS5",
      "socks5://user:S3cret-pw@proxy.internal:1080|has a user and password for a SOCKS5 proxy, which is not supported:"
          + " the JDK's SOCKS client takes them only from the JVM-wide java.net.Authenticator, which would hand them"
          + " to every connection of the JVM",
      "http://user:S3cret-pw@proxy.internal:31s8|has a port that is not a number from 1 to 65535",
      "http://user:S3cret-pw@proxy.internal:99999|has a port that is not a number from 1 to 65535",
      "http://user:S3cret-pw@proxy.internal:0|has a port that is not a number from 1 to 65535",
      "http://user:S3cret-pw@:3128|has no host",
      "http://user:S3cret-pw@|has no host",
      "http://user:S3cret-pw@pro xy.internal:3128|has a host that is neither a name nor an address (an IPv6 address goes in brackets)",
      "http://user:S3cret-pw@fd00::3:3128|has a host that is neither a name nor an address (an IPv6 address goes in brackets)",
      "http://user:S3cret-pw@[fd00::3:3128|has an IPv6 address without its closing ]",
      "http://user:S3cret-pw@[proxy.internal]:3128|has a host in brackets that is not an IPv6 address",
      "http://user:S3cret-pw@[fd00::3]x|has something other than :port after its IPv6 address",
      "http://user:S3cret%ZZpw@proxy.internal:3128|has a % in its user or password that is not followed by two hex digits",
      "http://user:S3cret-pw%@proxy.internal:3128|has a % in its user or password that is not followed by two hex digits",
      "http://user:S3cret%FFpw@proxy.internal:3128|has a user or password whose percent-escapes are not UTF-8",
      "http://:S3cret-pw@proxy.internal:3128|has a password but no user"})
  void anUnusableProxyUrlIsRefusedNamingItsVariable(String value, String reason) {
    environment.put("HTTPS_PROXY", value);
    assertThatThrownBy(() -> built(HTTPS_CONSOLE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the proxy URL in HTTPS_PROXY " + reason + FORMS)
        .message().doesNotContain("S3cret");
  }

  @Test
  void aVariableTheConsoleDoesNotReadIsNotParsed() {
    environment.put("http_proxy", "ftp://unusable");
    environment.put("HTTPS_PROXY", "http://proxy.internal:3128");
    assertThat(proxyOf(HTTPS_CONSOLE)).contains("proxy.internal:3128");
  }

  @Test
  void noProxyWithALeadingDotCoversTheSubdomains() {
    environment.put("https_proxy", "http://proxy.internal:3128");
    environment.put("NO_PROXY", ".corp.example");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(direct(config, "console.corp.example", 443)).isTrue();
    assertThat(direct(config, "eu.console.corp.example", 443)).isTrue();
    assertThat(direct(config, "corp.example", 443)).isTrue();
    assertThat(direct(config, "notcorp.example", 443)).isFalse();
    assertThat(direct(config, "corp.example.com", 443)).isFalse();
  }

  @Test
  void noProxyWithADomainCoversItsSubdomainsAsCurlDoes() {
    environment.put("https_proxy", "http://proxy.internal:3128");
    environment.put("no_proxy", "Corp.Example.,*.lab.example");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(direct(config, "console.corp.example", 443)).isTrue();
    assertThat(direct(config, "corp.example", 443)).isTrue();
    assertThat(direct(config, "lab.example", 443)).isTrue();
    assertThat(direct(config, "a.lab.example", 443)).isTrue();
  }

  @Test
  void noProxyAddressesRangesAndPortsAreReadAsWritten() {
    environment.put("https_proxy", "http://proxy.internal:3128");
    environment.put("no_proxy", " ::1, [fd00::7] 10.0.0.0/8,fd12::/16 ,,192.168.1.5, console.internal:8443 ,[::2]:8443");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(direct(config, "[::1]", 443)).isTrue();
    assertThat(direct(config, "[fd00::7]", 443)).isTrue();
    assertThat(direct(config, "10.9.8.7", 443)).isTrue();
    assertThat(direct(config, "[fd12:ab::1]", 443)).isTrue();
    assertThat(direct(config, "192.168.1.5", 443)).isTrue();
    assertThat(direct(config, "192.168.1.6", 443)).isFalse();
    assertThat(direct(config, "console.internal", 8443)).isTrue();
    assertThat(direct(config, "eu.console.internal", 8443)).isTrue();
    assertThat(direct(config, "console.internal", 443)).isFalse();
    assertThat(direct(config, "[::2]", 8443)).isTrue();
    assertThat(direct(config, "[::2]", 443)).isFalse();
  }

  @Test
  void anAsteriskInNoProxyCoversEveryHost() {
    environment.put("https_proxy", "http://proxy.internal:3128");
    environment.put("no_proxy", "*");
    assertThat(direct(built(HTTPS_CONSOLE), "console.example.test", 443)).isTrue();
    environment.put("no_proxy", "localhost,*");
    assertThat(direct(built(HTTPS_CONSOLE), "console.example.test", 443)).isTrue();
  }

  @Test
  void lowerCaseNoProxyWinsOverUpperCase() {
    environment.put("https_proxy", "http://proxy.internal:3128");
    environment.put("no_proxy", "lower.example");
    environment.put("NO_PROXY", "upper.example");
    TransportConfig config = built(HTTPS_CONSOLE);
    assertThat(direct(config, "lower.example", 443)).isTrue();
    assertThat(direct(config, "upper.example", 443)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"10.0.0.0/33", "console.internal:http", "[::1", "two/slashes/here", "."})
  void aNoProxyEntryInNoFormIsRefusedNamingTheVariable(String entry) {
    environment.put("https_proxy", "http://proxy.internal:3128");
    environment.put("NO_PROXY", "localhost," + entry);
    assertThatThrownBy(() -> built(HTTPS_CONSOLE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NO_PROXY holds " + entry + ", which is not a host name, .domain, *, an IP address, a CIDR"
            + " range such as 10.0.0.0/8, or a host or address followed by :port");
  }

  @Test
  void theBuilderTakesAProxyUrlAsTheEnvironmentDoes() {
    TransportConfig config = built(CrashPlanClient.builder().baseUrl(HTTPS_CONSOLE)
        .proxy("https://us%40er:a+b@proxy.internal"));
    assertThat(config.proxyProtocol()).isEqualTo(ProxyProtocol.HTTPS);
    assertThat(config.proxy().orElseThrow().getPort()).isEqualTo(443);
    assertThat(config.proxyUsername()).contains("us@er");
    assertThat(config.proxyPassword()).contains("a+b");
  }

  @Test
  void aBadProxyUrlOnTheBuilderIsRefusedAtOnceWithoutTheSecret() {
    assertThatThrownBy(() -> CrashPlanClient.builder().proxy("gopher://user:S3cret-pw@proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the proxy URL given to proxy(url) has a scheme that is not http://, https://, socks5:// or"
            + " socks5h://" + FORMS);
  }

  @Test
  void theLastWayOfChoosingAProxyWins() {
    environment.put("https_proxy", "https://env-user:pw@env.internal:3129");
    TransportConfig fromEnvironment = built(CrashPlanClient.builder().baseUrl(HTTPS_CONSOLE)
        .proxy("explicit.internal", 3128, "user", "pw").proxyFromEnvironment(environment::get));
    assertThat(fromEnvironment.proxy().orElseThrow().getHostString()).isEqualTo("env.internal");
    assertThat(fromEnvironment.proxyUsername()).contains("env-user");

    TransportConfig explicit = built(CrashPlanClient.builder().baseUrl(HTTPS_CONSOLE)
        .proxyFromEnvironment(environment::get).proxy("explicit.internal", 3128));
    assertThat(explicit.proxy().orElseThrow().getHostString()).isEqualTo("explicit.internal");
    assertThat(explicit.proxyProtocol()).isEqualTo(ProxyProtocol.HTTP);
    assertThat(explicit.proxyUsername()).isEmpty();

    TransportConfig system = built(CrashPlanClient.builder().baseUrl(HTTPS_CONSOLE)
        .proxy("explicit.internal", 3128, "user", "pw").systemProxy());
    assertThat(system.systemProxy()).isTrue();
    assertThat(system.proxy()).isEmpty();
    assertThat(system.proxyPassword()).isEmpty();
  }

  @Test
  void theEnvironmentIsReadForTheConsoleSetAfterIt() {
    environment.put("http_proxy", "http://plain.internal:3128");
    environment.put("https_proxy", "http://secure.internal:3128");
    TransportConfig config = built(CrashPlanClient.builder().proxyFromEnvironment(environment::get)
        .baseUrl(HTTP_CONSOLE));
    assertThat(config.proxy().orElseThrow().getHostString()).isEqualTo("plain.internal");
  }

  @Test
  void aNonProxyHostInNoFormIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> CrashPlanClient.builder().nonProxyHosts("localhost", "10.0.0.0/40"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the non-proxy host 10.0.0.0/40 is not");
  }
}
