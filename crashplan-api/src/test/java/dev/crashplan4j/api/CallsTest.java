package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import java.io.IOException;
import java.net.ConnectException;
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
        return new TooManyRequestsException("op", "");
      case "401":
        return new UnauthorizedException("op", "", "");
      default:
        return CrashPlanException.forStatus("op", Integer.parseInt(kind), "");
    }
  }

  @ParameterizedTest(name = "{0}: read {1}, update {2}, state change {3}, unknown outcome {4}")
  @CsvSource({
    "connect-refused, true,  true,  true,  false",
    "dropped,         true,  true,  false, true",
    "408,             true,  true,  false, true",
    "429,             true,  true,  true,  false",
    "500,             true,  true,  false, false",
    "502,             true,  true,  false, true",
    "503,             true,  true,  false, false",
    "504,             true,  true,  false, true",
    "400,             false, false, false, false",
    "401,             false, false, false, false",
    "403,             false, false, false, false",
    "404,             false, false, false, false",
    "409,             false, false, false, false",
  })
  void retriesFollowWhatIsSafeForTheEffect(String kind, boolean read, boolean update, boolean stateChange, boolean unknown) {
    CrashPlanException failure = failure(kind);

    assertThat(Calls.retryable(Effect.READ, failure)).isEqualTo(read);
    assertThat(Calls.retryable(Effect.UPDATE, failure)).isEqualTo(update);
    assertThat(Calls.retryable(Effect.STATE_CHANGE, failure)).isEqualTo(stateChange);
    assertThat(Calls.ambiguous(Effect.STATE_CHANGE, failure)).isEqualTo(unknown);
    assertThat(Calls.ambiguous(Effect.READ, failure)).isFalse();
  }
}
