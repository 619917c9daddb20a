package dev.crashplan4j.api;

import dev.crashplan4j.core.port.Sleeper;
import dev.failsafe.Execution;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.event.AttemptEnd;
import dev.crashplan4j.core.event.CallEnd;
import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.event.RetryScheduled;
import dev.crashplan4j.core.port.BearerToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each call to the console: signed in (renewing the token once after a 401), retried
 * when that is safe for what the call does, within the call's deadline, and under the
 * client-side rate limit when there is one. The retry policy is Failsafe's; the waits go
 * through the client's {@link Sleeper} and the deadline follows the client's clock.
 *
 * <p>Every call has one label, such as {@code "block org 42"}, that every failure of it
 * carries, whichever layer it came from: transports name only the request they sent.
 */
final class Calls {

  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  private final LoginSession session;
  private final Retries retries;
  private final Duration deadline;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Optional<RateLimiter<Object>> rateLimiter;
  private final Random jitter;
  private final Listeners listeners;
  private final Map<Effect, RetryPolicy<Object>> policies = new EnumMap<>(Effect.class);

  /** {@code jitter} draws the waits; a test gives a seeded one. */
  Calls(LoginSession session, Retries retries, Duration deadline, Clock clock, Sleeper sleeper,
      Optional<RateLimiter<Object>> rateLimiter, Random jitter, Listeners listeners) {
    this.session = session;
    this.retries = retries;
    this.deadline = deadline;
    this.clock = clock;
    this.sleeper = sleeper;
    this.rateLimiter = rateLimiter;
    this.jitter = jitter;
    this.listeners = listeners;
    for (Effect effect : Effect.values()) {
      policies.put(effect, RetryPolicy.builder()
          .handleIf((result, failure) -> failure instanceof Unsettled || (failure != null && retryable(effect, failure)))
          .abortIf((result, failure) -> failure != null && waitBeyondCap(failure).isPresent())
          .withMaxAttempts(retries.maxAttempts())
          .withDelayFn(context -> delayAfter(context.getLastException(), context.getAttemptCount()))
          .build());
    }
  }

  /**
   * Runs {@code request}, an action of the given {@code effect}: the service method
   * {@code operation} on {@code org} (null when it acts on no one org), which {@code label}
   * names in every failure. Returns its answer.
   */
  <T> T run(Effect effect, String operation, OrgId org, String label, Function<BearerToken, T> request) {
    return run(effect, operation, org, label, request, null);
  }

  /**
   * Runs {@code request} as {@link #run(Effect, String, OrgId, String, Function)} does; when a
   * failure leaves its outcome unknown (it may have reached the console and taken effect),
   * {@code look} reads the console to decide: what it finds is the call's result, and when it
   * finds nothing the request is sent again. The look's reads are attempts of the call, within
   * its retries and deadline; when they run out first, the outcome stays unknown.
   */
  <T> T run(Effect effect, String operation, OrgId org, String label, Function<BearerToken, T> request, Look<T> look) {
    // No listener, no event: nothing is built for them on the call path.
    CallStart call = !listeners.any() ? null : org == null ? CallStart.of(operation) : CallStart.of(operation, org);
    CallObserver observer = call == null ? CallObserver.NONE : listeners.callStarted(call);
    if (observer == CallObserver.NONE) {
      return runAttempts(effect, label, request, look, CallObserver.NONE, null, new int[1]);
    }
    // Every start heard is followed by one end, whatever ends the call.
    long callStarted = System.nanoTime();
    int[] attempts = new int[1];
    try {
      T result = runAttempts(effect, label, request, look, observer, call, attempts);
      observer.ended(CallEnd.succeeded(call, since(callStarted), attempts[0]));
      return result;
    } catch (CrashPlanException failure) {
      observer.ended(CallEnd.failed(call, failure, since(callStarted), attempts[0]));
      throw failure;
    } catch (RuntimeException | Error escaped) {
      observer.ended(CallEnd.failed(call, new TransportFailureException(label, escaped), since(callStarted),
          attempts[0]));
      throw escaped;
    }
  }

