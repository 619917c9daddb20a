package dev.crashplan4j.api;

import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The client's signed-in state: one token, fetched when first needed, reused by every thread
 * until it expires or the console rejects it.
 */
final class LoginSession {

  // Renew a little early so that a token does not expire between the check and the request.
  private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

  private final Credentials credentials;
  private final CrashPlanTransport transport;
  private final Clock clock;
  private final Object signInLock = new Object();
  private volatile Session current;

  LoginSession(Credentials credentials, CrashPlanTransport transport, Clock clock) {
    this.credentials = credentials;
    this.transport = transport;
    this.clock = clock;
  }

  /**
   * Runs {@code request} with the current token; when the console rejects the token, signs in
   * again and runs it once more. A second rejection is thrown to the caller.
   */
  <T> T call(Function<BearerToken, T> request) {
    BearerToken token = token();
    try {
      return request.apply(token);
    } catch (UnauthorizedException rejected) {
      drop(token);
      return request.apply(token());
    }
  }

  boolean canActAsUser() {
    return credentials.canActAsUser();
  }

  private BearerToken token() {
    Session session = current;
    if (session != null && session.isValidAt(clock.instant())) {
      return session.token;
    }
    synchronized (signInLock) {
      session = current;
      if (session == null || !session.isValidAt(clock.instant())) {
        Instant issued = clock.instant();
        BearerToken token = credentials.signIn(transport);
        session = new Session(token, token.expiresIn().map(life -> expiry(issued, life)).orElse(Instant.MAX));
        current = session;
      }
      return session.token;
    }
  }

  // Only the token that was rejected is dropped: another thread may already have renewed it.
  private void drop(BearerToken rejected) {
    synchronized (signInLock) {
      Session session = current;
      if (session != null && session.token == rejected) {
        current = null;
      }
    }
  }

  private static Instant expiry(Instant issued, Duration life) {
    Duration margin = life.compareTo(EXPIRY_MARGIN.multipliedBy(2)) > 0 ? EXPIRY_MARGIN : life.dividedBy(2);
    return issued.plus(life).minus(margin);
  }

  private static final class Session {
    final BearerToken token;
    final Instant renewAt;

    Session(BearerToken token, Instant renewAt) {
      this.token = token;
      this.renewAt = renewAt;
    }

    boolean isValidAt(Instant now) {
      return now.isBefore(renewAt);
    }
  }
}
