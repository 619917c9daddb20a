/**
 * The fake CrashPlan console and what tests need around it: {@link
 * dev.crashplan4j.testkit.FakeCrashPlanServer} (real HTTP on loopback, faults, a journal),
 * the {@link dev.crashplan4j.testkit.FakeTenant} it serves, {@link
 * dev.crashplan4j.testkit.InMemoryTransport}, the published {@link
 * dev.crashplan4j.testkit.TransportContractTest}, {@link dev.crashplan4j.testkit.ManualClock}
 * and the JUnit 5 {@link dev.crashplan4j.testkit.FakeCrashPlanServerExtension}. Needs
 * crashplan-core alone of the SDK.
 */
package dev.crashplan4j.testkit;
