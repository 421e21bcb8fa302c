package org.openconsultation.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeCommandsTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void readmeStartsWithTheDemoAndTestCommands() throws IOException {
    List<String> lines = Files.readAllLines(README);
    String head = String.join("\n", lines.subList(0, Math.min(8, lines.size())));

    assertThat(head)
        .contains("./mvnw -q -pl consultation-examples -am -DskipTests package exec:java")
        .contains("./mvnw -B verify");
  }
}
