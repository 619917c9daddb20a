package dev.crashplan4j.api;

import dev.crashplan4j.core.port.Sleeper;
import dev.failsafe.Execution;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.OutcomeUnknownException;
import dev.crashplan4j.core.error.TooManyRequestsException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import dev.crashplan4j.core.port.BearerToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
 * <p>Every call is one {@link Call}, built once by the service; every failure of it carries
 * the call's label, such as {@code "block org 42"}, whichever layer it came from: transports
 * name only the request they sent. Listeners hear the call through its {@link CallTrace}.
 */
final class Calls {

  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  // The answers after which a request may have taken effect, and which a repeat may get past.
  private static final Set<Integer> TRANSIENT = Set.of(408, 500, 502, 503, 504);

  private final LoginSession session;
  private final Retries retries;
  private final Duration deadline;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Optional<RateLimiter<Object>> rateLimiter;
  private final Random jitter;
  private final Listeners listeners;
  private final RetryPolicy<Failed> policy;

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
    this.policy = RetryPolicy.<Failed>builder()
        .handleResultIf(Failed::worthAnotherAttempt)
        .abortIf(failed -> waitBeyondCap(failed.failure()).isPresent())
        .withMaxAttempts(retries.maxAttempts())
        .withDelayFn(context -> delayAfter(context.getLastResult().failure(), context.getAttemptCount()))
        .build();
  }

  /**
   * Runs {@code request} as {@code call} describes it and returns its answer. When a failure
   * leaves its outcome unknown (it may have reached the console and taken effect) and the call
   * has a look, the look reads the console to decide: what it finds is the call's result, and
   * when it finds nothing the request is sent again. The look's reads are attempts of the call,
   * within its retries and deadline; when they run out first, the outcome stays unknown.
   */
  <T> T run(Call<T> call, Function<BearerToken, T> request) {
    CallTrace trace = CallTrace.of(listeners, call);
    // Every start heard is followed by one end, whatever ends the call.
    try {
      T result = new Attempts<>(call, request, trace).untilSettled();
      trace.succeeded();
      return result;
    } catch (CrashPlanException failure) {
      trace.failed(failure);
      throw failure;
    } catch (RuntimeException | Error escaped) {
      trace.failed(new TransportFailureException(call.label(), escaped));
      throw escaped;
    }
  }

  /** Runs {@code request}, which the console answers with no content, as {@link #run} does. */
  void send(Call<Boolean> call, Consumer<BearerToken> request) {
    run(call, token -> {
      request.accept(token);
      return Boolean.TRUE;
    });
  }

  /** The attempts of one call: each attempt once, a lost answer settled, a retry decided. */
  private final class Attempts<T> {
    private final Call<T> call;
    private final Function<BearerToken, T> request;
    private final CallTrace trace;
    private final Instant giveUpAt = clock.instant().plus(deadline);
    // Made at the first failure: a call that succeeds at once allocates nothing for retrying.
    private Execution<Failed> execution;
    // The failure that left the outcome unknown, while the next attempt is to read the console.
    private Optional<CrashPlanException> lostAnswer = Optional.empty();

    Attempts(Call<T> call, Function<BearerToken, T> request, CallTrace trace) {
      this.call = call;
      this.request = request;
      this.trace = trace;
    }

    T untilSettled() {
      while (true) {
        awaitRateLimit(call, giveUpAt);
        trace.attemptStarted();
        try {
          T result = lostAnswer.isPresent() ? settleLostAnswer(lostAnswer.get()) : attempt(request);
          trace.attemptAnswered();
          return result;
        } catch (Undecided undecided) {
          OutcomeUnknownException undecidable = new OutcomeUnknownException(call.label(), lostAnswer.orElseThrow(),
              undecided.getMessage());
          trace.attemptFailed(undecidable);
          throw undecidable;
        } catch (CrashPlanException | SignInFailed thrown) {
          Failed failed = Failed.of(thrown, call);
          trace.attemptFailed(failed.failure());
          Duration wait = decideToRetry(failed);
          trace.retrying(lostAnswer.isPresent() ? "unknown-outcome" : failed.reason(), wait);
          pause(wait, failed.failure());
        } catch (RuntimeException | Error escaped) {
          // Every attempt heard to start is heard to end, whatever ends it; the call's end follows.
          trace.attemptFailed(new TransportFailureException(call.label(), escaped));
          throw escaped;
        }
      }
    }

    // Reads the console: what the look finds is the result; when it finds nothing, the request
    // is sent again, as the next attempt.
    private T settleLostAnswer(CrashPlanException lost) {
      Optional<T> took = attempt(call.look().orElseThrow()::find);
      if (took.isPresent()) {
        LOG.debug("{}: the answer was lost ({}); a read of the console shows the change took", call, lost.reason());
        return took.get();
      }
      LOG.debug("{}: the answer was lost ({}); a read of the console shows the change did not take: sending it again",
          call, lost.reason());
      lostAnswer = Optional.empty();
      trace.attemptAnswered();
      trace.attemptStarted();
      return attempt(request);
    }

    // Returns how long to wait before the next attempt, or throws what ends the call.
    private Duration decideToRetry(Failed failed) {
      CrashPlanException failure = failed.failure();
      if (lostAnswer.isPresent()) {
        // The look itself failed: read again if a read may be, else the outcome stays unknown.
        lostAnswer.get().addSuppressed(failure);
        if (!failed.retryable(Effect.READ)) {
          throw new OutcomeUnknownException(call.label(), lostAnswer.get(), "reading the console to find out failed too");
        }
      } else if (call.look().isPresent() && retries.verifyUnknownOutcomes() && failed.outcomeUnknown()) {
        lostAnswer = Optional.of(failure);
      }
      if (execution == null) {
        execution = Execution.of(policy);
      }
      execution.recordResult(failed.weighed(lostAnswer.isPresent() || failed.retryable(call.effect())));
      Duration wait = execution.getDelay();
      if (execution.isComplete() || !clock.instant().plus(wait).isBefore(giveUpAt)) {
        throw lostAnswer.isPresent()
            ? new OutcomeUnknownException(call.label(), lostAnswer.get(),
                "no read of the console could tell before the call's retries or deadline ran out")
            : finalFailure(call, failed);
      }
      LOG.debug("{} failed, attempt {} of {}; {} in {} ms: {}", call, execution.getAttemptCount(), retries.maxAttempts(),
          lostAnswer.isPresent() ? "reading the console to find out whether it took" : "retrying", wait.toMillis(),
          failure.reason());
      return wait;
    }
  }

  /**
   * One failed attempt, named for its call: {@code signIn} when it failed before the request
   * was sent, signing in; {@code worthAnotherAttempt} what the retry policy weighs.
   */
  private record Failed(CrashPlanException failure, boolean signIn, boolean worthAnotherAttempt) {

    static Failed of(RuntimeException thrown, Call<?> call) {
      return thrown instanceof SignInFailed notSent
          ? new Failed(notSent.failure.asFailureOf(call.label()), true, false)
          : new Failed(((CrashPlanException) thrown).asFailureOf(call.label()), false, false);
    }

    Failed weighed(boolean worth) {
      return new Failed(failure, signIn, worth);
    }

    // A failure to sign in is retried as a read is, whatever the request would have done.
    boolean retryable(Effect effect) {
      return Calls.retryable(signIn ? Effect.READ : effect, failure);
    }

    boolean outcomeUnknown() {
      return !signIn && unknownOutcome(failure);
    }

    // Why a call retries, from a small fixed set: a tag, never a message.
    String reason() {
      if (signIn) {
        return "sign-in";
      }
      if (failure instanceof TransportFailureException) {
        return "transport";
      }
      int status = failure.httpStatus().orElse(0);
      return status == 429 ? "429" : status == 408 ? "408" : status >= 500 ? "5xx" : "other";
    }
  }

  /** What a look throws when what it read cannot decide the outcome, saying why. */
  static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undecided(String why) {
      super(why, null, false, false);
    }
  }

  // Signs in, sends, and after a 401 signs in afresh and sends once more.
  private <T> T attempt(Function<BearerToken, T> request) {
    BearerToken token = signedIn();
    try {
      return request.apply(token);
    } catch (UnauthorizedException rejected) {
      session.drop(token);
      return request.apply(signedIn());
    }
  }

  // A failure before the request itself was sent is marked as such: it is retried as a read is.
  private BearerToken signedIn() {
    try {
      return session.token();
    } catch (CrashPlanException failed) {
      throw new SignInFailed(failed);
    }
  }

  /** Signing in failed, so the request was not sent. */
  private static final class SignInFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient CrashPlanException failure;

    SignInFailed(CrashPlanException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }

  static boolean retryable(Effect effect, CrashPlanException failure) {
    if (failure instanceof UnauthorizedException) {
      return false;
    }
    if (failure instanceof TooManyRequestsException) {
      return true;
    }
    if (failure instanceof TransportFailureException transport) {
      return !transport.requestSent() || effect != Effect.STATE_CHANGE;
    }
    return effect != Effect.STATE_CHANGE && TRANSIENT.contains(failure.httpStatus().orElse(0));
  }

  // A state change that may have reached the console and may have taken effect.
  static boolean ambiguous(Effect effect, CrashPlanException failure) {
    return effect == Effect.STATE_CHANGE && unknownOutcome(failure);
  }

  // Sent, and no word of what became of it: the answer was lost, or the console (or a proxy
  // before it) failed in a way that may come after the work was done.
  static boolean unknownOutcome(CrashPlanException failure) {
    if (failure instanceof TransportFailureException transport) {
      return transport.requestSent();
    }
    return TRANSIENT.contains(failure.httpStatus().orElse(0));
  }

  private Duration delayAfter(CrashPlanException failure, int attempts) {
    if (failure instanceof TooManyRequestsException tooMany) {
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

  private Optional<Duration> waitBeyondCap(CrashPlanException failure) {
    if (failure instanceof TooManyRequestsException tooMany) {
      return tooMany.retryAfter(clock.instant()).filter(wait -> wait.compareTo(retries.retryAfterCap()) > 0);
    }
    return Optional.empty();
  }

  private CrashPlanException finalFailure(Call<?> call, Failed failed) {
    CrashPlanException failure = failed.failure();
    Optional<Duration> tooLong = waitBeyondCap(failure);
    if (tooLong.isPresent()) {
      return TooManyRequestsException.waitBeyondCap(call.label(), tooLong.get(), retries.retryAfterCap(), failure);
    }
    if (!failed.signIn() && ambiguous(call.effect(), failure)) {
      return new OutcomeUnknownException(call.label(), failure);
    }
    return failure;
  }

  private void awaitRateLimit(Call<?> call, Instant giveUpAt) {
    if (rateLimiter.isEmpty()) {
      return;
    }
    Duration left = Duration.between(clock.instant(), giveUpAt);
    try {
      if (!rateLimiter.get().tryAcquirePermit(left.isNegative() ? Duration.ZERO : left)) {
        throw TooManyRequestsException.rateLimitFull(call.label());
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw TooManyRequestsException.rateLimitInterrupted(call.label());
    }
  }

  private void pause(Duration wait, CrashPlanException failure) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }
}
