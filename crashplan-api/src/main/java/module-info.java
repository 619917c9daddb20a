/**
 * {@code CrashPlanClient} and {@code OrgService}: the SDK's entry points. The transport is found
 * through {@code ServiceLoader}: on the module path, a module that {@code provides}
 * {@code dev.crashplan4j.core.port.CrashPlanTransportProvider}, such as
 * {@code dev.crashplan4j.transport.feign}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.crashplan4j.api {
  requires transitive dev.crashplan4j.core;
  requires org.slf4j;
  requires dev.failsafe.core;
  requires static org.immutables.value;

  exports dev.crashplan4j.api;

  uses dev.crashplan4j.core.port.CrashPlanTransportProvider;
}
