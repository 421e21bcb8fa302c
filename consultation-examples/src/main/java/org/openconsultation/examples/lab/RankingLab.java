package org.openconsultation.examples.lab;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The ranking lab's command line: {@code rank}, {@code compare} and {@code simulate}. Run it with
 * {@code java -jar consultation-examples/target/ranking-lab.jar --help}.
 *
 * <p>Exit codes: 0 on success, 2 on bad input (a missing file, a bad header, an unknown rule, an
 * invalid option), 1 on an unexpected error. Either way the error is one line on standard error,
 * {@code ranking-lab: <message>}; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "ranking-lab",
    mixinStandardHelpOptions = true,
    versionProvider = RankingLab.Version.class,
    description = {
      "Ranks consultation data by the built-in rules of OpenConsultation, compares the rules on"
          + " the same votes, and measures how well they recover the truth of a simulation.",
      "Input is a pol.is open-data export (--polis DIR) or a CSV of per-item totals"
          + " (--tallies FILE); see docs/research.md."
    },
    subcommands = {
      RankCommand.class,
      CompareCommand.class,
      SimulateCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:unexpected error (--verbose shows the stack trace)",
      "2:bad input: a missing file, a bad header, an unknown rule or an invalid option"
    })
public final class RankingLab implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Public for picocli and tests; {@link #commandLine()} is how to run it. */
  public RankingLab() {}

  /** Runs the lab and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * A command line for the lab, with its error handling: bad input gives exit code 2 and one line
   * on standard error, {@code ranking-lab: <message>}.
   */
  public static CommandLine commandLine() {
    Failures failures = new Failures();
    return new CommandLine(new RankingLab())
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures)
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Without a command: asks for one. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: rank, compare or simulate");
  }

  /** The version from the jar's manifest, or "development build" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version =
          Optional.ofNullable(RankingLab.class.getPackage().getImplementationVersion())
              .orElse("development build");
      return new String[] {"ranking-lab " + version + " (OpenConsultation)"};
    }
  }
}
