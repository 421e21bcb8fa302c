package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives exit code 2 and one line on standard error, never a stack trace. */
class BadInputTest {

  @TempDir static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Files.writeString(dir.resolve("good.csv"), "id,for\nP-1,3\n");
    Files.writeString(dir.resolve("bad.csv"), "id,fore\nP-1,3\n");
  }

  /** The command's words, with GOOD, BAD, MISSING, POLIS and OUT replaced by paths. */
  private static String[] args(@Nullable String command) {
    if (command == null) {
      return new String[0];
    }
    return Stream.of(command.split(" "))
        .map(
            word ->
                switch (word) {
                  case "GOOD" -> dir.resolve("good.csv").toString();
                  case "BAD" -> dir.resolve("bad.csv").toString();
                  case "MISSING" -> dir.resolve("missing.csv").toString();
                  case "NOWHERE" -> dir.resolve("nowhere").toString();
                  case "POLIS" -> LabRun.POLIS.toString();
                  case "OUT" -> dir.resolve("out").toString();
                  default -> word;
                })
        .toArray(String[]::new);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing.csv: no such file | rank --tallies MISSING --rule support
          nowhere: no such folder | rank --polis NOWHERE --rule support
          good.csv: not a folder | rank --polis GOOD --rule support
          unknown column 'fore' | rank --tallies BAD --rule support
          unknown rule 'best'; the rules are bayesian, | rank --tallies GOOD --rule best
          mutually exclusive | rank --polis POLIS --tallies GOOD --rule support
          Missing required argument | rank --rule support
          Missing required option: '--rule=NAME' | rank --tallies GOOD
          Unknown option: '--rulez' | rank --tallies GOOD --rule support --rulez
          no item has theme 'parks' | rank --tallies GOOD --rule support --theme parks
          none, attendees or a positive factor | rank --tallies GOOD --rule net --collective -2
          unknown rule 'wilsen' | compare --tallies GOOD --rules support,wilsen --out OUT
          at least two rules | compare --tallies GOOD --rules support --out OUT
          the same rule twice: support | compare --tallies GOOD --rules support,support --out OUT
          --k must be at least 1 | compare --tallies GOOD --rules support,net --k 0 --out OUT
          Invalid value for option '--k' | compare --tallies GOOD --rules net,hot --k ten --out OUT
          '--population': voters must be at least 1 | simulate --population 0 --out OUT
          unknown vote mode 'ranked' | simulate --vote-mode ranked --out OUT
          '--herding': herding must be 0 or more | simulate --herding -1 --out OUT
          good.csv: already exists and is not a folder | simulate --items 2 --out GOOD
          missing command: rank, compare or simulate |
          Unmatched argument at index 0: 'sort' | sort
          """)
  void exitsWithTwoAndOneClearLine(String message, @Nullable String command) {
    LabRun run = LabRun.of(args(command));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().startsWith("ranking-lab: ");
    assertThat(run.err()).contains(message).doesNotContain("Exception", "at org.", "\tat ");
  }

  @Test
  void verboseAddsTheStackTrace() {
    LabRun run = LabRun.of("rank", "--tallies", "missing.csv", "--rule", "support", "--verbose");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue("ranking-lab: missing.csv: no such file");
    assertThat(run.err()).contains("InvalidInputException", "\tat org.openconsultation.");
  }
}
