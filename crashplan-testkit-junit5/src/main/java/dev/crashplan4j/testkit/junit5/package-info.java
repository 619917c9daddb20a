/**
 * The JUnit 5 extension that gives each test the fake CrashPlan console and a ready
 * {@code CrashPlanClient} signed in to it: {@link dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension}.
 */
package dev.crashplan4j.testkit.junit5;
