package org.openconsultation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The ratios of one run of {@link RankingBenchmark}: each rule's time against the two baselines
 * measured in the same run, as JSON (the results file) and as a Markdown table.
 *
 * @param settings how the run measured
 * @param machine where
 * @param load the machine's one-minute load average when the run started and when it finished
 * @param vm the forked JVM and JMH, as JMH reports them
 * @param started when the run started
 * @param took how long it took, JVM forks included
 * @param bareSort {@code Arrays.sort} on a copy of the precomputed doubles
 * @param boxedSort a copy of the items sorted by a precomputed double key with a comparator
 * @param rules each rule's time and ratios, by name
 */
record RankingReport(
    BenchSettings settings,
    Machine machine,
    Load load,
    Map<String, String> vm,
    Instant started,
    Duration took,
    Measured bareSort,
    Measured boxedSort,
    List<RuleResult> rules) {

  /** The one-minute load averages before and after the run; other work skews the figures. */
  record Load(double before, double after) {}

  /** One benchmark's average time per operation, in milliseconds. */
  record Measured(Figure time, long samples) {}

  /**
   * One rule's results.
   *
   * @param rule its name
   * @param version its version
   * @param measured its time
   * @param ratio bare-sort time ÷ rule time: 1 means as fast as the bare sort, higher is better
   * @param ratioToBoxed boxed-sort time ÷ rule time
   */
  record RuleResult(
      String rule, int version, Measured measured, Figure ratio, Figure ratioToBoxed) {}

  /** The report of JMH's results; every rule of the standard registry must have been measured. */
  static RankingReport of(
      BenchSettings settings,
      Machine machine,
      Load load,
      Collection<RunResult> results,
      Instant started,
      Instant finished) {
    Measured bare = null;
    Measured boxed = null;
    Map<String, Measured> byRule = new TreeMap<>();
    BenchmarkParams params = null;
    for (RunResult run : results) {
      params = run.getParams();
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      Result<?> primary = run.getPrimaryResult();
      Measured m =
          new Measured(
              new Figure(primary.getScore(), primary.getScoreError()), primary.getSampleCount());
      switch (method) {
        case "sortDoubles" -> bare = m;
        case "sortKeyed" -> boxed = m;
        case "rank" -> byRule.put(params.getParam("rule"), m);
        default -> throw new IllegalStateException("unexpected benchmark " + method);
      }
    }
    if (bare == null || boxed == null || params == null) {
      throw new IllegalStateException("a baseline was not measured");
    }
    List<RuleResult> rules = new ArrayList<>();
    for (RankingRule rule : RankingRules.standard().all()) {
      Measured m = byRule.get(rule.name());
      if (m == null) {
        throw new IllegalStateException("rule " + rule.name() + " was not measured");
      }
      rules.add(
          new RuleResult(
              rule.name(),
              rule.version(),
              m,
              m.time().ratioOf(bare.time()),
              m.time().ratioOf(boxed.time())));
    }
    Map<String, String> vm =
        Map.of(
            "jdk", params.getJdkVersion(),
            "vm", params.getVmName() + " " + params.getVmVersion(),
            "jvm", params.getJvm(),
            "jvmArgs", String.join(" ", params.getJvmArgs()),
            "jmh", params.getJmhVersion());
    return new RankingReport(
        settings,
        machine,
        load,
        new TreeMap<>(vm),
        started,
        Duration.between(started, finished),
        bare,
        boxed,
        List.copyOf(rules));
  }

  /** The file this report goes to: {@code ranking-<date>.json}, the mode added unless full. */
  Path file() {
    LocalDate day = LocalDate.ofInstant(started, ZoneOffset.UTC);
    String suffix = settings.mode().equals("full") ? "" : "-" + settings.mode();
    return settings.output().resolve("ranking-" + day + suffix + ".json");
  }

  /** Writes the JSON file, creating its directory; returns its path. */
  Path write() throws IOException {
    Path file = file();
    Files.createDirectories(file.toAbsolutePath().getParent());
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(file, mapper.writeValueAsString(json(mapper)) + "\n");
    return file;
  }

  private ObjectNode json(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("benchmark", "ranking");
    root.put(
        "ratio",
        "baseline time / rule time: 1.0 = as fast as the baseline, higher is better; "
            + "errors are 99.9% confidence half-widths, combined in quadrature for ratios");
    root.put("started", started.toString());
    root.put("durationSeconds", took.toSeconds());
    ObjectNode m = root.putObject("machine");
    m.put("cores", machine.cores());
    m.put("memoryBytes", machine.memoryBytes());
    m.put("cpu", machine.cpu());
    m.put("os", machine.os());
    vm.forEach(m::put);
    m.put("loadAverageBefore", load.before());
    m.put("loadAverageAfter", load.after());
    ObjectNode s = root.putObject("settings");
    s.put("mode", settings.mode());
    s.put("items", settings.items());
    s.put("seed", RankingBenchmark.SEED);
    s.put("gradeCount", Contributions.GRADES);
    s.put("benchmarkMode", "average time");
    s.put("unit", "ms/op");
    s.put("forks", settings.forks());
    s.put("warmupIterations", settings.warmupIterations());
    s.put("warmupMillis", settings.warmupMillis());
    s.put("iterations", settings.iterations());
    s.put("iterationMillis", settings.iterationMillis());
    ObjectNode baselines = root.putObject("baselines");
    measured(baselines.putObject("bareSort"), bareSort)
        .put("what", "Arrays.sort on a copy of " + settings.items() + " precomputed doubles");
    measured(baselines.putObject("boxedSort"), boxedSort)
        .put("what", "a copy of " + settings.items() + " items sorted by a precomputed double key");
    ObjectNode byRule = root.putObject("rules");
    for (RuleResult r : rules) {
      ObjectNode node = measured(byRule.putObject(r.rule()), r.measured());
      node.put("version", r.version());
      figure(node.putObject("ratio"), r.ratio());
      figure(node.putObject("ratioToBoxedSort"), r.ratioToBoxed());
    }
    return root;
  }

  private static ObjectNode measured(ObjectNode node, Measured m) {
    figure(node.putObject("msPerOp"), m.time());
    node.put("samples", m.samples());
    return node;
  }

  private static void figure(ObjectNode node, Figure f) {
    node.put("value", f.value());
    if (Double.isNaN(f.error())) {
      node.putNull("error");
    } else {
      node.put("error", f.error());
    }
  }

  /** The table of times and ratios, with the baselines first. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                java.util.Locale.ROOT,
                "Ranking %,d contributions (%s: %d fork(s) × %d × %d ms after %d × %d ms"
                    + " warm-up, load average %.1f then %.1f on %d cores); errors are 99.9%%"
                    + " confidence half-widths.%n%n",
                settings.items(),
                settings.mode(),
                settings.forks(),
                settings.iterations(),
                settings.iterationMillis(),
                settings.warmupIterations(),
                settings.warmupMillis(),
                load.before(),
                load.after(),
                machine.cores()))
        .append("| Rule | ms/op | Ratio to bare sort | Ratio to boxed sort |\n")
        .append("|---|---:|---:|---:|\n")
        .append("| *bare sort* (`Arrays.sort`, `double[]`) | ")
        .append(bareSort.time().format("%.2f"))
        .append(" | 1 | |\n")
        .append("| *boxed sort* (comparator on a double key) | ")
        .append(boxedSort.time().format("%.2f"))
        .append(" | | 1 |\n");
    for (RuleResult r : rules) {
      out.append("| `")
          .append(r.rule())
          .append("` | ")
          .append(r.measured().time().format("%.2f"))
          .append(" | ")
          .append(r.ratio().format("%.3f"))
          .append(" | ")
          .append(r.ratioToBoxed().format("%.3f"))
          .append(" |\n");
    }
    return out.toString();
  }
}
