/** {@code CrashPlanObservations}: the client's calls, retries and sign-ins as Micrometer observations and counters. */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.crashplan4j.micrometer {
  requires transitive dev.crashplan4j.api;
  requires transitive micrometer.observation;
  requires transitive micrometer.core;

  exports dev.crashplan4j.micrometer;
}
