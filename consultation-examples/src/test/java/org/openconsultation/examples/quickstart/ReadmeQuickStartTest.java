package org.openconsultation.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src/main/java/org/openconsultation/examples/quickstart/QuickStart.java");

  @Test
  void readmeQuotesTheCompiledQuickStartWordForWord() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int begin = lines.indexOf("    // quick-start:begin");
    int end = lines.indexOf("    // quick-start:end");
    assertThat(begin).as("begin marker").isNotNegative();
    assertThat(end).as("end marker").isGreaterThan(begin);
    String snippet =
        lines.subList(begin + 1, end).stream()
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n", "```java\n", "\n```"));

    assertThat(Files.readString(README)).contains(snippet);
  }

  @Test
  void readmeStartsWithTheDemoAndTestCommands() throws IOException {
    List<String> lines = Files.readAllLines(README);
    String head = String.join("\n", lines.subList(0, Math.min(8, lines.size())));

    assertThat(head)
        .contains("./mvnw -q -pl consultation-examples -am -DskipTests package exec:java")
        .contains("./mvnw -B verify");
  }
}
