package dev.crashplan4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time the calling thread spent in an iteration and how many calls it made, reported
 * by JMH beside the wall time: their quotient is the client's CPU per call. The fake console
 * answers on its own threads, so only the client's work is counted, on either side.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CallCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Nanoseconds of CPU the calling thread used in the iteration. */
  public long cpuNanos;

  /** Calls made in the iteration. */
  public long calls;

  private long startedAt;

  /** Starts counting; JMH runs it on the benchmark's own thread. */
  @Setup(Level.Iteration)
  public void begin() {
    calls = 0;
    cpuNanos = 0;
    startedAt = THREADS.getCurrentThreadCpuTime();
  }

  /** Stops counting. */
  @TearDown(Level.Iteration)
  public void end() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - startedAt;
  }
}
