package org.openconsultation.examples.lab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.research.Comparison;
import org.openconsultation.core.research.DatasetItem;
import org.openconsultation.core.research.Simulation;
import org.openconsultation.core.research.SimulationConfig;
import org.openconsultation.core.research.SimulationResult;
import org.openconsultation.examples.lab.BarChart.Bar;
import org.openconsultation.examples.lab.QualityScatter.Panel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: simulates consultations whose items have a known latent quality and measures
 * how well each rule recovers it (τ-b and top-k overlap with the truth), over one or more runs.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Measure how well rules recover the truth of simulated consultations.",
    description = {
      "Simulates a consultation whose items have a known latent quality (voters arrive over"
          + " time, see the list ordered by --display, examine it with position bias and are"
          + " swayed by herding; the model is in docs/research.md) and measures how well each"
          + " rule recovers the truth: Kendall's tau-b between its ranks and the qualities, and"
          + " the overlap of its top k with the k best items.",
      "Run r (from 0) uses seed S + r; the same options always print and write the same. Writes,"
          + " in the --out folder: metrics.csv (per rule, mean and standard deviation over the"
          + " runs), runs.csv (per run and rule), tau-b-vs-truth.svg (a bar chart) and"
          + " quality-vs-rank.svg (latent quality against rank under each rule, first run)."
    })
final class SimulateCommand implements Callable<Integer> {

  @Mixin ModelOptions model;

  @Option(
      names = "--rules",
      paramLabel = "RULE",
      splitSynopsisLabel = ",",
      split = ",",
      converter = Rules.Converter.class,
      completionCandidates = Rules.Names.class,
      defaultValue = "support,net,wilson,bayesian,shuffle",
      description =
          "The rules to measure, comma-separated, among: ${COMPLETION-CANDIDATES}."
              + " Default: ${DEFAULT-VALUE}.")
  List<RankingRule> rules = new ArrayList<>();

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed of the first run. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--runs",
      paramLabel = "R",
      defaultValue = "1",
      description =
          "How many simulations to run (seeds S, S+1, ...); the metrics are averaged over them."
              + " Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "10",
      description = "The k of the top-k overlap with the truth. Default: ${DEFAULT-VALUE}.")
  int k;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "The folder to write the files to (created if needed). Default: the current folder.")
  Path out;

  @Mixin ProgressOption progress;

  @Mixin Verbose verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SimulationConfig config = model.config(seed, spec.commandLine());
    check(runs >= 1, "--runs must be at least 1");
    check(k >= 1, "--k must be at least 1");
    check(!rules.isEmpty(), "--rules needs at least one rule");
    Map<String, Metrics> metrics = new LinkedHashMap<>();
    CsvTable perRun = new CsvTable("run", "seed", "rule", "tau_b", "top_k_overlap", "k");
    @Nullable SimulationResult first = null;
    @Nullable Comparison firstComparison = null; // of the first run, for the scatter plot
    try (Progress bar = progress.start("simulate", runs, spec.commandLine().getErr())) {
      for (int run = 0; run < runs; run++) {
        SimulationResult result = Simulation.run(config.toBuilder().seed(seed + run).build());
        Comparison comparison = Comparison.of(result, rules, k);
        for (String rule : comparison.rules()) {
          double tau = comparison.tauBToTruth(rule).orElse(Double.NaN);
          double top = comparison.topKToTruth(rule).orElse(Double.NaN);
          metrics.computeIfAbsent(rule, r -> new Metrics(runs)).add(run, tau, top);
          perRun.row(run, seed + run, rule, CsvTable.number(tau), CsvTable.number(top), k);
        }
        if (first == null) {
          first = result;
          firstComparison = comparison;
        }
        bar.step();
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(model.describe(seed, runs));
    stdout.println();
    stdout.print(table(metrics));
    List<Path> written = new ArrayList<>();
    written.add(write("metrics.csv", metricsCsv(metrics)));
    written.add(write("runs.csv", perRun.text()));
    written.add(write("tau-b-vs-truth.svg", bars(metrics)));
    written.add(
        write(
            "quality-vs-rank.svg",
            scatter(Objects.requireNonNull(first), Objects.requireNonNull(firstComparison))));
    stdout.println();
    written.forEach(p -> stdout.println("wrote " + p));
    stdout.flush();
    return 0;
  }

  private void check(boolean condition, String message) {
    if (!condition) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  private String table(Map<String, Metrics> metrics) {
    int width = Math.max(4, metrics.keySet().stream().mapToInt(String::length).max().orElse(4));
    String row = "%-" + width + "s  %-15s  %s";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, row, "rule", "τ-b vs truth", "top-" + k + " vs truth"));
    out.append('\n');
    metrics.forEach(
        (rule, m) ->
            out.append(String.format(Locale.ROOT, row, rule, m.tauB().text(), m.topK().text()))
                .append('\n'));
    return out.toString();
  }

  private String metricsCsv(Map<String, Metrics> metrics) {
    CsvTable table =
        new CsvTable(
            "rule",
            "runs",
            "tau_b_mean",
            "tau_b_sd",
            "top_k_overlap_mean",
            "top_k_overlap_sd",
            "k");
    metrics.forEach(
        (rule, m) ->
            table.row(
                rule,
                runs,
                CsvTable.number(m.tauB().mean()),
                CsvTable.number(m.tauB().sd()),
                CsvTable.number(m.topK().mean()),
                CsvTable.number(m.topK().sd()),
                k));
    return table.text();
  }

  private String bars(Map<String, Metrics> metrics) {
    List<Bar> bars = new ArrayList<>();
    metrics.forEach((rule, m) -> bars.add(new Bar(rule, m.tauB().mean(), m.tauB().sd())));
    String title =
        String.format(
            Locale.ROOT,
            "Kendall τ-b with the latent quality, %d voters × %d items, %d %s",
            model.population,
            model.items,
            runs,
            runs == 1 ? "run" : "runs (mean ± sd)");
    return BarChart.render(title, "Kendall τ-b with the latent quality", bars);
  }

  private String scatter(SimulationResult result, Comparison comparison) {
    Map<String, Double> quality = new LinkedHashMap<>();
    List<DatasetItem> all = result.dataset().items();
    for (int i = 0; i < all.size(); i++) {
      quality.put(all.get(i).id(), result.quality().get(i));
    }
    List<Panel> panels = new ArrayList<>();
    for (String rule : comparison.rules()) {
      double tau = comparison.tauBToTruth(rule).orElse(Double.NaN);
      panels.add(new Panel(rule, comparison.order(rule), tau));
    }
    String title =
        String.format(
            Locale.ROOT,
            "Latent quality by rank under each rule (seed %d, %d voters × %d items)",
            seed,
            model.population,
            model.items);
    return QualityScatter.render(title, panels, quality);
  }

  private Path write(String name, String text) {
    Path file = out.resolve(name);
    Outputs.write(file, text);
    return file;
  }
}
