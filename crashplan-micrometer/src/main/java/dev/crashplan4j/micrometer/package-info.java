/**
 * Micrometer for crashplan4j: {@link dev.crashplan4j.micrometer.CrashPlanObservations} turns a
 * client's calls into observations (timers, and spans with micrometer-tracing) and its retries
 * and sign-ins into counters, tagged with low-cardinality values only.
 */
package dev.crashplan4j.micrometer;
