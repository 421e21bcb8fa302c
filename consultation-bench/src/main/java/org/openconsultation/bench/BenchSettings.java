package org.openconsultation.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How long and how hard {@link RankingBench} measures, and where it writes.
 *
 * @param mode {@code full}, {@code quick} or a name for a custom run
 * @param items how many contributions each rule ranks
 * @param forks how many fresh JVMs run each benchmark (0: in this JVM, for tests only)
 * @param warmupIterations iterations discarded per fork
 * @param warmupMillis length of a warm-up iteration
 * @param iterations measured iterations per fork
 * @param iterationMillis length of a measured iteration
 * @param jvmArgs the forked JVMs' options
 * @param output the directory the JSON file goes to
 */
record BenchSettings(
    String mode,
    int items,
    int forks,
    int warmupIterations,
    long warmupMillis,
    int iterations,
    long iterationMillis,
    List<String> jvmArgs,
    Path output) {

  /** The size: 100,000 contributions. */
  static final int ITEMS = 100_000;

  /** A fixed heap, so that every fork collects garbage alike. */
  static final List<String> JVM_ARGS = List.of("-Xms2g", "-Xmx2g");

  BenchSettings {
    jvmArgs = List.copyOf(jvmArgs);
    if (items < 1 || forks < 0 || warmupIterations < 0 || iterations < 1) {
      throw new IllegalArgumentException("bad bench settings");
    }
  }

  /** The recorded run: 2 forks × (2 warm-up + 5 measured iterations of 1 s) per benchmark. */
  static BenchSettings full(Path output) {
    return new BenchSettings("full", ITEMS, 2, 2, 1000, 5, 1000, JVM_ARGS, output);
  }

  /**
   * A smoke run of about 30 s: 10,000 items, 1 fork × (1 warm-up + 2 measured iterations of 0.3 s);
   * its ratios only show that the harness works.
   */
  static BenchSettings quick(Path output) {
    return new BenchSettings("quick", ITEMS / 10, 1, 1, 300, 2, 300, JVM_ARGS, output);
  }

  /**
   * The settings for command-line arguments: {@code --quick}, {@code --items=N}, {@code --forks=N},
   * {@code --out=DIR}. A full run writes to {@code results}, a quick one to {@code scratch}, unless
   * {@code --out} says otherwise.
   */
  static BenchSettings parse(List<String> args, Path results, Path scratch) {
    BenchSettings s = args.contains("--quick") ? quick(scratch) : full(results);
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      if (arg.startsWith("--items=")) {
        s = s.with("custom", Integer.parseInt(value), s.forks(), s.output());
      } else if (arg.startsWith("--forks=")) {
        s = s.with("custom", s.items(), Integer.parseInt(value), s.output());
      } else if (arg.startsWith("--out=")) {
        s = s.with(s.mode(), s.items(), s.forks(), Path.of(value));
      } else if (!arg.equals("--quick")) {
        throw new IllegalArgumentException(
            "unknown argument " + arg + "; expected --quick, --items=N, --forks=N or --out=DIR");
      }
    }
    return s;
  }

  /** These settings with another mode name, size, number of forks and output directory. */
  BenchSettings with(String mode, int items, int forks, Path output) {
    return new BenchSettings(
        mode,
        items,
        forks,
        warmupIterations,
        warmupMillis,
        iterations,
        iterationMillis,
        jvmArgs,
        output);
  }

  /** These settings with other iteration counts and lengths. */
  BenchSettings withIterations(
      int warmupIterations, long warmupMillis, int iterations, long iterationMillis) {
    return new BenchSettings(
        mode,
        items,
        forks,
        warmupIterations,
        warmupMillis,
        iterations,
        iterationMillis,
        jvmArgs,
        output);
  }
}
