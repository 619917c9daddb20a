package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of a non-proxy host and what each matches, with no DNS look-up. */
class NonProxyHostTest {

  private static boolean direct(String entry, String host, int port) {
    return NonProxyHost.parse(entry).matches(host, port);
  }

  @Test
  void anAsteriskMatchesEveryHostAndPort() {
    assertThat(direct("*", "console.example.com", 443)).isTrue();
    assertThat(direct("*", "[::1]", 8080)).isTrue();
  }

  @Test
  void aNameMatchesOnlyItselfInAnyCase() {
    assertThat(direct("console.internal", "Console.Internal", 443)).isTrue();
    assertThat(direct("console.internal", "console.internal.", 443)).isTrue();
    assertThat(direct("console.internal.", "console.internal", 443)).isTrue();
    assertThat(direct("console.internal", "eu.console.internal", 443)).isFalse();
    assertThat(direct("console.internal", "console.internal.example", 443)).isFalse();
  }

  @Test
  void aLeadingAsteriskMatchesAnyStart() {
    assertThat(direct("*.internal", "console.internal", 443)).isTrue();
    assertThat(direct("*.internal", "a.b.INTERNAL", 443)).isTrue();
    assertThat(direct("*.internal", "internal", 443)).isFalse();
    assertThat(direct("*.internal", "notinternal", 443)).isFalse();
  }

  @Test
  void anIpv4AddressMatchesThatAddressOnly() {
    assertThat(direct("10.1.2.3", "10.1.2.3", 443)).isTrue();
    assertThat(direct("10.1.2.3", "10.1.2.4", 443)).isFalse();
    assertThat(direct("10.1.2.3", "10.1.2.3.example", 443)).isFalse();
  }

  @Test
  void anIpv6AddressMatchesItInAnyFormWithOrWithoutBrackets() {
    for (String entry : new String[] {"::1", "[::1]", "0:0:0:0:0:0:0:1"}) {
      assertThat(direct(entry, "[::1]", 443)).as(entry).isTrue();
      assertThat(direct(entry, "::1", 443)).as(entry).isTrue();
      assertThat(direct(entry, "[0:0::1]", 443)).as(entry).isTrue();
      assertThat(direct(entry, "[::2]", 443)).as(entry).isFalse();
      assertThat(direct(entry, "127.0.0.1", 443)).as(entry).isFalse();
    }
  }

  @Test
  void anIpv4CidrRangeMatchesTheAddressesInIt() {
    assertThat(direct("10.0.0.0/8", "10.255.3.4", 443)).isTrue();
    assertThat(direct("10.0.0.0/8", "11.0.0.1", 443)).isFalse();
    assertThat(direct("192.168.4.0/22", "192.168.7.255", 443)).isTrue();
    assertThat(direct("192.168.4.0/22", "192.168.8.0", 443)).isFalse();
    assertThat(direct("0.0.0.0/0", "203.0.113.9", 443)).isTrue();
    assertThat(direct("10.0.0.0/8", "ten.example", 443)).isFalse();
  }

  @Test
  void anIpv6CidrRangeMatchesTheAddressesInIt() {
    assertThat(direct("fd00::/8", "[fd12:3456::1]", 443)).isTrue();
    assertThat(direct("[fd00::]/8", "fd12:3456::1", 443)).isTrue();
    assertThat(direct("fd00::/8", "[fe80::1]", 443)).isFalse();
    assertThat(direct("2001:db8::/33", "[2001:db8:7fff::1]", 443)).isTrue();
    assertThat(direct("2001:db8::/33", "[2001:db8:8000::1]", 443)).isFalse();
    assertThat(direct("fd00::/8", "10.0.0.1", 443)).isFalse();
  }

  @Test
  void aPortLimitsAnEntryToThatPort() {
    assertThat(direct("console.internal:8443", "console.internal", 8443)).isTrue();
    assertThat(direct("console.internal:8443", "console.internal", 443)).isFalse();
    assertThat(direct("*.internal:8443", "eu.internal", 8443)).isTrue();
    assertThat(direct("10.1.2.3:8443", "10.1.2.3", 8443)).isTrue();
    assertThat(direct("10.1.2.3:8443", "10.1.2.3", 443)).isFalse();
    assertThat(direct("[::1]:8443", "[::1]", 8443)).isTrue();
    assertThat(direct("[::1]:8443", "[::1]", 443)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "10.0.0.0/33", "fd00::/129", "10.0.0.0/x", "console.internal:0",
      "console.internal:65536", "console.internal:port", "[::1", "[::1]x", "[example]", "two words", "a,b",
      "10.0.0.0/8:443", "*:443", "300.1.1.1/8", ".:1", "host/path"})
  void anEntryInNoFormIsRefusedNamingIt(String entry) {
    assertThatThrownBy(() -> NonProxyHost.parse(entry)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the non-proxy host " + entry.strip() + " is not a host name, *.domain, an IP address or a"
            + " CIDR range such as 10.0.0.0/8, or one of them but a range followed by :port");
  }

  @Test
  void aTransportConfigRefusesANonProxyHostInNoForm() {
    assertThatThrownBy(() -> TransportConfig.builder().baseUrl(URI.create("https://console.example.test"))
        .connectTimeout(Duration.ofSeconds(1)).addNonProxyHosts("10.0.0.0/33").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the non-proxy host 10.0.0.0/33 ");
  }

  @Test
  void anEntryReadsAsItWasWritten() {
    assertThat(NonProxyHost.parse(" [fd00::]/8 ")).hasToString("[fd00::]/8");
  }
}
