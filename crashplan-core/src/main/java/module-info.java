/**
 * The SDK's domain: typed ids, immutable value types, the {@code CrashPlanException} hierarchy,
 * org settings and the transport port. Nothing at run time: Immutables works at compile time.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.crashplan4j.core {
  requires static org.immutables.value;

  exports dev.crashplan4j.core.domain;
  exports dev.crashplan4j.core.error;
  exports dev.crashplan4j.core.event;
  exports dev.crashplan4j.core.port;
  exports dev.crashplan4j.core.settings;
}
