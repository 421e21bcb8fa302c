package org.openconsultation.examples.lab;

import java.util.Locale;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.research.SimulationConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code simulate} that describe the population and its behaviour, turned into a
 * {@link SimulationConfig}; the other parameters keep the defaults of {@link
 * SimulationConfig#builder()}.
 */
final class ModelOptions {

  @Option(
      names = "--population",
      paramLabel = "N",
      defaultValue = "500",
      description = "How many voters arrive. Default: ${DEFAULT-VALUE}.")
  int population;

  @Option(
      names = "--items",
      paramLabel = "M",
      defaultValue = "40",
      description = "How many items are submitted. Default: ${DEFAULT-VALUE}.")
  int items;

  @Option(
      names = "--display",
      paramLabel = "NAME",
      converter = Rules.Converter.class,
      completionCandidates = Rules.Names.class,
      defaultValue = "support",
      description =
          "The rule that orders the list each arriving voter is shown. Default:"
              + " ${DEFAULT-VALUE}.")
  RankingRule display = Rules.named("support");

  @Option(
      names = "--vote-mode",
      paramLabel = "MODE",
      converter = Rules.Mode.class,
      completionCandidates = Rules.ModeNames.class,
      defaultValue = "for-against",
      description =
          "How voters vote: ${COMPLETION-CANDIDATES}. The *-judgment rules read grades"
              + " (majority-judgment); the others read supports and oppositions."
              + " Default: ${DEFAULT-VALUE}.")
  VoteMode voteMode = VoteMode.FOR_AGAINST;

  @Option(
      names = "--position-bias",
      paramLabel = "B",
      defaultValue = "1",
      description =
          "The item shown at position p (from 0) is examined with probability 1/(1+p)^B;"
              + " 0: every item is examined. Default: ${DEFAULT-VALUE}.")
  double positionBias;

  @Option(
      names = "--herding",
      paramLabel = "H",
      defaultValue = "0.5",
      description =
          "How much the visible share of favourable ballots sways a voter (0: not at all)."
              + " Default: ${DEFAULT-VALUE}.")
  double herding;

  @Option(
      names = "--noise",
      paramLabel = "SD",
      defaultValue = "1",
      description =
          "The standard deviation of each voter's own taste for each item. Default:"
              + " ${DEFAULT-VALUE}.")
  double noise;

  /**
   * The configuration with these options and {@code seed}; a value the model refuses is a usage
   * error of {@code command} naming the option.
   */
  SimulationConfig config(long seed, CommandLine command) {
    SimulationConfig.Builder builder = SimulationConfig.builder();
    option(command, "--population", () -> builder.voters(population));
    option(command, "--items", () -> builder.items(items));
    option(command, "--position-bias", () -> builder.positionBias(positionBias));
    option(command, "--herding", () -> builder.herding(herding));
    option(command, "--noise", () -> builder.noise(noise));
    return builder.seed(seed).voteMode(voteMode).display(display).build();
  }

  /** Runs a setter of the configuration; its refusal becomes a usage error naming the option. */
  private static void option(CommandLine command, String name, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          command, "invalid value for option '" + name + "': " + e.getMessage());
    }
  }

  /** One line on the simulations: how many, the model's parameters. */
  String describe(long seed, int runs) {
    return String.format(
        Locale.ROOT,
        "%d %s of %s and %s (seed %d%s), list shown by %s, %s ballots,"
            + " position bias %s, herding %s, noise %s",
        runs,
        runs == 1 ? "simulation" : "simulations",
        Words.count(population, "voter"),
        Words.count(items, "item"),
        seed,
        runs == 1 ? "" : " to " + (seed + runs - 1),
        display.name(),
        Rules.Mode.name(voteMode),
        CsvTable.number(positionBias),
        CsvTable.number(herding),
        CsvTable.number(noise));
  }
}
