package org.openconsultation.bench.load;

import java.util.Arrays;

/**
 * The latencies of one side of a phase, in nanoseconds, and its wall time: throughput and
 * percentiles by sorting the recorded values (nearest rank).
 */
final class Latencies {

  private long[] values = new long[1024];
  private int count;
  private long wallNanos;

  /** Records one operation's latency. */
  synchronized void add(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
  }

  /** Adds the wall time of one run. */
  synchronized void addWall(long nanos) {
    wallNanos += nanos;
  }

  synchronized int count() {
    return count;
  }

  /** Operations per second over the runs' wall time. */
  synchronized double throughput() {
    return wallNanos == 0 ? 0 : count * 1e9 / wallNanos;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100), in microseconds. */
  synchronized double percentileMicros(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1000.0;
  }
}
