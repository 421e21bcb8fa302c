package org.openconsultation.examples.lab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openconsultation.core.ranking.CollectiveWeighting;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.WeightedRule;
import org.openconsultation.core.research.Comparison;
import org.openconsultation.core.research.Dataset;
import org.openconsultation.core.research.RankInterval;
import org.openconsultation.core.research.Stability;
import org.openconsultation.core.research.StabilityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: ranks the input by several rules and compares them pairwise (Kendall's τ-b,
 * top-k overlap), draws the rank shifts of the first rule's top k, and optionally bootstraps each
 * rule's stability.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Compare rules on the same votes: tau-b, top-k overlap, rank shifts.",
    description = {
      "Ranks a pol.is conversation or a tallies file by several rules and compares every pair:"
          + " Kendall's tau-b of their orders and the overlap of their top k.",
      "Prints both matrices and writes, in the --out folder: comparison.csv (rule_a, rule_b,"
          + " tau_b, top_k_overlap, k), rank-shifts.svg (a bump chart of the first rule's top k"
          + " under each rule) and, with --bootstrap, stability.csv (rule, id, rank, low, high:"
          + " the 95%% interval of each item's rank when voters are resampled)."
    })
final class CompareCommand implements Callable<Integer> {

  @Mixin DatasetInput input;

  @Option(
      names = "--rules",
      paramLabel = "RULE",
      splitSynopsisLabel = ",",
      required = true,
      split = ",",
      converter = Rules.Converter.class,
      completionCandidates = Rules.Names.class,
      description =
          "Two or more rules, comma-separated; the first one's top k is drawn. Rules:"
              + " ${COMPLETION-CANDIDATES}.")
  List<RankingRule> rules = new ArrayList<>();

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "How many first items the top-k overlap and the chart look at."
              + " Default: ${DEFAULT-VALUE}.")
  int k;

  @Option(
      names = "--collective",
      paramLabel = "WEIGHT",
      converter = Rules.Collective.class,
      defaultValue = "none",
      description =
          "How the ballots of collective (workshop) contributions count under every rule: none,"
              + " attendees or a factor such as 2.5. Default: ${DEFAULT-VALUE}.")
  CollectiveWeighting collective = CollectiveWeighting.none();

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Also resample the voters N times per rule (bootstrap) and report how stable each"
              + " ranking is: the mean tau-b to the full ranking and each item's 95%% rank"
              + " interval. Default: ${DEFAULT-VALUE} (no bootstrap).")
  int bootstrap;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "The seed of the bootstrap: the same seed gives the same intervals."
              + " Default: ${DEFAULT-VALUE}.")
  long seed;

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
    if (rules.size() < 2) {
      throw new ParameterException(spec.commandLine(), "--rules needs at least two rules");
    }
    if (k < 1) {
      throw new ParameterException(spec.commandLine(), "--k must be at least 1, got " + k);
    }
    if (bootstrap < 0) {
      throw new ParameterException(spec.commandLine(), "--bootstrap must be 0 or more");
    }
    List<RankingRule> weighted = rules.stream().map(r -> WeightedRule.of(r, collective)).toList();
    Dataset dataset = input.read();
    Comparison comparison = Comparison.of(dataset, weighted, k);
    PrintWriter stdout = spec.commandLine().getOut();
    int voters = dataset.voters().size();
    stdout.printf(
        Locale.ROOT,
        "%s of the %s, %s%n%n",
        Words.count(dataset.items().size(), "item"),
        input.describe(),
        voters > 0 ? Words.count(voters, "voter") : "totals only");
    stdout.print(comparison.table());
    CsvTable matrix = new CsvTable("rule_a", "rule_b", "tau_b", "top_k_overlap", "k");
    for (String a : comparison.rules()) {
      for (String b : comparison.rules()) {
        matrix.row(
            a,
            b,
            CsvTable.number(comparison.tauB(a, b)),
            CsvTable.number(comparison.topK(a, b)),
            k);
      }
    }
    List<Path> written = new ArrayList<>();
    written.add(write(out.resolve("comparison.csv"), matrix.text()));
    written.add(
        write(out.resolve("rank-shifts.svg"), BumpChart.render(comparison, input.describe())));
    if (bootstrap > 0) {
      written.add(write(out.resolve("stability.csv"), stability(dataset, weighted, stdout)));
    }
    stdout.println();
    written.forEach(p -> stdout.println("wrote " + p));
    stdout.flush();
    return 0;
  }

  private String stability(Dataset dataset, List<RankingRule> weighted, PrintWriter stdout) {
    CsvTable table = new CsvTable("rule", "id", "rank", "low", "high");
    List<StabilityReport> reports = new ArrayList<>();
    try (Progress bar = progress.start("bootstrap", weighted.size(), spec.commandLine().getErr())) {
      for (RankingRule rule : weighted) {
        reports.add(Stability.bootstrap(dataset, rule, bootstrap, seed));
        bar.step();
      }
    }
    for (StabilityReport report : reports) {
      stdout.println();
      stdout.print(report.table(Math.min(k, 5)));
      for (RankInterval interval : report.intervals()) {
        table.row(report.rule(), interval.id(), interval.rank(), interval.low(), interval.high());
      }
    }
    return table.text();
  }

  private static Path write(Path file, String text) {
    Outputs.write(file, text);
    return file;
  }
}
