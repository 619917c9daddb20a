package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

  @Test
  void anEscapedQuoteCannotCarryPartOfASecretPastTheMask() {
    String masked = RequestLog.mask("{\"password\":\"pa\\\"ss-word-tail\",\"orgName\":\"Sales\"}");

    assertThat(masked).isEqualTo("{\"password\":\"****\",\"orgName\":\"Sales\"}");
    assertThat(masked).doesNotContain("ss-word-tail", "pa\\\"");
  }

  @Test
  void everySecretFieldIsMaskedAtAnyDepthWhateverItsValue() {
    String masked = RequestLog.mask("{\"data\":{\"orgs\":[{\"orgId\":1,\"registrationKey\":\"ABCD-EFGH-IJKL-MNOP\"}],"
        + "\"v3_user_token\":\"eyJhbGc.payload.sig\"},\"client_secret\":{\"nested\":\"s3cr3t-value\"},"
        + "\"access_token\":12345678,\"Password\":[\"a\",\"b\"],\"totp\":\"123456\",\"refresh_token\":null}");

    assertThat(masked).doesNotContain("ABCD-EFGH", "eyJhbGc", "s3cr3t-value", "12345678", "\"a\"", "123456")
        .contains("\"orgId\":1", "\"registrationKey\":\"****\"", "\"client_secret\":\"****\"", "\"Password\":\"****\"");
  }

  @Test
  void aBodyThatIsNotJsonIsNotShownAndOneCutShortIsShownUpToTheCut() {
    assertThat(RequestLog.mask("username=ana&password=hunter22")).isEqualTo("(30 characters, not JSON: not shown)");
    assertThat(RequestLog.mask("{\"orgs\":[{\"orgName\":\"A\",\"password\":\"hunter22\"},{\"orgN"))
        .startsWith("{\"orgs\":[{\"orgName\":\"A\",\"password\":\"****\"}")
        .endsWith("...(cut short: not JSON from here)")
        .doesNotContain("hunter22");
  }
}
