package dev.crashplan4j.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.domain.OrgId;
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
    CrashPlanException failure = CrashPlanException.forStatus("blockOrg org 1", status, AnswerBody.none());

    assertThat(failure.getClass().getSimpleName()).isEqualTo(type);
    assertThat(failure.httpStatus()).hasValue(status);
    assertThat(failure.operation()).isEqualTo("blockOrg org 1");
  }

  @Test
  void theMessageNamesTheOperationTheStatusAndTheStartOfTheBody() {
    CrashPlanException failure = CrashPlanException.forStatus("getOrg org 7", 403, AnswerBody.of("  not\n  yours  "));

    assertThat(failure).hasMessage("getOrg org 7 failed: HTTP 403: not yours");
    assertThat(failure.responseBody()).contains("not yours");
  }

  @Test
  void aLongBodyIsCutTo300Characters() {
    CrashPlanException failure = CrashPlanException.forStatus("listOrgs", 500, AnswerBody.of("x".repeat(1000)));

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

  @Test
  void theClientNamesTheCallOnceKeepingTheTransportsReason() {
    CrashPlanException failure = CrashPlanException.forStatus("POST /api/v3/orgs/g1/block", 403, AnswerBody.of("not yours"));

    CrashPlanException named = failure.asFailureOf("block org 42");

    assertThat(named).hasMessage("block org 42 failed: HTTP 403: not yours");
    assertThat(named.operation()).isEqualTo("block org 42");
    assertThat(named.reason()).isEqualTo("HTTP 403: not yours");
    assertThat(named).isInstanceOf(ForbiddenException.class);
    assertThat(failure.operation()).isEqualTo("POST /api/v3/orgs/g1/block");
  }

  @Test
  void aFailureNamedForItsCallKeepsWhatItCarries() {
    java.io.IOException dropped = new java.io.IOException("unexpected end of stream");
    TransportFailureException transport = new TransportFailureException("GET /x", dropped, false)
        .asFailureOf("getPage 1");
    TooManyRequestsException tooMany = new TooManyRequestsException("GET /x", AnswerBody.of("slow down"), java.time.Duration.ofSeconds(7))
        .asFailureOf("getPage 1");
    UnexpectedResponseException unreadable = UnexpectedResponseException.unreadable("GET /x", 200, "no orgId", null)
        .asFailureOf("getPage 1");
    OrgNotFoundException missing = new OrgNotFoundException("getOrg", SoughtOrg.id(OrgId.of(9))).asFailureOf("getById org 9");

    assertThat(transport.requestSent()).isFalse();
    assertThat(transport).hasCauseReference(dropped).hasMessage("getPage 1 failed: unexpected end of stream");
    assertThat(tooMany.retryAfter()).contains(java.time.Duration.ofSeconds(7));
    assertThat(tooMany).hasMessage("getPage 1 failed: HTTP 429: retry after 7 s: slow down");
    assertThat(unreadable.answerParsed()).isTrue();
    assertThat(missing.orgKey()).isEqualTo("org id 9");
    assertThat(missing).hasMessage("getById org 9 failed: no organization with org id 9 exists");
  }

  @Test
  void anOutcomeUnknownNamesItsCauseWithoutRepeatingTheCall() {
    CrashPlanException lost = CrashPlanException.forStatus("deactivate org 5", 502, AnswerBody.of("bad gateway"));

    OutcomeUnknownException unknown = new OutcomeUnknownException("deactivate org 5", lost);

    assertThat(unknown.getMessage()).startsWith("deactivate org 5 failed: HTTP 502: the outcome is unknown")
        .endsWith("check the console before retrying: bad gateway");
    assertThat(unknown.getMessage().split("deactivate org 5", -1)).hasSize(2);
    assertThat(unknown.getMessage().split("bad gateway", -1)).hasSize(2);
    assertThat(unknown.getMessage().split("HTTP 502", -1)).hasSize(2);
  }

  @Test
  void anOutcomeUnknownKeepsWhatItsCauseKnewBeyondTheStatus() {
    CrashPlanException lost = new TransportFailureException("block org 5", new java.io.IOException("connection reset"));

    OutcomeUnknownException unknown = new OutcomeUnknownException("block org 5", lost, "reading the console failed too");

    assertThat(unknown).hasMessage(
        "block org 5 failed: the outcome is unknown: reading the console failed too (connection reset)");
  }

  @Test
  void aRateLimitCarriesTheWaitTheConsoleAskedFor() {
    TooManyRequestsException console = new TooManyRequestsException("getPage 1", AnswerBody.of("slow down"), java.time.Duration.ofSeconds(7));
    TooManyRequestsException client = TooManyRequestsException.rateLimitFull("getPage 1");

    assertThat(console).hasMessage("getPage 1 failed: HTTP 429: retry after 7 s: slow down");
    assertThat(console.retryAfter()).contains(java.time.Duration.ofSeconds(7));
    assertThat(client).hasMessage(
        "getPage 1 failed: the client-side rate limit leaves no room before the call's deadline");
    assertThat(client.retryAfter()).isEmpty();
    assertThat(client.httpStatus()).isEmpty();
  }
}
