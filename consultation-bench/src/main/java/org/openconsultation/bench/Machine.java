package org.openconsultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine a run measured on, for the results file.
 *
 * @param cores the processors available to the JVM
 * @param memoryBytes the machine's physical memory
 * @param cpu the processor's model name, where the system says it ({@code /proc/cpuinfo})
 * @param os the operating system, its version and architecture
 */
public record Machine(int cores, long memoryBytes, String cpu, String os) {

  /** This machine. */
  public static Machine current() {
    long memory =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize()
            : -1;
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memory,
        cpuModel().orElse("unknown"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
  }

  private static Optional<String> cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(info)) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
