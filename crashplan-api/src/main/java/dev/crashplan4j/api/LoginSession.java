package dev.crashplan4j.api;

import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.event.SignIn;
import dev.crashplan4j.core.port.BearerToken;
import dev.crashplan4j.core.port.CrashPlanTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's signed-in state: one token, fetched when first needed and shared by every
 * thread. A little before it expires, one caller renews it while the others go on with the
 * valid one; at the last moment every caller waits for that one renewal. Any number of
 * concurrent callers cause one sign-in per renewal.
 */
final class LoginSession {

  private static final Logger LOG = LoggerFactory.getLogger(LoginSession.class);
  private static final Duration EARLY_RENEWAL = Duration.ofSeconds(60);
  private static final Duration LAST_MOMENT = Duration.ofSeconds(10);
  private static final Duration RENEWAL_RETRY = Duration.ofSeconds(5);

  private final Credentials credentials;
  private final CrashPlanTransport transport;
  private final Clock clock;
  private final Listeners listeners;
  private final ReentrantLock signIn = new ReentrantLock();
  private volatile Session current;

  LoginSession(Credentials credentials, CrashPlanTransport transport, Clock clock, Listeners listeners) {
    this.credentials = credentials;
    this.transport = transport;
    this.clock = clock;
    this.listeners = listeners;
  }

  boolean canActAsUser() {
    return credentials.canActAsUser();
  }

  /** The token to send now, signing in when there is none or it is about to expire. */
  BearerToken token() {
    Session session = current;
    Instant now = clock.instant();
    if (session != null && now.isBefore(session.renewFrom)) {
      return session.token;
    }
    if (session != null && now.isBefore(session.renewBy)) {
      // Early renewal: whoever gets the lock renews; the others go on with the valid token.
      if (signIn.tryLock()) {
        try {
          if (current == session) {
            renewEarly(session);
          }
        } finally {
          signIn.unlock();
        }
      }
      Session renewed = current;
      if (renewed != null) {
        return renewed.token;
      }
      // Another thread's 401 dropped the session meanwhile: sign in below, as after any drop.
    }
    signIn.lock();
    try {
      session = current;
      if (session == null || !clock.instant().isBefore(session.renewBy)) {
        session = signIn(SignIn.Reason.SIGN_IN);
        current = session;
      }
      return session.token;
    } finally {
      signIn.unlock();
    }
  }

  /** Forgets {@code rejected} if it is still the current token; another thread may have renewed it already. */
  void drop(BearerToken rejected) {
    signIn.lock();
    try {
      Session session = current;
      if (session != null && session.token == rejected) {
        current = null;
      }
    } finally {
      signIn.unlock();
    }
  }

  // A failed early renewal keeps the token that is still valid, and tries again a little later.
  private void renewEarly(Session session) {
    try {
      current = signIn(SignIn.Reason.EARLY_RENEWAL);
    } catch (CrashPlanException failed) {
      Instant retryAt = clock.instant().plus(RENEWAL_RETRY);
      LOG.warn("renewing the token before it expires failed; the current one stays in use: {}", failed.getMessage());
      current = new Session(session.token, retryAt.isBefore(session.renewBy) ? retryAt : session.renewBy, session.renewBy);
    }
  }

  private Session signIn(SignIn.Reason reason) {
    Instant issued = clock.instant();
    long started = System.nanoTime();
    BearerToken token;
    try {
      token = credentials.signIn(transport);
    } catch (RuntimeException failed) {
      if (listeners.any()) {
        listeners.signedIn(new SignIn(reason, false, Duration.ofNanos(System.nanoTime() - started)));
      }
      throw failed;
    }
    if (listeners.any()) {
      listeners.signedIn(new SignIn(reason, true, Duration.ofNanos(System.nanoTime() - started)));
    }
    Optional<Instant> expiry = token.expiresIn().map(issued::plus).or(() -> JsonWebToken.expiry(token.value()));
    if (expiry.isEmpty()) {
      return new Session(token, Instant.MAX, Instant.MAX);
    }
    Duration life = Duration.between(issued, expiry.get());
    Instant renewFrom = expiry.get().minus(shorter(EARLY_RENEWAL, life.dividedBy(5)));
    Instant renewBy = expiry.get().minus(shorter(LAST_MOMENT, life.dividedBy(20)));
    LOG.debug("signed in ({}); the token expires at {}", credentials, expiry.get());
    return new Session(token, renewFrom, renewBy);
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static final class Session {
    final BearerToken token;
    final Instant renewFrom;
    final Instant renewBy;

    Session(BearerToken token, Instant renewFrom, Instant renewBy) {
      this.token = token;
      this.renewFrom = renewFrom;
      this.renewBy = renewBy;
    }
  }
}
