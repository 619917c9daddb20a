/**
 * JMH benchmarks of the SDK against the fake console on loopback, each paired with the same
 * exchanges written by hand; {@link dev.crashplan4j.benchmarks.RunBenchmarks} runs them all and
 * writes the report, {@link dev.crashplan4j.benchmarks.RunPairedBenchmark} measures the SDK and
 * by hand interleaved round by round, the figures the README leads with.
 */
package dev.crashplan4j.benchmarks;
