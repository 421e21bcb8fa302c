package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class FailuresTest {

  private final StringWriter err = new StringWriter();

  private int handle(Exception failure, String... args) {
    CommandLine lab = RankingLab.commandLine();
    lab.setErr(new PrintWriter(err, true));
    ParseResult parsed = lab.parseArgs(args);
    CommandLine rank = lab.getSubcommands().get("rank");
    return new Failures().handleExecutionException(failure, rank, parsed);
  }

  @Test
  void anUnexpectedErrorIsExitCodeOneAndOneLine() {
    int code = handle(new IllegalStateException("boom"), "rank", "--tallies=x", "--rule=net");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "ranking-lab: unexpected error: java.lang.IllegalStateException: boom"
                + " (run again with --verbose for the stack trace)"
                + System.lineSeparator());
  }

  @Test
  void anUnexpectedErrorShowsItsTraceWithVerbose() {
    int code =
        handle(new IllegalStateException("boom"), "rank", "--tallies=x", "--rule=net", "--verbose");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("boom", "\tat org.openconsultation.examples.lab.");
  }

  @Test
  void inputErrorsAreOneLineEach() {
    assertThat(Failures.badInput(InvalidInputException.of("dataset.header", "a.csv:1:x", "bad")))
        .hasValue("a.csv:1:x: bad");
    assertThat(Failures.badInput(new NoSuchFileException("a.csv")))
        .hasValue("a.csv: no such file or folder");
    assertThat(Failures.badInput(new UncheckedIOException(new AccessDeniedException("out"))))
        .hasValue("out: permission denied");
    assertThat(Failures.badInput(new IllegalArgumentException("k must be at least 1")))
        .hasValue("k must be at least 1");
    assertThat(Failures.badInput(new IllegalStateException("bug"))).isEmpty();
  }
}
