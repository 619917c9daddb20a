package dev.crashplan4j.core.error;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every failure the SDK reports: the console refused or failed a request, the
 * request never got an answer, or the answer could not be read. Catch a subclass to handle one
 * kind of failure. The message names the operation and the org it was about; it never holds a
 * password, secret or token.
 */
public class CrashPlanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How much of a response body a message shows: enough to see the server's reason. */
  static final int BODY_EXCERPT_LENGTH = 300;

  private final String operation;
  private final int httpStatus;
  private final String responseBody;
  private final String detail;

  /**
   * Creates a failure of {@code operation} (for example {@code "block org 42"}), with the
   * HTTP status the console answered ({@code 0} when there was none), the body it sent
   * ({@link AnswerBody#none()} when none; the failure keeps its start) and what is known beyond
   * the status ({@code ""} when nothing).
   */
  public CrashPlanException(
      String operation, int httpStatus, AnswerBody responseBody, String detail, Throwable cause) {
    super(null, cause);
    this.operation = operation;
    this.httpStatus = httpStatus;
    this.responseBody = excerpt(responseBody.text());
    this.detail = detail == null ? "" : detail;
  }

  /**
   * Returns the typed exception for an HTTP error status: 400 {@link BadRequestException},
   * 401 {@link UnauthorizedException}, 403 {@link ForbiddenException}, 404
   * {@link NotFoundException}, 409 {@link ConflictException}, 429
   * {@link TooManyRequestsException}, 5xx {@link ServerErrorException}, any other the base
   * type. Transports call it so that every transport reports failures alike.
   */
  public static CrashPlanException forStatus(String operation, int status, AnswerBody responseBody) {
    return forStatus(operation, status, responseBody, null);
  }

  /**
   * Returns the typed exception for an HTTP error status as {@link #forStatus(String, int,
   * AnswerBody)} does; a 429 keeps the wait its {@code Retry-After} header ({@code retryAfterHeader},
   * null when absent) asks for.
   */
  public static CrashPlanException forStatus(
      String operation, int status, AnswerBody responseBody, String retryAfterHeader) {
    return switch (status) {
      case 400 -> new BadRequestException(operation, responseBody);
      case 401 -> new UnauthorizedException(operation, responseBody, "");
      case 403 -> new ForbiddenException(operation, responseBody);
      case 404 -> new NotFoundException(operation, responseBody);
      case 409 -> new ConflictException(operation, responseBody);
      case 429 -> TooManyRequestsException.withHeader(operation, responseBody, retryAfterHeader, Instant.now());
      default -> status >= 500
          ? new ServerErrorException(operation, status, responseBody)
          : new CrashPlanException(operation, status, responseBody, "", null);
    };
  }

  /** The operation that failed, with the org it was about, as the message names it. */
  public String operation() {
    return operation;
  }

  /**
   * Returns this failure as a failure of {@code operation}, the call it belongs to (for example
   * {@code "block org 42"}): of the same type, with the same status, body, detail, cause and
   * stack trace; this failure is left as it is. A transport names only the request it sent; the
   * client names the call, so that every failure of one call reads the same way. Each subclass
   * returns its own type.
   */
  public CrashPlanException asFailureOf(String operation) {
    return new CrashPlanException(operation, this);
  }

  /**
   * Creates {@code failure} again as a failure of {@code operation}: what {@link #asFailureOf}
   * returns. Subclasses copy their own fields in a constructor of this shape.
   */
  // setStackTrace is overridable, but a subclass copies its own fields only after this returns:
  // nothing it overrides can see it half made.
  @SuppressWarnings("this-escape")
  protected CrashPlanException(String operation, CrashPlanException failure) {
    super(null, failure.getCause());
    this.operation = Objects.requireNonNull(operation, "operation");
    this.httpStatus = failure.httpStatus;
    this.responseBody = failure.responseBody;
    this.detail = failure.detail;
    setStackTrace(failure.getStackTrace());
    for (Throwable suppressed : failure.getSuppressed()) {
      addSuppressed(suppressed);
    }
  }

  // What is known beyond the status and the body; an exception made from this one that keeps
  // the status and the body says it once more without repeating them.
  String detail() {
    return detail;
  }

  /**
   * Why the operation failed, without naming it: the status, what is known beyond it, and the
   * start of the body, such as {@code "HTTP 403: not yours"}.
   */
  public String reason() {
    StringBuilder reason = new StringBuilder();
    if (httpStatus != 0) {
      reason.append("HTTP ").append(httpStatus);
    }
    for (String part : new String[] {detail, responseBody}) {
      if (!part.isEmpty()) {
        reason.append(reason.length() == 0 ? "" : ": ").append(part);
      }
    }
    return reason.toString();
  }

  /** Reads as {@code <operation> failed: <reason>}. */
  @Override
  public String getMessage() {
    String reason = reason();
    return operation + " failed" + (reason.isEmpty() ? "" : ": " + reason);
  }

  /** The HTTP status the console answered; empty when no answer was read. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** The start of the response body (at most 300 characters); empty when there was none. */
  public Optional<String> responseBody() {
    return responseBody.isEmpty() ? Optional.empty() : Optional.of(responseBody);
  }

  static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= BODY_EXCERPT_LENGTH
        ? flat
        : flat.substring(0, BODY_EXCERPT_LENGTH) + "...";
  }
}
