package dev.crashplan4j.micrometer;

import dev.crashplan4j.api.CallObserver;
import dev.crashplan4j.api.CrashPlanListener;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.event.AttemptEnd;
import dev.crashplan4j.core.event.CallEnd;
import dev.crashplan4j.core.event.CallStart;
import dev.crashplan4j.core.event.RetryScheduled;
import dev.crashplan4j.core.event.SignIn;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link CrashPlanListener} that makes each call of a client a Micrometer {@link Observation}
 * named {@value #CALL} (a timer with a meter handler; a span with micrometer-tracing and its
 * OpenTelemetry bridge) and counts retries ({@value #RETRIES}) and sign-ins ({@value #SIGN_INS}).
 * Tags are low-cardinality only: the operation, the outcome, the status class, the error type,
 * the retry reason, and with {@link #forClient(String)} the client's name; never an org id, an
 * org name or a secret.
 *
 * <pre>{@code
 * CrashPlanClient client = CrashPlanClient.builder()...
 *     .listener(CrashPlanObservations.listener(observationRegistry, meterRegistry))
 *     .build();
 * }</pre>
 */
public final class CrashPlanObservations implements CrashPlanListener {

  /** The observation of one call, and so the timer's name. */
  public static final String CALL = "crashplan.client.call";
  /** The counter of retries. */
  public static final String RETRIES = "crashplan.client.retries";
  /** The counter of sign-ins and token renewals. */
  public static final String SIGN_INS = "crashplan.client.sign.ins";

  /** The tag that tells the meters of several clients apart, from {@link #forClient(String)}. */
  public static final String CLIENT_TAG = "client";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final Optional<String> client;

  private CrashPlanObservations(ObservationRegistry observations, MeterRegistry meters, Optional<String> client) {
    this.observations = Objects.requireNonNull(observations, "observations");
    this.meters = Objects.requireNonNull(meters, "meters");
    this.client = client;
  }

  /** A listener that records calls in {@code observations} and counts in {@code meters}. */
  public static CrashPlanObservations listener(ObservationRegistry observations, MeterRegistry meters) {
    return new CrashPlanObservations(observations, meters, Optional.empty());
  }

  /**
   * The same listener for one of several clients (one per tenant): every observation and counter
   * also carries {@value #CLIENT_TAG}{@code =name}, so each client has meters of its own. Give
   * every client of a registry a name: a registry such as Prometheus's wants one set of tag keys
   * per meter name.
   *
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public CrashPlanObservations forClient(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the client's name for the " + CLIENT_TAG + " tag must not be blank");
    }
    return new CrashPlanObservations(observations, meters, Optional.of(name.strip()));
  }

  // Through the builder: MeterRegistry.counter(String, Tags) is not in Micrometer 1.15, on which
  // a Boot 3.5 application runs (its example application failed to start on it).
  private void count(String name, Tags tags) {
    Counter.builder(name).tags(tags).register(meters).increment();
  }

  private Tags clientTag() {
    return client.map(name -> Tags.of(CLIENT_TAG, name)).orElse(Tags.empty());
  }

  /** Starts the call's observation; the observer returned stops it when the call ends. */
  @Override
  public CallObserver callStarted(CallStart call) {
    Observation observation = Observation.createNotStarted(CALL, observations)
        .contextualName("crashplan " + call.operation())
        .lowCardinalityKeyValue("operation", call.operation());
    client.ifPresent(name -> observation.lowCardinalityKeyValue(CLIENT_TAG, name));
    observation.start();
    return new CallObserver() {
      @Override
      public void attemptEnded(AttemptEnd attempt) {
        observation.event(Observation.Event.of("crashplan.attempt." + (attempt.failure().isEmpty() ? "answered" : "failed")));
      }

      @Override
      public void retrying(RetryScheduled retry) {
        count(RETRIES, clientTag().and("operation", call.operation(), "reason", retry.reason()));
      }

      @Override
      public void ended(CallEnd end) {
        observation.lowCardinalityKeyValue("outcome", end.succeeded() ? "success" : "failure");
        observation.lowCardinalityKeyValue("status.class", statusClass(end));
        observation.lowCardinalityKeyValue("error", end.failure().map(failure -> failure.getClass().getSimpleName())
            .orElse("none"));
        end.failure().ifPresent(observation::error);
        observation.stop();
      }
    };
  }

  /** Counts the sign-in by its reason and outcome. */
  @Override
  public void signedIn(SignIn signIn) {
    count(SIGN_INS, clientTag().and("reason", signIn.reason().name().toLowerCase(java.util.Locale.ROOT),
        "outcome", signIn.succeeded() ? "success" : "failure"));
  }

  // 2xx for a success; the failure's class of status; "none" when no answer came.
  private static String statusClass(CallEnd end) {
    if (end.succeeded()) {
      return "2xx";
    }
    CrashPlanException failure = end.failure().orElseThrow();
    return failure.httpStatus().isPresent() ? failure.httpStatus().getAsInt() / 100 + "xx" : "none";
  }
}
