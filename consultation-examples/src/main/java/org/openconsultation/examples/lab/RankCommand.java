package org.openconsultation.examples.lab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ranking.CollectiveWeighting;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.WeightedRule;
import org.openconsultation.core.research.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rank}: ranks every item of the input by one rule and writes {@code id,rank,score,
 * explanation} as CSV, one row per item in rank order, with the input's own ids.
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Rank a pol.is conversation or a tallies file by one rule, as CSV.",
    description = {
      "Ranks every item of a pol.is conversation or a tallies file by one rule and writes a CSV"
          + " file with the columns id, rank, score, explanation: one row per item, in rank"
          + " order; id is the input's own id (the pol.is comment-id, the tallies id).",
      "Ranks start at 1 and are all distinct: each rule breaks ties by a documented order, the"
          + " last being the input order. The rule ranks as of the last vote (see"
          + " docs/research.md)."
    })
final class RankCommand implements Callable<Integer> {

  private static final int PREVIEW = 5;

  @Mixin DatasetInput input;

  @Option(
      names = "--rule",
      paramLabel = "NAME",
      required = true,
      converter = Rules.Converter.class,
      completionCandidates = Rules.Names.class,
      description = "The ranking rule, one of: ${COMPLETION-CANDIDATES} (docs/ranking.md).")
  @Nullable RankingRule rule;

  @Option(
      names = "--collective",
      paramLabel = "WEIGHT",
      converter = Rules.Collective.class,
      defaultValue = "none",
      description =
          "How the ballots of collective (workshop) contributions count: none (as cast),"
              + " attendees (each attendee adds a support) or a factor such as 2.5."
              + " Default: ${DEFAULT-VALUE}.")
  CollectiveWeighting collective = CollectiveWeighting.none();

  @Option(
      names = "--out",
      paramLabel = "FILE.csv",
      description =
          "Where to write the CSV (its folder is created if needed). Without it, the CSV goes to"
              + " standard output.")
  @Nullable Path out;

  @Mixin Verbose verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RankingRule chosen = WeightedRule.of(Objects.requireNonNull(rule), collective);
    Dataset dataset = input.read();
    Ranking ranking = dataset.rank(chosen);
    CsvTable table = new CsvTable("id", "rank", "score", "explanation");
    for (RankingEntry entry : ranking.entries()) {
      table.row(
          dataset.idOf(entry.contribution()),
          entry.rank(),
          CsvTable.number(entry.score()),
          entry.explanation());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      stdout.print(table.text());
    } else {
      table.write(out);
      stdout.printf(
          Locale.ROOT,
          "%s v%d ranked %s of the %s; wrote %s%n",
          chosen.name(),
          chosen.version(),
          Words.count(table.size(), "item"),
          input.describe(),
          out);
      for (RankingEntry entry : ranking.entries().subList(0, Math.min(PREVIEW, table.size()))) {
        stdout.printf(
            Locale.ROOT,
            "%4d  %-8s %s%n",
            entry.rank(),
            dataset.idOf(entry.contribution()),
            entry.explanation());
      }
    }
    stdout.flush();
    return 0;
  }
}