  // The attempts of one call, counted in attempts[0]; the caller hears the call's end.
  private <T> T runAttempts(Effect effect, String label, Function<BearerToken, T> request, Look<T> look,
      CallObserver observer, CallStart call, int[] attemptCount) {
    boolean heard = observer != CallObserver.NONE;
    Instant giveUpAt = clock.instant().plus(deadline);
    // Made at the first failure: a call that succeeds at once allocates nothing for retrying.
    Execution<Object> execution = null;
    boolean lookFirst = false;
    CrashPlanException unknown = null;
    while (true) {
      awaitRateLimit(label, giveUpAt);
      boolean looking = lookFirst;
      long attemptStarted = heard ? System.nanoTime() : 0;
      attemptCount[0]++;
      try {
        T result;
        if (looking) {
          Optional<T> took = attempt(look::find);
          if (took.isPresent()) {
            LOG.debug("{}: the answer was lost ({}); a read of the console shows the change took", label, unknown.reason());
            result = took.get();
          } else {
            LOG.debug("{}: the answer was lost ({}); a read of the console shows the change did not take: sending it"
                + " again", label, unknown.reason());
            lookFirst = false;
            looking = false;
            if (heard) {
              observer.attemptEnded(AttemptEnd.answered(call, attemptCount[0], since(attemptStarted)));
              attemptStarted = System.nanoTime();
            }
            attemptCount[0]++;
            result = attempt(request);
          }
        } else {
          result = attempt(request);
        }
        if (heard) {
          observer.attemptEnded(AttemptEnd.answered(call, attemptCount[0], since(attemptStarted)));
        }
        return result;
      } catch (Undecided undecided) {
        OutcomeUnknownException undecidable = new OutcomeUnknownException(label, undecided.getMessage(), unknown);
        if (heard) {
          observer.attemptEnded(AttemptEnd.failed(call, attemptCount[0], undecidable, since(attemptStarted)));
        }
        throw undecidable;
      } catch (CrashPlanException | NotSent failure) {
        CrashPlanException cause = cause(failure).withOperation(label);
        if (heard) {
          observer.attemptEnded(AttemptEnd.failed(call, attemptCount[0], cause, since(attemptStarted)));
        }
        if (looking) {
          unknown.addSuppressed(cause);
          lookFirst = retryable(Effect.READ, failure);
          if (!lookFirst) {
            throw new OutcomeUnknownException(label, "reading the console to find out failed too", unknown);
          }
        } else if (look != null && retries.verifyUnknownOutcomes() && unknownOutcome(failure)) {
          unknown = cause;
          lookFirst = true;
        }
        if (execution == null) {
          execution = Execution.of(policies.get(effect));
        }
        execution.recordException(lookFirst ? new Unsettled(cause) : failure);
        Duration wait = execution.getDelay();
        if (execution.isComplete() || !clock.instant().plus(wait).isBefore(giveUpAt)) {
          throw lookFirst
              ? new OutcomeUnknownException(label, "no read of the console could tell before the call's retries or"
                  + " deadline ran out", unknown)
              : finalFailure(effect, label, failure);
        }
        LOG.debug("{} failed, attempt {} of {}; {} in {} ms: {}", label, execution.getAttemptCount(), retries.maxAttempts(),
            lookFirst ? "reading the console to find out whether it took" : "retrying", wait.toMillis(), cause.reason());
        if (heard) {
          observer.retrying(new RetryScheduled(call, lookFirst ? "unknown-outcome" : reason(failure), wait));
        }
        pause(wait, failure);
      } catch (RuntimeException | Error escaped) {
        // Every attempt heard to start is heard to end, whatever ends it; the call's end follows.
        if (heard) {
          observer.attemptEnded(AttemptEnd.failed(call, attemptCount[0], new TransportFailureException(label, escaped),
              since(attemptStarted)));
        }
        throw escaped;
      }
    }
  }

  /** Runs {@code request}, which the console answers with no content, as {@link #run} does. */
  void send(Effect effect, String operation, OrgId org, String label, Consumer<BearerToken> request) {
    send(effect, operation, org, label, request, null);
  }

