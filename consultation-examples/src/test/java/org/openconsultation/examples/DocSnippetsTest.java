package org.openconsultation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java snippets of the docs are quoted word for word from compiled example code. */
class DocSnippetsTest {

  private static final Path SOURCES = Path.of("src/main/java/org/openconsultation/examples");

  @ParameterizedTest(name = "{0} quotes {2} from {1}")
  @CsvSource({
    "../docs/getting-started.md, embedding/PortalWiring.java, wiring",
    "../docs/getting-started.md, embedding/PortalWiring.java, actor",
    "../docs/getting-started.md, embedding/PortalWiring.java, errors",
    "../docs/getting-started.md, quickstart/QuickStart.java, quick-start",
    "../README.md, quickstart/QuickStart.java, quick-start"
  })
  void docQuotesTheMarkedSnippetVerbatim(String doc, String source, String marker)
      throws IOException {
    String snippet = snippet(Files.readAllLines(SOURCES.resolve(source)), marker);

    assertThat(Files.readString(Path.of(doc))).contains("```java\n" + snippet + "\n```");
  }

  private static String snippet(List<String> lines, String marker) {
    int begin = indexOf(lines, "// " + marker + ":begin");
    int end = indexOf(lines, "// " + marker + ":end");
    assertThat(begin).as("begin marker of " + marker).isNotNegative();
    assertThat(end).as("end marker of " + marker).isGreaterThan(begin);
    List<String> body = lines.subList(begin + 1, end);
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body = body.subList(0, body.size() - 1);
    }
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return body.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    return -1;
  }
}
