package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's commands in the README and in docs/research.md run, and the outputs that the guide
 * shows are what they print and write. Commands run in-process from the repository root's point of
 * view: input paths get a {@code ../} prefix and {@code --out} goes to a temporary folder.
 */
class LabDocsTest {

  private static final String JAR = "java -jar consultation-examples/target/ranking-lab.jar ";

  /** A {@code sh} block of one lab command, then the {@code text} block of its output. */
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "```sh\n(" + Pattern.quote(JAR) + "[^\n]*(?:\\\\\n[^\n]*)*)\n```\n\n```text\n(.*?)```",
          Pattern.DOTALL);

  @TempDir Path dir;

  private LabRun run(String command) {
    String[] words = command.substring(JAR.length()).replace("\\\n", " ").trim().split("\\s+");
    List<String> args = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      boolean path = i > 0 && List.of("--polis", "--tallies").contains(words[i - 1]);
      boolean out = i > 0 && words[i - 1].equals("--out");
      args.add(path ? "../" + words[i] : out ? dir.resolve(words[i]).toString() : words[i]);
    }
    return LabRun.of(args.toArray(String[]::new));
  }

  @Test
  void theReadmeCommandRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String build = "./mvnw -q -pl consultation-examples -am -DskipTests package && ";
    Matcher line = Pattern.compile(Pattern.quote(build + JAR) + "[^\n]*").matcher(readme);

    assertThat(line.find()).as("the lab's one-liner in the README").isTrue();
    LabRun run = run(line.group().substring(build.length()));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theGuideShowsWhatTheCommandsPrint() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "research.md"));
    String lab = guide.substring(guide.indexOf("\n## Ranking lab"));
    Matcher example = EXAMPLE.matcher(lab);
    int examples = 0;
    while (example.find()) {
      LabRun run = run(example.group(1));
      String printed = run.out().replace(dir.toString() + "/", "");

      assertThat(run.exitCode()).as(example.group(1)).isZero();
      assertThat(printed).as(example.group(1)).isEqualTo(example.group(2));
      examples++;
    }
    assertThat(examples).isEqualTo(3);
    Matcher csv = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL).matcher(lab);
    assertThat(csv.find()).isTrue();
    assertThat(Files.readString(dir.resolve("lab/wilson.csv"))).startsWith(csv.group(1));
  }
}
