package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleDecoderTest {

  private static final String ORG = "{\"data\":{\"orgId\":42,\"orgName\":\"Sales\"}}";

  private final ConsoleDecoder decoder = new ConsoleDecoder(new ObjectMapper());

  private static Response answer(String body, Integer declaredLength) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return Response.builder()
        .status(200)
        .request(Request.create(Request.HttpMethod.GET, "http://console/api/v1/Org/42", Map.of(), null, null, null))
        .headers(Map.of())
        .body(new ByteArrayInputStream(bytes), declaredLength)
        .build();
  }

  @Test
  void anAnswerOfKnownLengthAndOneOfUnknownLengthReadTheSame() throws IOException {
    OrgDto known = (OrgDto) decoder.decode(answer(ORG, ORG.length()), OrgDto.class);
    OrgDto unknown = (OrgDto) decoder.decode(answer(ORG, null), OrgDto.class);

    assertThat(known.orgId).isEqualTo(42L);
    assertThat(known.orgName).isEqualTo("Sales");
    assertThat(unknown.orgId).isEqualTo(42L);
    assertThat(unknown.orgName).isEqualTo("Sales");
  }

  @Test
  void anAnswerShorterThanItsLengthIsAFailedReadNotAShortDocument() {
    assertThatThrownBy(() -> decoder.decode(answer(ORG, ORG.length() + 10), OrgDto.class))
        .isInstanceOf(EOFException.class)
        .hasMessage("the answer ended after " + ORG.length() + " of its " + (ORG.length() + 10) + " bytes");
  }
}
