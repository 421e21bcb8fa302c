package org.openconsultation.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one side of a phase, as written in the results file; heap peaks. */
final class Report {

  private Report() {}

  /** Operations, throughput (per second) and p50/p95/p99 latencies (µs) of one side. */
  static Map<String, Object> side(Latencies latencies) {
    Map<String, Object> side = new LinkedHashMap<>();
    side.put("operations", latencies.count());
    side.put("throughputPerSecond", latencies.throughput());
    side.put("p50Micros", latencies.percentileMicros(50));
    side.put("p95Micros", latencies.percentileMicros(95));
    side.put("p99Micros", latencies.percentileMicros(99));
    return side;
  }

  /** Collects garbage and resets the heap pools' peaks. */
  static void resetHeapPeak() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset, in bytes. */
  static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
