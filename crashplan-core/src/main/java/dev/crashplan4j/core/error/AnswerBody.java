package dev.crashplan4j.core.error;

/**
 * The body of the console's answer to a failed request, as an exception keeps it: a value of
 * its own, so that it cannot be passed where the operation or an explanation is meant.
 * <pre>{@code
 * throw CrashPlanException.forStatus("GET /api/v3/orgs", 503, AnswerBody.of(text), retryAfter);
 * }</pre>
 */
public final class AnswerBody {

  private static final AnswerBody NONE = new AnswerBody("");

  private final String text;

  private AnswerBody(String text) {
    this.text = text;
  }

  /** The body {@code text} as the console sent it; null reads as no body. */
  public static AnswerBody of(String text) {
    return text == null || text.isEmpty() ? NONE : new AnswerBody(text);
  }

  /** No body: the console sent none, or no answer was read. */
  public static AnswerBody none() {
    return NONE;
  }

  /** The body as given ({@code ""} for none); the exception keeps only its start. */
  public String text() {
    return text;
  }

  /** The body as given. */
  @Override
  public String toString() {
    return text;
  }
}
