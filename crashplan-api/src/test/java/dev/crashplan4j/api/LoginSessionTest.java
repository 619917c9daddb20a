package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.InMemoryTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoginSessionTest {

  private final HeldClock clock = new HeldClock(Instant.parse("2026-11-29T12:00:00Z"));
  private final FakeTenant tenant = new FakeTenant(clock);
  private final LoginSession session =
      new LoginSession(Credentials.apiClient("id", "secret"), new InMemoryTransport(tenant), clock, new Listeners(java.util.List.of()));
  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    other.shutdownNow();
  }

  @Test
  void aSessionDroppedDuringEarlyRenewalSignsInAgain() throws Exception {
    tenant.addApiClient("id", "secret");
    BearerToken first = session.token();
    clock.now = clock.now.plus(Duration.ofSeconds(850)); // the token lives 900 s: renewal starts at 840
    // The caller has read the current session and is about to look at the time...
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<BearerToken> caller = other.submit(() -> {
      clock.holdNextReadOn(Thread.currentThread(), arrived, release);
      return session.token();
    });
    arrived.await();
    // ...when another thread's 401 drops that session.
    session.drop(first);
    release.countDown();

    BearerToken renewed = caller.get();

    assertThat(renewed.value()).isNotEqualTo(first.value());
    assertThat(tenant.tokensIssued()).isEqualTo(2);
  }

  @Test
  void aJwtsExpClaimDrivesRenewalWhenTheTokenSaysNoLifetime() {
    int[] asked = {0};
    LoginSession jwt = new LoginSession(Credentials.jwtProvider(() -> {
      asked[0]++;
      return jwtExpiringAt(clock.now.plusSeconds(300), asked[0]);
    }), new InMemoryTransport(tenant), clock, new Listeners(java.util.List.of()));

    String first = jwt.token().value();
    clock.now = clock.now.plusSeconds(230);
    String stillFirst = jwt.token().value();
    clock.now = clock.now.plusSeconds(20); // 250 s: within the last fifth of its 300 s life
    String renewed = jwt.token().value();

    assertThat(stillFirst).isEqualTo(first);
    assertThat(renewed).isNotEqualTo(first);
    assertThat(asked[0]).isEqualTo(2);
  }

  private static String jwtExpiringAt(Instant exp, int serial) {
    java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String claims = "{\"sub\":\"ana\",\"n\":" + serial + ",\"exp\":" + exp.getEpochSecond() + "}";
    return base64.encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
        + base64.encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".sig";
  }

  /** A clock a test sets by hand, whose next read on one thread waits until released. */
  private static final class HeldClock extends Clock {
    volatile Instant now;
    private volatile Thread held;
    private volatile CountDownLatch arrived;
    private volatile CountDownLatch release;

    HeldClock(Instant start) {
      this.now = start;
    }

    void holdNextReadOn(Thread thread, CountDownLatch arrivedLatch, CountDownLatch releaseLatch) {
      this.arrived = arrivedLatch;
      this.release = releaseLatch;
      this.held = thread;
    }

    @Override
    public Instant instant() {
      if (Thread.currentThread() == held) {
        held = null;
        arrived.countDown();
        try {
          release.await();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
