package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.error.ServerErrorException;
import dev.crashplan4j.testkit.ManualClock;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures are retried for which effect, and which leave a state change's outcome unknown. */
class CallsTest {

  private static CrashPlanException failure(String kind) {
    switch (kind) {
      case "connect-refused":
        return new TransportFailureException("op", new ConnectException("refused"), false);
      case "dropped":
        return new TransportFailureException("op", new IOException("unexpected end of stream"), true);
      case "429":
        return new TooManyRequestsException("op", AnswerBody.none());
      case "401":
        return new UnauthorizedException("op", AnswerBody.none(), "");
      default:
        return CrashPlanException.forStatus("op", Integer.parseInt(kind), AnswerBody.none());
    }
  }

  @ParameterizedTest(name = "{0}: read or whole replacement {1}, state change {2}, unknown outcome {3}")
  @CsvSource({
    "connect-refused, true,  true,  false",
    "dropped,         true,  false, true",
    "408,             true,  false, true",
    "429,             true,  true,  false",
    "500,             true,  false, true",
    "502,             true,  false, true",
    "503,             true,  false, true",
    "504,             true,  false, true",
    "400,             false, false, false",
    "401,             false, false, false",
    "403,             false, false, false",
    "404,             false, false, false",
    "409,             false, false, false",
  })
  void retriesFollowWhatIsSafeForTheEffect(String kind, boolean read, boolean stateChange, boolean unknown) {
    CrashPlanException failure = failure(kind);

    assertThat(Calls.retryable(Effect.READ, failure)).isEqualTo(read);
    assertThat(Calls.retryable(Effect.STATE_CHANGE, failure)).isEqualTo(stateChange);
    assertThat(Calls.ambiguous(Effect.STATE_CHANGE, failure)).isEqualTo(unknown);
    assertThat(Calls.ambiguous(Effect.READ, failure)).isFalse();
  }

  // ---- the Failsafe wiring: waits, abort, deadline ----------------------------------------

  private final ManualClock time = new ManualClock();

  private Calls calls(Retries retries, Duration deadline, long seed) {
    LoginSession session = new LoginSession(Credentials.jwtProvider(() -> "a-token"), null, time, new Listeners(java.util.List.of()));
    return new Calls(session, retries, deadline, time, time, Optional.empty(), new Random(seed), new Listeners(List.of()));
  }

  private static <T> Call<T> getPage1() {
    return Call.<T>of(Effect.READ, "getPage").about("1");
  }

  private static <T> T failWith(CrashPlanException failure, AtomicInteger attempts) {
    attempts.incrementAndGet();
    throw failure;
  }

  @Test
  void waitsGrowWithEachAttemptWithinJitterUpToTheCap() {
    Retries retries = Retries.builder().maxAttempts(5).baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(400)).build();
    Calls calls = calls(retries, Duration.ofMinutes(10), 42);
    for (int call = 0; call < 300; call++) {
      AtomicInteger attempts = new AtomicInteger();
      assertThatThrownBy(() -> calls.run(getPage1(), token -> failWith(failure("503"), attempts)))
          .isInstanceOf(ServerErrorException.class);
      assertThat(attempts).hasValue(5);
    }

    List<Duration> waits = time.waits();
    assertThat(waits).hasSize(300 * 4);
    long[] ceilings = {100, 200, 400, 400};
    for (int retry = 0; retry < 4; retry++) {
      List<Long> nth = new ArrayList<>();
      for (int call = 0; call < 300; call++) {
        nth.add(waits.get(call * 4 + retry).toMillis());
      }
      long ceiling = ceilings[retry];
      assertThat(nth).allSatisfy(wait -> assertThat(wait).isBetween(0L, ceiling));
      assertThat(Collections.min(nth)).as("retry %d reaches down to no wait", retry + 1).isLessThan(ceiling / 10);
      assertThat(Collections.max(nth)).as("retry %d reaches up to its ceiling", retry + 1).isGreaterThan(ceiling * 9 / 10);
      assertThat(new HashSet<>(nth)).as("waits differ").hasSizeGreaterThan(50);
    }
    double firstMean = IntStream.range(0, 300).mapToLong(call -> waits.get(call * 4).toMillis()).average().orElseThrow();
    double thirdMean = IntStream.range(0, 300).mapToLong(call -> waits.get(call * 4 + 2).toMillis()).average().orElseThrow();
    assertThat(thirdMean).as("waits grow").isGreaterThan(firstMean * 3);
  }

  @Test
  void aRetryAfterBeyondTheCapAbortsAtOnceWithoutWaiting() {
    AtomicInteger attempts = new AtomicInteger();
    Calls calls = calls(Retries.standard(), Duration.ofMinutes(10), 1);

    assertThatThrownBy(() -> calls.run(getPage1(),
            token -> failWith(new TooManyRequestsException("GET /api/v1/Org", AnswerBody.none(), Duration.ofSeconds(120)), attempts)))
        .isInstanceOfSatisfying(TooManyRequestsException.class,
            thrown -> assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(120)))
        .hasMessageStartingWith("getPage 1 failed: HTTP 429: the console asked to wait 120 s, longer than the 60 s");
    assertThat(attempts).hasValue(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void noRetryStartsThatWouldEndAfterTheDeadline() {
    AtomicInteger attempts = new AtomicInteger();
    Calls calls = calls(Retries.builder().maxAttempts(10).build(), Duration.ofSeconds(1), 1);

    assertThatThrownBy(() -> calls.run(getPage1(),
            token -> failWith(new TooManyRequestsException("GET /api/v1/Org", AnswerBody.none(), Duration.ofMillis(600)), attempts)))
        .isInstanceOf(TooManyRequestsException.class);
    assertThat(attempts).as("a second wait of 600 ms would end past the 1 s deadline").hasValue(2);
    assertThat(time.waits()).containsExactly(Duration.ofMillis(600));
  }

  @Test
  void everyFailureOfACallCarriesTheCallsLabel() {
    Calls calls = calls(Retries.none(), Duration.ofMinutes(1), 1);

    assertThatThrownBy(() -> calls.send(Call.on(Effect.STATE_CHANGE, "block", OrgId.of(42)),
            token -> { throw CrashPlanException.forStatus("POST /api/v3/orgs/g/block", 403, AnswerBody.of("no")); }))
        .hasMessage("block org 42 failed: HTTP 403: no");
  }
}
