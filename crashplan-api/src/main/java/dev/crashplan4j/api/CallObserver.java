package dev.crashplan4j.api;

import dev.crashplan4j.core.event.AttemptEnd;
import dev.crashplan4j.core.event.CallEnd;
import dev.crashplan4j.core.event.RetryScheduled;

/** Hears about one call, from its start to its end: what a {@link CrashPlanListener} returns. */
public interface CallObserver {

  /** The observer that hears nothing. */
  CallObserver NONE = new CallObserver() {};

  /** An attempt of the call ended, answered or failed. */
  default void attemptEnded(AttemptEnd attempt) {}

  /** The call will try again after a wait. */
  default void retrying(RetryScheduled retry) {}

  /** The call ended; nothing more is heard of it. */
  default void ended(CallEnd end) {}
}
