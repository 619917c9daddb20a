package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.testkit.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's waits, as a bulk run keeps them: the longest asked, slept once, and a later one asked meanwhile too. */
class ConsoleWaitsTest {

  private final ManualClock time = new ManualClock();
  private final List<Duration> paused = new ArrayList<>();

  @Test
  void noTooManyRequestsMeansNoWait() throws InterruptedException {
    new ConsoleWaits(time, time).awaitClear(paused::add);

    assertThat(paused).isEmpty();
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void theLongestWaitAskedIsWaitedOutOnce() throws InterruptedException {
    ConsoleWaits waits = new ConsoleWaits(time, time);
    waits.tooManyRequests(new TooManyRequestsException("block org 1", AnswerBody.none(), Duration.ofSeconds(30)));
    waits.tooManyRequests(new TooManyRequestsException("block org 2", AnswerBody.none(), Duration.ofSeconds(5)));
    time.advance(Duration.ofSeconds(10));

    waits.awaitClear(paused::add);
    waits.awaitClear(paused::add);

    assertThat(paused).containsExactly(Duration.ofSeconds(20));
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void aTooManyRequestsWithoutRetryAfterHoldsForASecond() throws InterruptedException {
    ConsoleWaits waits = new ConsoleWaits(time, time);
    waits.tooManyRequests(new TooManyRequestsException("block org 1", AnswerBody.none()));

    waits.awaitClear(paused::add);

    assertThat(paused).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aWaitAskedWhileWaitingIsWaitedToo() throws InterruptedException {
    ConsoleWaits[] waits = new ConsoleWaits[1];
    boolean[] once = {true};
    waits[0] = new ConsoleWaits(time, duration -> {
      time.sleep(duration);
      if (once[0]) {
        once[0] = false;
        waits[0].tooManyRequests(new TooManyRequestsException("block org 2", AnswerBody.none(), Duration.ofSeconds(7)));
      }
    });
    waits[0].tooManyRequests(new TooManyRequestsException("block org 1", AnswerBody.none(), Duration.ofSeconds(3)));

    waits[0].awaitClear(paused::add);

    assertThat(paused).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(7));
  }

  @Test
  void aSleeperThatDoesNotMoveTheClockIsAskedOnceNotInALoop() throws InterruptedException {
    List<Duration> asked = new ArrayList<>();
    ConsoleWaits waits = new ConsoleWaits(time, asked::add);
    waits.tooManyRequests(new TooManyRequestsException("block org 1", AnswerBody.none(), Duration.ofSeconds(3)));

    waits.awaitClear(paused::add);

    assertThat(asked).containsExactly(Duration.ofSeconds(3));
  }
}
