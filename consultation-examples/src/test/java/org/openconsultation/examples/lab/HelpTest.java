package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpTest {

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"rank", "compare", "simulate"})
  void helpExplainsEveryOption(String command) {
    LabRun run = LabRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    CommandLine sub = RankingLab.commandLine().getSubcommands().get(command);
    assertThat(sub.getCommandSpec().options()).hasSizeGreaterThan(3);
    for (OptionSpec option : sub.getCommandSpec().options()) {
      assertThat(run.out()).as(command).contains(option.longestName());
      assertThat(String.join(" ", option.description()))
          .as(command + " " + option.longestName())
          .isNotBlank();
    }
  }

  @Test
  void rulesAreListedByName() {
    assertThat(LabRun.of("rank", "--help").out().replaceAll("\\s+", " "))
        .contains(
            "bayesian, central-judgment, controversy, hot, majority-judgment, most-commented,");
  }

  @Test
  void percentSignsAreFormatted() {
    String help = LabRun.of("compare", "--help").out().replaceAll("\\s+", " ");

    assertThat(help).contains("the 95% interval of each item's rank").doesNotContain("%%");
  }

  @Test
  void topLevelHelpListsTheCommandsAndExitCodes() {
    LabRun run = LabRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rank", "compare", "simulate", "Exit codes:", "bad input");
    assertThat(LabRun.of("help", "simulate").out()).contains("--population");
  }

  @Test
  void versionNamesTheLab() {
    LabRun run = LabRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("ranking-lab ");
    assertThat(Stream.of(run.err())).containsExactly("");
  }
}
