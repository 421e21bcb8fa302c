package org.openconsultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the harness from rotting: a tiny in-process run must measure every registered rule and
 * write its ratios. The figures themselves mean nothing here; performance is never asserted.
 */
class RankingBenchTest {

  private static final Path OUT = Path.of("target", "bench-smoke");

  @Test
  void a_tiny_run_writes_a_positive_ratio_for_every_registered_rule() throws Exception {
    BenchSettings tiny =
        BenchSettings.quick(OUT).with("smoke", 1_000, 0, OUT).withIterations(0, 0, 1, 100);

    RankingReport report = RankingBench.run(tiny, VerboseMode.SILENT);
    Path file = report.write();

    assertThat(file).startsWith(OUT).hasFileName(report.file().getFileName().toString());
    JsonNode json = new ObjectMapper().readTree(Files.readString(file));
    assertThat(json.at("/settings/items").asInt()).isEqualTo(1_000);
    assertThat(json.at("/machine/cores").asInt()).isPositive();
    assertThat(json.at("/baselines/bareSort/msPerOp/value").asDouble()).isPositive();
    assertThat(json.at("/baselines/boxedSort/msPerOp/value").asDouble()).isPositive();
    List<String> names = RankingRules.standard().all().stream().map(RankingRule::name).toList();
    assertThat(json.get("rules").fieldNames()).toIterable().containsExactlyElementsOf(names);
    for (String name : names) {
      assertThat(json.at("/rules/" + name + "/ratio/value").asDouble()).as(name).isPositive();
      assertThat(json.at("/rules/" + name + "/ratioToBoxedSort/value").asDouble())
          .as(name)
          .isPositive();
    }
    assertThat(report.markdown()).contains(names.stream().map(n -> "`" + n + "`").toList());
  }

  @Test
  void a_full_run_is_kept_and_a_quick_run_is_not() {
    Path results = Path.of("bench-results");
    Path scratch = Path.of("target", "bench-results");

    assertThat(BenchSettings.parse(List.of(), results, scratch).output()).isEqualTo(results);
    assertThat(BenchSettings.parse(List.of(), results, scratch).items()).isEqualTo(100_000);
    assertThat(BenchSettings.parse(List.of("--quick"), results, scratch).output())
        .isEqualTo(scratch);
  }
}
