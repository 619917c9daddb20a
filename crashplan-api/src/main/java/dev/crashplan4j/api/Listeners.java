package dev.crashplan4j.api;

import dev.crashplan4j.core.event.AttemptEnd;
import dev.crashplan4j.core.event.CallEnd;
import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.event.RetryScheduled;
import dev.crashplan4j.core.event.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's listeners, heard one after another; a listener that throws is logged and the
 * others still hear. With none, {@link #callStarted} answers {@link CallObserver#NONE} and
 * builds nothing, so that the call path pays for no event.
 */
final class Listeners {

  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final List<CrashPlanListener> all;

  Listeners(List<CrashPlanListener> all) {
    this.all = List.copyOf(all);
  }

  boolean any() {
    return !all.isEmpty();
  }

  CallObserver callStarted(CallStart start) {
    if (all.isEmpty()) {
      return CallObserver.NONE;
    }
    List<CallObserver> observers = new ArrayList<>(all.size());
    for (CrashPlanListener listener : all) {
      try {
        observers.add(listener.callStarted(start));
      } catch (RuntimeException failed) {
        LOG.warn("a CrashPlan listener failed on the start of {}; it is ignored", start, failed);
      }
    }
    return new Guarded(observers);
  }

  void signedIn(SignIn signIn) {
    for (CrashPlanListener listener : all) {
      try {
        listener.signedIn(signIn);
      } catch (RuntimeException failed) {
        LOG.warn("a CrashPlan listener failed on a sign-in; it is ignored", failed);
      }
    }
  }

  /** The observers of one call, each heard even when another throws. */
  private static final class Guarded implements CallObserver {
    private final List<CallObserver> observers;

    Guarded(List<CallObserver> observers) {
      this.observers = observers;
    }

    @Override
    public void attemptEnded(AttemptEnd attempt) {
      each(observer -> observer.attemptEnded(attempt));
    }

    @Override
    public void retrying(RetryScheduled retry) {
      each(observer -> observer.retrying(retry));
    }

    @Override
    public void ended(CallEnd end) {
      each(observer -> observer.ended(end));
    }

    private void each(Consumer<CallObserver> event) {
      for (CallObserver observer : observers) {
        try {
          event.accept(observer);
        } catch (RuntimeException failed) {
          LOG.warn("a CrashPlan listener failed; it is ignored", failed);
        }
      }
    }
  }
}
