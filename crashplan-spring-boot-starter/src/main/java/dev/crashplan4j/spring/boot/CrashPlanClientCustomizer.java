package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.CrashPlanClient;

/**
 * Adjusts the auto-configured client's builder for what the properties do not cover (a trust
 * store, a rate limit, a transport of one's own...): declare beans of this type; they run after
 * the properties are applied, in their order.
 */
@FunctionalInterface
public interface CrashPlanClientCustomizer {

  /** Adjusts {@code builder} before the client is built. */
  void customize(CrashPlanClient.Builder builder);
}
