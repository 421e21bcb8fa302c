package org.openconsultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link RankingBenchmark} for every rule of {@link RankingRules#standard()}, writes the
 * ratios to {@code bench-results/ranking-<date>.json} and prints them as a Markdown table:
 *
 * <pre>{@code
 * ./mvnw -q -pl consultation-bench -am -DskipTests package exec:java                    # ~5 min
 * ./mvnw -q -pl consultation-bench -am -DskipTests package exec:java -Dexec.args=--quick # ~30 s
 * }</pre>
 *
 * <p>A quick run writes to {@code consultation-bench/target/bench-results/} instead. Options:
 * {@code --quick}, {@code --items=N}, {@code --forks=N}, {@code --out=DIR}.
 */
public final class RankingBench {

  private RankingBench() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException, RunnerException {
    BenchSettings settings =
        BenchSettings.parse(
            List.of(args),
            Path.of(System.getProperty("oc.bench.results", "bench-results")),
            Path.of(System.getProperty("oc.bench.scratch", "target/bench-results")));
    ForkClassPath.expose(RankingBench.class.getClassLoader());
    RankingReport report = run(settings, VerboseMode.NORMAL);
    Path file = report.write();
    System.out.println();
    System.out.print(report.markdown());
    System.out.printf(
        "%nWritten to %s in %d s.%n", file.toAbsolutePath(), report.took().toSeconds());
  }

  /** Measures every registered rule and both baselines; returns the report, not yet written. */
  static RankingReport run(BenchSettings settings, VerboseMode verbosity) throws RunnerException {
    String[] rules =
        RankingRules.standard().all().stream().map(RankingRule::name).toArray(String[]::new);
    OptionsBuilder builder = new OptionsBuilder();
    if (settings.forks() > 0) { // else JMH runs in this JVM, whose options are already set
      builder.jvmArgs(settings.jvmArgs().toArray(String[]::new));
    }
    Options options =
        builder
            .include("^" + Pattern.quote(RankingBenchmark.class.getName()) + "\\.")
            .param("items", String.valueOf(settings.items()))
            .param("rule", rules)
            .forks(settings.forks())
            .warmupIterations(settings.warmupIterations())
            .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
            .measurementIterations(settings.iterations())
            .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
            .shouldFailOnError(true)
            .verbosity(verbosity)
            .build();
    Instant started = Instant.now();
    double loadBefore = loadAverage();
    Collection<RunResult> results = new Runner(options).run();
    RankingReport.Load load = new RankingReport.Load(loadBefore, loadAverage());
    return RankingReport.of(settings, Machine.current(), load, results, started, Instant.now());
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
