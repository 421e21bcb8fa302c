package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.ranking.RankingRules;
import org.openconsultation.core.research.Comparison;
import org.openconsultation.core.research.Dataset;
import org.openconsultation.core.research.PolisExport;
import org.w3c.dom.Document;

class CompareCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheMatrixOfEveryPairAsTheResearchApiComputesIt() throws Exception {
    LabRun run =
        LabRun.of(
            "compare",
            "--polis",
            "" + LabRun.POLIS,
            "--rules",
            "support,net,wilson",
            "--k",
            "5",
            "--out",
            "" + dir);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Kendall τ-b", "top-5 overlap", "31 items", "337 voters");
    Dataset polis = PolisExport.read(LabRun.POLIS);
    RankingRules rules = RankingRules.standard();
    Comparison expected =
        Comparison.of(
            polis,
            List.of("support", "net", "wilson").stream()
                .map(n -> rules.find(n).orElseThrow())
                .toList(),
            5);
    assertThat(run.out()).contains(expected.table());
    List<Map<String, String>> matrix = LabRun.csv(dir.resolve("comparison.csv"));
    assertThat(matrix).hasSize(9);
    for (Map<String, String> cell : matrix) {
      String a = cell.get("rule_a");
      String b = cell.get("rule_b");
      assertThat(Double.parseDouble(cell.get("tau_b")))
          .isCloseTo(expected.tauB(a, b), within(1e-12));
      assertThat(Double.parseDouble(cell.get("top_k_overlap")))
          .isCloseTo(expected.topK(a, b), within(1e-12));
      assertThat(cell.get("k")).isEqualTo("5");
    }
  }

  @Test
  void drawsTheRankShiftsOfTheFirstRulesTopKAsAccessibleSvg() throws Exception {
    LabRun run =
        LabRun.of(
            "compare",
            "--polis",
            "" + LabRun.POLIS,
            "--rules",
            "support,controversy",
            "--k",
            "3",
            "--out",
            "" + dir);

    assertThat(run.exitCode()).isZero();
    Document svg = LabRun.xml(dir.resolve("rank-shifts.svg"));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .contains("top 3 items by support");
    assertThat(svg.getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(3);
    assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .startsWith("Ranks under support, controversy of the top 3 items by support. 12: 1, ");
  }

  @Test
  void bootstrapWritesEachRulesRankIntervalsTheSameEachTime() throws Exception {
    String[] args = {
      "compare",
      "--polis",
      "" + LabRun.POLIS,
      "--rules",
      "support,wilson",
      "--bootstrap",
      "20",
      "--seed",
      "7",
      "--out",
      ""
    };
    args[args.length - 1] = dir.resolve("a").toString();
    LabRun first = LabRun.of(args);
    args[args.length - 1] = dir.resolve("b").toString();
    LabRun second = LabRun.of(args);

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("support, bootstrap, 20 resamples", "wilson, bootstrap");
    assertThat(LabRun.csv(dir.resolve("a/stability.csv"))).hasSize(2 * 31);
    assertThat(Files.readString(dir.resolve("a/stability.csv")))
        .isEqualTo(Files.readString(dir.resolve("b/stability.csv")));
    assertThat(second.out().replace(dir.resolve("b").toString(), ""))
        .isEqualTo(first.out().replace(dir.resolve("a").toString(), ""));
  }
}
