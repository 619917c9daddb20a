package dev.crashplan4j.transport.feign.internal;

/**
 * The answer of an endpoint that returns nothing of use (204, or a JSON acknowledgement).
 * Feign skips the decoder for {@code void} methods; this type makes it look at the body, so
 * that an HTML error page with a 200 is not taken for success.
 */
final class NoContent {

  static final NoContent INSTANCE = new NoContent();

  private NoContent() {}
}
