package dev.crashplan4j.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong on purpose at the fake console, injected with
 * {@link FakeCrashPlanServer#inject(String, int, Fault)} or
 * {@link FakeCrashPlanServer#failNext(int, Fault)}.
 *
 * <pre>{@code
 * server.failNext(2, Fault.status(503, "maintenance"));          // fail twice, then answer
 * server.inject("POST /api/v3/orgs", 1, Fault.tooManyRequests(Duration.ofSeconds(2)));
 * server.inject("*", Integer.MAX_VALUE, Fault.delay(Duration.ofMillis(5))); // latency on all
 * server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect())); // applied, answer lost
 * }</pre>
 */
public sealed interface Fault {

  /** Answers {@code status} with {@code body} instead of serving the request. */
  static Fault status(int status, String body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status, was " + status);
    }
    return new Status(status, Objects.requireNonNull(body, "body"));
  }

  /** Answers 429 with {@code Retry-After} in whole seconds, as the console's rate limiter does. */
  static Fault tooManyRequests(Duration retryAfter) {
    return new TooManyRequests(Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /** Waits {@code latency} before serving the request as usual. */
  static Fault delay(Duration latency) {
    return new Delay(Objects.requireNonNull(latency, "latency"));
  }

  /** Closes the connection without answering: the client sees the stream end. */
  static Fault disconnect() {
    return new Disconnect();
  }

  /** Serves the request, but sends only the first half of the answer's body, then hangs up. */
  static Fault truncatedBody() {
    return new TruncatedBody();
  }

  /** Answers 200 with a body that is not JSON. */
  static Fault malformedBody() {
    return new MalformedBody();
  }

  /** Answers 401 and forgets the token the request carried, as when a token expires. */
  static Fault expiredToken() {
    return new ExpiredToken();
  }

  /**
   * Serves the request first, so that the console applies it, then answers with {@code lost}
   * instead of the console's answer: the change took, and the client cannot know.
   * {@code lost} is a status, a dropped connection, a truncated or a malformed body.
   *
   * <pre>{@code
   * server.inject("POST /api/v3/orgs", 1, Fault.afterApplying(Fault.disconnect()));   // created, answer lost
   * server.inject("POST /api/v3/orgs/{orgGuid}/block", 1, Fault.afterApplying(Fault.status(504, "")));
   * }</pre>
   */
  static Fault afterApplying(Fault lost) {
    Objects.requireNonNull(lost, "lost");
    if (!(lost instanceof Status || lost instanceof Disconnect || lost instanceof TruncatedBody
        || lost instanceof MalformedBody)) {
      throw new IllegalArgumentException(
          "after applying, the answer can be lost as a status, a dropped connection, a truncated or a malformed body;"
              + " not " + lost);
    }
    return new AfterApplying(lost);
  }

  /** A scripted error answer. */
  record Status(int status, String body) implements Fault {}

  /** A 429 with a {@code Retry-After}. */
  record TooManyRequests(Duration retryAfter) implements Fault {}

  /** Latency before a normal answer. */
  record Delay(Duration latency) implements Fault {}

  /** A dropped connection. */
  record Disconnect() implements Fault {}

  /** A normal answer cut in half. */
  record TruncatedBody() implements Fault {}

  /** A 200 whose body is not JSON. */
  record MalformedBody() implements Fault {}

  /** A 401 for a token that just expired. */
  record ExpiredToken() implements Fault {}

  /** The request applied, then its answer lost as {@code lost} says. */
  record AfterApplying(Fault lost) implements Fault {}
}
