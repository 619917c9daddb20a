package dev.crashplan4j.api;

/** What a request does on the console, which decides when it is safe to send it again. */
enum Effect {
  /** Reads (GET): safe to repeat. */
  READ,
  /** Replaces a whole value (PUT): repeating it leaves the same result. */
  UPDATE,
  /** Changes state (POST: create, block, deactivate...): sent again only when it surely never arrived. */
  STATE_CHANGE
}
