package dev.crashplan4j.api;

/** What a request does on the console, which decides when it is safe to send it again. */
enum Effect {
  /**
   * Reads (GET), and whole replacements (PUT), which sent twice leave the same result: safe to
   * repeat after any transient failure.
   */
  READ,
  /** Changes state (POST: create, block, deactivate...): sent again only when it surely never arrived. */
  STATE_CHANGE
}
