package dev.crashplan4j.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrashPlanExceptionTest {

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, ForbiddenException",
    "404, NotFoundException",
    "409, ConflictException",
    "429, TooManyRequestsException",
    "500, ServerErrorException",
    "502, ServerErrorException",
    "418, CrashPlanException",
  })
  void eachStatusHasItsType(int status, String type) {
    CrashPlanException failure = CrashPlanException.forStatus("blockOrg org 1", status, "");

    assertThat(failure.getClass().getSimpleName()).isEqualTo(type);
    assertThat(failure.httpStatus()).hasValue(status);
    assertThat(failure.operation()).isEqualTo("blockOrg org 1");
  }

  @Test
  void theMessageNamesTheOperationTheStatusAndTheStartOfTheBody() {
    CrashPlanException failure = CrashPlanException.forStatus("getOrg org 7", 403, "  not\n  yours  ");

    assertThat(failure).hasMessage("getOrg org 7 failed: HTTP 403: not yours");
    assertThat(failure.responseBody()).contains("not yours");
  }

  @Test
  void aLongBodyIsCutTo300Characters() {
    CrashPlanException failure = CrashPlanException.forStatus("listOrgs", 500, "x".repeat(1000));

    assertThat(failure.responseBody().orElseThrow()).hasSize(303).endsWith("...");
    assertThat(failure.getMessage()).hasSize("listOrgs failed: HTTP 500: ".length() + 303);
  }

  @Test
  void aFailureWithoutAnAnswerHasNoStatus() {
    TransportFailureException failure =
        new TransportFailureException("listOrgs", new java.io.IOException("Connection refused"));

    assertThat(failure.httpStatus()).isEmpty();
    assertThat(failure).hasMessage("listOrgs failed: Connection refused");
  }
}
