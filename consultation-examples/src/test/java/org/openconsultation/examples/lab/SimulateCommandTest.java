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
import org.openconsultation.core.research.Simulation;
import org.openconsultation.core.research.SimulationConfig;

class SimulateCommandTest {

  private static final List<String> FILES =
      List.of("metrics.csv", "runs.csv", "tau-b-vs-truth.svg", "quality-vs-rank.svg");

  @TempDir Path dir;

  private LabRun simulate(String seed, String runs, Path out) {
    return LabRun.of(
        "simulate",
        "--population",
        "120",
        "--items",
        "12",
        "--rules",
        "support,wilson,shuffle",
        "--seed",
        seed,
        "--runs",
        runs,
        "--k",
        "5",
        "--out",
        out.toString());
  }

  @Test
  void theSameSeedPrintsAndWritesTheSame() throws Exception {
    LabRun first = simulate("42", "2", dir.resolve("a"));
    LabRun second = simulate("42", "2", dir.resolve("b"));

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(second.out().replace(dir.resolve("b").toString(), "DIR"))
        .isEqualTo(first.out().replace(dir.resolve("a").toString(), "DIR"));
    for (String file : FILES) {
      assertThat(Files.readString(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("a").resolve(file)));
    }
    assertThat(LabRun.xml(dir.resolve("a/tau-b-vs-truth.svg")).getDocumentElement().getLocalName())
        .isEqualTo("svg");
    assertThat(LabRun.xml(dir.resolve("a/quality-vs-rank.svg")).getDocumentElement().getLocalName())
        .isEqualTo("svg");
  }

  @Test
  void anotherSeedGivesOtherVotes() throws Exception {
    simulate("42", "1", dir.resolve("a"));
    simulate("43", "1", dir.resolve("b"));

    assertThat(Files.readString(dir.resolve("b/quality-vs-rank.svg")))
        .isNotEqualTo(Files.readString(dir.resolve("a/quality-vs-rank.svg")));
  }

  @Test
  void metricsAreTheResearchApisMeasuresAveragedOverRuns() throws Exception {
    LabRun run = simulate("42", "3", dir);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("3 simulations of 120 voters and 12 items (seed 42 to 44)");
    List<Map<String, String>> runs = LabRun.csv(dir.resolve("runs.csv"));
    assertThat(runs).hasSize(9);
    RankingRules rules = RankingRules.standard();
    SimulationConfig config = SimulationConfig.builder().voters(120).items(12).seed(43).build();
    Comparison second =
        Comparison.of(Simulation.run(config), List.of(rules.find("wilson").orElseThrow()), 5);
    Map<String, String> wilson = runs.get(4);
    assertThat(wilson).containsEntry("run", "1").containsEntry("seed", "43");
    assertThat(wilson).containsEntry("rule", "wilson");
    assertThat(Double.parseDouble(wilson.get("tau_b")))
        .isCloseTo(second.tauBToTruth("wilson").orElseThrow(), within(1e-12));
    double mean =
        runs.stream()
            .filter(r -> r.get("rule").equals("wilson"))
            .mapToDouble(r -> Double.parseDouble(r.get("tau_b")))
            .average()
            .orElseThrow();
    Map<String, String> summary = LabRun.csv(dir.resolve("metrics.csv")).get(1);
    assertThat(summary).containsEntry("rule", "wilson").containsEntry("runs", "3");
    assertThat(Double.parseDouble(summary.get("tau_b_mean"))).isCloseTo(mean, within(1e-12));
    assertThat(Double.parseDouble(summary.get("tau_b_sd"))).isPositive();
    assertThat(run.out()).containsPattern("wilson +\\d\\.\\d{3} ± \\d\\.\\d{3}");
  }
}