  /** Runs {@code request}, answered with no content, finding out by {@code look} after an unknown outcome. */
  void send(Effect effect, String operation, OrgId org, String label, Consumer<BearerToken> request,
      Look<Boolean> look) {
    run(effect, operation, org, label, token -> {
      request.accept(token);
      return Boolean.TRUE;
    }, look);
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  // Why a call retries, from a small fixed set: a tag, never a message.
  private static String reason(Throwable failure) {
    if (failure instanceof NotSent) {
      return "sign-in";
    }
    CrashPlanException cause = cause(failure);
    if (cause instanceof TransportFailureException) {
      return "transport";
    }
    int status = cause.httpStatus().orElse(0);
    return status == 429 ? "429" : status == 408 ? "408" : status >= 500 ? "5xx" : "other";
  }

  /** Reads the console to find out whether a change whose answer was lost took. */
  @FunctionalInterface
  interface Look<T> {
    /** The change's result when the console shows it took; empty when it shows it did not. */
    Optional<T> find(BearerToken token);
  }

  // A failure before the request itself was sent (signing in) is marked, so that it is
  // retried whatever the request would have done.
  private <T> T attempt(Function<BearerToken, T> request) {
    BearerToken token = signedIn();
    try {
      return request.apply(token);
    } catch (UnauthorizedException rejected) {
      session.drop(token);
      return request.apply(signedIn());
    }
  }

  private BearerToken signedIn() {
    try {
      return session.token();
    } catch (CrashPlanException failed) {
      throw new NotSent(failed);
    }
  }

  static boolean retryable(Effect effect, Throwable failure) {
    CrashPlanException cause = cause(failure);
    boolean sent = !(failure instanceof NotSent)
        && !(cause instanceof TransportFailureException transport && !transport.requestSent());
    if (cause instanceof UnauthorizedException) {
      return false;
    }
    if (cause instanceof TooManyRequestsException) {
      return true;
    }
    if (cause instanceof TransportFailureException) {
      return !sent || effect != Effect.STATE_CHANGE;
    }
    int status = cause.httpStatus().orElse(0);
    boolean transientStatus = status == 408 || status == 502 || status == 503 || status == 504;
    if (!sent) {
      return transientStatus || status == 500;
    }
    return effect != Effect.STATE_CHANGE && (transientStatus || status == 500);
  }

  // A state change that may have reached the console and may have taken effect.
  static boolean ambiguous(Effect effect, Throwable failure) {
    return effect == Effect.STATE_CHANGE && unknownOutcome(failure);
  }

  // Sent, and no word of what became of it: the answer was lost, or the console (or a proxy
  // before it) failed in a way that may come after the work was done.
  static boolean unknownOutcome(Throwable failure) {
    if (failure instanceof NotSent) {
      return false;
    }
    CrashPlanException cause = cause(failure);
    if (cause instanceof TransportFailureException transport) {
      return transport.requestSent();
    }
    int status = cause.httpStatus().orElse(0);
    return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  private Duration delayAfter(Throwable failure, int attempts) {
    if (failure != null && cause(failure) instanceof TooManyRequestsException tooMany) {
      Optional<Duration> asked = tooMany.retryAfter(clock.instant());
      if (asked.isPresent()) {
        return asked.get();
      }
    }
    // Full jitter: anywhere between no wait and the exponential one, so that clients that
    // failed together do not retry together.
    long ceiling = retries.baseDelay().toMillis() << Math.min(20, Math.max(0, attempts - 1));
    long bounded = Math.min(ceiling, retries.maxDelay().toMillis());
    return Duration.ofMillis(bounded == 0 ? 0 : jitter.nextLong(bounded + 1));
  }

  private Optional<Duration> waitBeyondCap(Throwable failure) {
    if (cause(failure) instanceof TooManyRequestsException tooMany) {
      return tooMany.retryAfter(clock.instant()).filter(wait -> wait.compareTo(retries.retryAfterCap()) > 0);
    }
    return Optional.empty();
  }

  private CrashPlanException finalFailure(Effect effect, String operation, Throwable failure) {
    CrashPlanException cause = cause(failure);
    Optional<Duration> tooLong = waitBeyondCap(failure);
    if (tooLong.isPresent()) {
      return TooManyRequestsException.clientSide(operation, "the console asked to wait " + tooLong.get().toSeconds()
          + " s, longer than the " + retries.retryAfterCap().toSeconds() + " s this client waits", tooLong.get(), cause);
    }
    if (ambiguous(effect, failure)) {
      return new OutcomeUnknownException(operation, cause);
    }
    return cause;
  }

  private void awaitRateLimit(String operation, Instant giveUpAt) {
    if (rateLimiter.isEmpty()) {
      return;
    }
    Duration left = Duration.between(clock.instant(), giveUpAt);
    try {
      if (!rateLimiter.get().tryAcquirePermit(left.isNegative() ? Duration.ZERO : left)) {
        throw TooManyRequestsException.clientSide(operation,
            "the client-side rate limit leaves no room before the call's deadline");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw TooManyRequestsException.clientSide(operation, "interrupted while waiting for the client-side rate limit");
    }
  }

  private void pause(Duration wait, Throwable failure) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw cause(failure);
    }
  }

  private static CrashPlanException cause(Throwable failure) {
    if (failure instanceof NotSent notSent) {
      return notSent.cause;
    }
    return (CrashPlanException) (failure instanceof Unsettled ? failure.getCause() : failure);
  }

  /** What a look throws when what it read cannot decide the outcome, saying why. */
  static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undecided(String why) {
      super(why, null, false, false);
    }
  }

  /** A failure whose outcome is still to be found out by reading the console: worth another attempt. */
  private static final class Unsettled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsettled(CrashPlanException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  /** A failure before the request left: signing in failed. */
  private static final class NotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient CrashPlanException cause;

    NotSent(CrashPlanException cause) {
      super(cause.getMessage(), cause, false, false);
      this.cause = cause;
    }
  }
}
