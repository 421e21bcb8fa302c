package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;

/**
 * The complete example of {@code docs/research.md}: the snippets there are quoted from this class,
 * and its output, written to {@code target/research-example.txt}, is the output shown there.
 */
class ResearchGuideTest {

  /** The rules of the example that are registered (all of them once the built-in rules exist). */
  // tag::rules[]
  static List<RankingRule> rules(String... names) {
    RankingRules registry = RankingRules.standard();
    return Stream.of(names).flatMap(n -> registry.find(n).stream()).toList();
  }

  // end::rules[]

  static void example(PrintStream out, Path polisFolder) {
    // tag::simulate[]
    RankingRule support = RankingRules.standard().find("support").orElseThrow();
    SimulationConfig config =
        SimulationConfig.builder()
            .seed(2026)
            .voters(2000)
            .items(40)
            .positionBias(1.0) // the item at position p is examined with probability 1/(1+p)
            .herding(1.0) // a visible majority sways opinions
            .display(support) // voters see the list ordered by support count
            .build();
    SimulationResult simulation = Simulation.run(config);
    // end::simulate[]

    // tag::compare[]
    List<RankingRule> rules = rules("support", "net", "wilson", "bayesian", "hot", "shuffle");
    Comparison comparison = Comparison.of(simulation, rules, 10);
    out.print(comparison.table());
    // end::compare[]

    // tag::display[]
    for (RankingRule display : rules("support", "recent", "shuffle")) {
      SimulationResult run = Simulation.run(config.toBuilder().display(display).build());
      double tau = Comparison.of(run, List.of(support), 10).tauBToTruth("support").orElseThrow();
      out.printf(Locale.ROOT, "shown by %-8s support vs truth: τ-b %.3f%n", display.name(), tau);
    }
    // end::display[]

    // tag::grades[]
    List<RankingRule> judgments =
        rules("majority-judgment", "typical-judgment", "usual-judgment", "central-judgment");
    SimulationConfig grading =
        config.toBuilder()
            .voteMode(VoteMode.MAJORITY_JUDGMENT) // grades 0 (worst) to 5
            .display(judgments.get(0)) // the list ordered by majority judgment
            .build();
    Comparison graded = Comparison.of(Simulation.run(grading), judgments, 10);
    for (String rule : graded.rules()) {
      double tau = graded.tauBToTruth(rule).orElseThrow();
      out.printf(Locale.ROOT, "%-17s vs truth: τ-b %.3f%n", rule, tau);
    }
    // end::grades[]

    // tag::stability[]
    StabilityReport stability = Stability.bootstrap(simulation.dataset(), support, 200, 7);
    out.print(stability.table(5));
    // end::stability[]

    // tag::replay[]
    Dataset polis = PolisExport.read(polisFolder); // comments.csv and votes.csv
    Ranking ranking = polis.rank(support);
    for (RankingEntry entry : ranking.entries().subList(0, 5)) {
      DatasetItem comment = polis.item(polis.idOf(entry.contribution())).orElseThrow();
      out.printf(
          Locale.ROOT,
          "%d. #%s %s, %d against: %.60s%n",
          entry.rank(),
          comment.id(),
          entry.explanation(),
          polis.tallies().get(comment.id()).oppositions(),
          comment.text());
    }
    out.print(Comparison.of(polis, rules("support", "net", "wilson", "controversy"), 5).table());
    out.print(Stability.bootstrap(polis, support, 200, 7).table(5));
    // end::replay[]
  }

  /** The tallies file of the example. */
  static final String TALLIES =
      """
      id,for,against,neutral,kind,attendees,theme
      P-1,120,30,10,individual,,transport
      P-2,95,5,20,institutional,,transport
      A-1,40,2,1,collective,35,housing
      P-3,8,0,0,individual,,housing
      """;

  static void totals(PrintStream out, Path file) {
    // tag::totals[]
    Dataset totals = TalliesCsv.read(file); // id,for,against,neutral[,kind,attendees,theme…]
    for (RankingRule rule : rules("support", "net", "wilson")) {
      out.printf("%-8s %s%n", rule.name(), totals.ids(totals.rank(rule)));
    }
    // end::totals[]
  }

  static Path polisFolder() {
    try {
      return Path.of(ResearchGuideTest.class.getResource("/polis/15-per-hour-seattle").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String run(Path tallies) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example(out, polisFolder());
      totals(out, tallies);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theExampleRunsAndPrintsTheSameOutputEachTime(@TempDir Path dir) throws IOException {
    Path tallies = Files.writeString(dir.resolve("tallies.csv"), TALLIES);
    String first = run(tallies);

    assertThat(run(tallies)).isEqualTo(first);
    assertThat(first).contains("Kendall τ-b", "top-10 overlap", "mean τ-b", "1. #");
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("research-example.txt"), first, StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSnippetsOfTheGuideAreQuotedFromThisClass() throws IOException {
    Path guide = Path.of("..", "docs", "research.md");
    Path source =
        Path.of("src/test/java/org/openconsultation/core/research/ResearchGuideTest.java");
    Assumptions.assumeTrue(Files.exists(guide) && Files.exists(source), "run from the module");
    String doc = Files.readString(guide, StandardCharsets.UTF_8);
    Matcher tags =
        Pattern.compile("// tag::(\\w+)\\[]\n(.*?)\n\\s*// end::\\1\\[]", Pattern.DOTALL)
            .matcher(Files.readString(source, StandardCharsets.UTF_8));
    int snippets = 0;
    while (tags.find()) {
      assertThat(doc).as("snippet %s", tags.group(1)).contains(dedent(tags.group(2)));
      snippets++;
    }
    assertThat(snippets).isEqualTo(8);
    assertThat(doc).contains(TALLIES.strip());
  }

  private static String dedent(String block) {
    List<String> lines = block.stripTrailing().lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theSupportRuleRecoversTheTruthBetterThanTheShuffleRule() {
    List<RankingRule> rules = new ArrayList<>(rules("support", "shuffle"));
    SimulationResult simulation =
        Simulation.run(SimulationConfig.builder().seed(2026).voters(500).items(20).build());
    Comparison comparison = Comparison.of(simulation, rules, 5);

    assertThat(comparison.tauBToTruth("support").orElseThrow()).isGreaterThan(0.3);
    if (rules.size() == 2) {
      assertThat(comparison.tauBToTruth("shuffle").orElseThrow())
          .isLessThan(comparison.tauBToTruth("support").orElseThrow());
    }
  }
}
