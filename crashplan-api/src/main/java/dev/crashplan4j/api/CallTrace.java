package dev.crashplan4j.api;

import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.event.AttemptEnd;
import dev.crashplan4j.core.event.CallEnd;
import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.event.RetryScheduled;
import java.time.Duration;

/**
 * What the listeners hear of one call, in order: each attempt's end, each retry, then the
 * call's end. With no listener the trace is {@link #SILENT}, which builds nothing, so the
 * call path pays for no event and the retry logic never asks whether anyone listens.
 */
class CallTrace {

  /** The trace of a call no listener hears. */
  static final CallTrace SILENT = new CallTrace();

  /** Starts the trace of {@code call}: listeners hear it start now. */
  static CallTrace of(Listeners listeners, Call<?> call) {
    if (!listeners.any()) {
      return SILENT;
    }
    CallStart start = call.start();
    return new Heard(listeners.callStarted(start), start);
  }

  void attemptStarted() {}

  void attemptAnswered() {}

  void attemptFailed(CrashPlanException failure) {}

  void retrying(String reason, Duration wait) {}

  void succeeded() {}

  void failed(CrashPlanException failure) {}

  /** The trace of a call some listener hears; used by the one thread that runs the call. */
  private static final class Heard extends CallTrace {
    private final CallObserver observer;
    private final CallStart call;
    private final long callStarted = System.nanoTime();
    private long attemptStarted;
    private int attempts;

    Heard(CallObserver observer, CallStart call) {
      this.observer = observer;
      this.call = call;
    }

    @Override
    void attemptStarted() {
      attempts++;
      attemptStarted = System.nanoTime();
    }

    @Override
    void attemptAnswered() {
      observer.attemptEnded(AttemptEnd.answered(call, attempts, since(attemptStarted)));
    }

    @Override
    void attemptFailed(CrashPlanException failure) {
      observer.attemptEnded(AttemptEnd.failed(call, attempts, failure, since(attemptStarted)));
    }

    @Override
    void retrying(String reason, Duration wait) {
      observer.retrying(new RetryScheduled(call, reason, wait));
    }

    @Override
    void succeeded() {
      observer.ended(CallEnd.succeeded(call, since(callStarted), attempts));
    }

    @Override
    void failed(CrashPlanException failure) {
      observer.ended(CallEnd.failed(call, failure, since(callStarted), attempts));
    }

    private static Duration since(long startedNanos) {
      return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
  }
}
