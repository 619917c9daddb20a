package dev.crashplan4j.testkit;

/**
 * An error answer of the fake console: the status and the body the real console gives for the
 * same mistake. The HTTP server writes it out; the in-memory transport turns it into the SDK's
 * typed exception.
 */
final class ConsoleRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String body;

  ConsoleRefusal(int status, String body) {
    super(status + " " + body, null, false, false);
    this.status = status;
    this.body = body;
  }

  /** The refusal as the console writes it. */
  ConsoleAnswer answer() {
    return ConsoleAnswer.of(status, body);
  }

  /** A 400/404/500 with the console's {@code [{"name": ..., "description": ...}]} body. */
  static ConsoleRefusal of(int status, String name, String description) {
    return new ConsoleRefusal(
        status,
        "[{\"name\":\"" + name + "\",\"description\":\"" + description.replace("\"", "'") + "\"}]");
  }

  static ConsoleRefusal unauthorized() {
    return of(401, "UNAUTHORIZED", "Authentication required or token expired");
  }

  static ConsoleRefusal badRequest(String description) {
    return of(400, "BAD_REQUEST", description);
  }

  static ConsoleRefusal orgNotFound(String key) {
    return of(404, "ORG_NOT_FOUND", "No organization found for " + key);
  }
}
