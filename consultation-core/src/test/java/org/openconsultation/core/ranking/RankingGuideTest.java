package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationSettings;

/**
 * {@code docs/ranking.md} documents every built-in rule and quotes its Java snippets word for word
 * from compiled tests.
 */
class RankingGuideTest {

  private static final Path GUIDE = Path.of("..", "docs", "ranking.md");
  private static final Path TESTS = Path.of("src/test/java/org/openconsultation/core/ranking");

  /** Evan Miller's four items: 600/400, 5,500/4,500, 2/0 and 100/1. */
  private static final List<RankingItem> ITEMS =
      List.of(
          Items.votes(1, 600, 400),
          Items.votes(2, 5500, 4500),
          Items.votes(3, 2, 0),
          Items.votes(4, 100, 1));

  @Test
  void theInMemoryExampleRuns() {
    List<RankingItem> items = ITEMS;

    // memory:begin
    RankingRule wilson = RankingRules.standard().find("wilson").orElseThrow();
    RankingContext context =
        new RankingContext(Instant.parse("2026-04-01T00:00:00Z"), ConsultationSettings.defaults());
    List<RankingEntry> entries = wilson.rank(items, context);
    // entries.get(0): rank 1, C-4, "100 supports, 1 opposition: Wilson lower bound 0.95"
    // memory:end

    assertThat(entries.get(0).reference().toString()).isEqualTo("C-4");
    assertThat(entries.get(0).explanation())
        .isEqualTo("100 supports, 1 opposition: Wilson lower bound 0.95");
  }

  @Test
  void everyBuiltInRuleHasItsSection() throws IOException {
    String guide = Files.readString(GUIDE);
    for (RankingRule rule : RankingRules.standard().all()) {
      assertThat(guide)
          .as(rule.name())
          .contains("### `" + rule.name() + "` (version " + rule.version() + ")");
    }
  }

  @Test
  void theGuideQuotesTheSnippetsVerbatim() throws IOException {
    String guide = Files.readString(GUIDE);
    assertThat(guide).contains(java(snippet("RankingGuideTest.java", "memory")));
    assertThat(guide).contains(java(snippet("RankingsEngineTest.java", "engine")));
  }

  private static String java(String code) {
    return "```java\n" + code + "\n```";
  }

  private static String snippet(String file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(TESTS.resolve(file));
    int begin = lines.indexOf(indented(lines, "// " + marker + ":begin"));
    int end = lines.indexOf(indented(lines, "// " + marker + ":end"));
    assertThat(begin).as(marker).isNotNegative();
    assertThat(end).as(marker).isGreaterThan(begin);
    List<String> body = lines.subList(begin + 1, end);
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

  private static String indented(List<String> lines, String marker) {
    return lines.stream().filter(l -> l.strip().equals(marker)).findFirst().orElse(marker);
  }
}
