package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void aBodyIsShownOnlyWhereItReadsAsJson() {
    assertThat(RequestLog.mask("username=ana&password=hunter22")).isEqualTo("(30 characters, not JSON: not shown)");
    assertThat(RequestLog.mask("{\"orgs\":[{\"orgName\":\"A\",\"password\":\"hunter22\"},{\"orgN"))
        .startsWith("{\"orgs\":[{\"orgName\":\"A\",\"password\":\"****\"}")
        .endsWith("...(cut short: not JSON from here)")
        .doesNotContain("hunter22");
  }

  @Test
  void aFieldIsSecretWhenItsNameHoldsASecretWordInAnyCase() {
    String masked = RequestLog.mask("{\"accessToken\":\"at-1\",\"refreshToken\":\"rt-2\",\"newPassword\":\"np-3\","
        + "\"apiKey\":\"ak-4\",\"privateKey\":\"pk-5\",\"access_token\":\"at-6\",\"CLIENT_SECRET\":\"cs-7\","
        + "\"old-password\":\"op-8\",\"apikey\":\"ak-9\",\"TotpCode\":\"123456\"}");

    assertThat(masked).isEqualTo("{\"accessToken\":\"****\",\"refreshToken\":\"****\",\"newPassword\":\"****\","
        + "\"apiKey\":\"****\",\"privateKey\":\"****\",\"access_token\":\"****\",\"CLIENT_SECRET\":\"****\","
        + "\"old-password\":\"****\",\"apikey\":\"****\",\"TotpCode\":\"****\"}");
  }

  @Test
  void secretFieldsAreMaskedInNestedObjectsAndArrays() {
    String masked = RequestLog.mask("{\"users\":[{\"username\":\"ana\",\"credentials\":{\"newPassword\":\"np-1\"}},"
        + "{\"username\":\"ben\",\"keys\":[{\"privateKey\":\"pk-2\"}]}],"
        + "\"data\":{\"session\":{\"auth\":{\"refreshToken\":\"rt-3\",\"expiresIn\":900}}}}");

    assertThat(masked).doesNotContain("np-1", "pk-2", "rt-3")
        .contains("\"username\":\"ana\"", "\"username\":\"ben\"", "\"expiresIn\":900", "\"keys\":\"****\"",
            "\"refreshToken\":\"****\"");
  }

  @Test
  void fieldsWithoutASecretWordStayReadable() {
    String body = "{\"orgName\":\"Sales\",\"orgId\":42,\"notes\":\"the password is in the vault\","
        + "\"users\":[{\"username\":\"ana\",\"email\":\"ana@example.test\",\"active\":true}],"
        + "\"settings\":{\"maxSeats\":-1,\"recipients\":[\"it@example.test\"]},\"expires_in\":900}";

    assertThat(RequestLog.mask(body)).isEqualTo(body);
  }

  @Test
  void onlyTheSecretOfAQueryIsMasked() {
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get(
        "http://console/api/v1/User?pgSize=10&apiKey=ak-1&access_token=at-2&q=a%20b&newPassword=np-3");

    assertThat(RequestLog.pathAndQuery(url))
        .isEqualTo("/api/v1/User?pgSize=10&apiKey=****&access_token=****&q=a%20b&newPassword=****");
  }

  @ParameterizedTest
  @ValueSource(strings = {"accessToken", "refresh_token", "newPassword", "apiKey", "privateKey", "registrationKey",
      "CLIENT_SECRET", "totp", "totpCode", "totp-auth", "otp", "Authorization", "passwd", "pwd", "passphrase", "credentials"})
  void eachNameTheReadmeCallsSecretIsMasked(String name) {
    assertThat(RequestLog.mask("{\"" + name + "\":\"v-1\",\"orgName\":\"Sales\"}"))
        .isEqualTo("{\"" + name + "\":\"****\",\"orgName\":\"Sales\"}");
  }

  @Test
  void aSettingsPacketKeepsItsValueButNotItsKey() {
    assertThat(RequestLog.mask("{\"packets\":[{\"key\":\"device_webRestore_enabled\",\"value\":\"false\",\"locked\":false}]}"))
        .isEqualTo("{\"packets\":[{\"key\":\"****\",\"value\":\"false\",\"locked\":false}]}");
  }
}
