package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.SupportCountRule;

/** Rank stability under resampling of voters. */
class StabilityTest {

  private static final RankingRule SUPPORT = new SupportCountRule();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Item a supported by every voter, b by two thirds, c by a third: clear-cut. */
  private static Dataset clearCut() {
    Dataset.Builder b =
        Dataset.builder()
            .item(DatasetItem.of("c", T0))
            .item(DatasetItem.of("b", T0))
            .item(DatasetItem.of("a", T0));
    for (int v = 0; v < 300; v++) {
      b.ballot("v" + v, "a", Ballot.support(), T0.plusSeconds(v));
      if (v % 3 != 0) {
        b.ballot("v" + v, "b", Ballot.support(), T0.plusSeconds(v));
      }
      if (v % 3 == 0) {
        b.ballot("v" + v, "c", Ballot.support(), T0.plusSeconds(v));
      }
    }
    return b.build();
  }

  @Test
  void aClearCutRankingIsStableUnderTheBootstrap() {
    StabilityReport report = Stability.bootstrap(clearCut(), SUPPORT, 50, 1);

    assertThat(report.order()).containsExactly("a", "b", "c");
    assertThat(report.resamples()).isEqualTo(50);
    assertThat(report.meanTauB()).isEqualTo(1.0);
    assertThat(report.intervals())
        .allSatisfy(i -> assertThat(i.low()).isEqualTo(i.rank()).isEqualTo(i.high()));
  }

  @Test
  void aCloseRaceShowsInTheIntervals() {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < 6; i++) {
      b.item(DatasetItem.of("x" + i, T0));
    }
    for (int v = 0; v < 60; v++) {
      b.ballot("v" + v, "x" + (v % 6), Ballot.support(), T0.plusSeconds(v));
    }
    StabilityReport report = Stability.bootstrap(b.build(), SUPPORT, 200, 3);

    assertThat(report.meanTauB()).isLessThan(0.9);
    assertThat(report.intervals()).anySatisfy(i -> assertThat(i.high()).isGreaterThan(i.low()));
    assertThat(report.intervals())
        .allSatisfy(i -> assertThat(i.rank()).isBetween(1, 6))
        .allSatisfy(i -> assertThat(i.high()).isLessThanOrEqualTo(6));
  }

  @Test
  void theSameSeedGivesTheSameReportAndAnotherSeedAnother() {
    Dataset data =
        Simulation.run(SimulationConfig.builder().voters(80).items(10).build()).dataset();

    StabilityReport a = Stability.bootstrap(data, SUPPORT, 30, 11);
    StabilityReport b = Stability.bootstrap(data, SUPPORT, 30, 11);
    StabilityReport c = Stability.bootstrap(data, SUPPORT, 30, 12);

    assertThat(b).isEqualTo(a);
    assertThat(c.tauB()).isNotEqualTo(a.tauB());
  }

  @Test
  void subsamplingKeepsTheGivenShareOfVoters() {
    StabilityReport all = Stability.subsample(clearCut(), SUPPORT, 1.0, 5, 1);
    StabilityReport most = Stability.subsample(clearCut(), SUPPORT, 0.8, 20, 1);

    assertThat(all.tauB()).containsOnly(1.0);
    assertThat(most.method()).isEqualTo("subsample 80%");
    assertThat(most.meanTauB()).isEqualTo(1.0);
    assertThatThrownBy(() -> Stability.subsample(clearCut(), SUPPORT, 0, 5, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stability.bootstrap(clearCut(), SUPPORT, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ballotsKnownOnlyAsTotalsAreResampledOneByOne() {
    Dataset totals =
        Dataset.builder()
            .item(DatasetItem.of("big", T0).withCounts(Counts.of(900, 0, 0)))
            .item(DatasetItem.of("tie-1", T0).withCounts(Counts.of(50, 0, 0)))
            .item(DatasetItem.of("tie-2", T0).withCounts(Counts.of(50, 0, 0)))
            .build();

    StabilityReport boot = Stability.bootstrap(totals, SUPPORT, 100, 5);
    StabilityReport sub = Stability.subsample(totals, SUPPORT, 0.5, 100, 5);

    for (StabilityReport report : new StabilityReport[] {boot, sub}) {
      assertThat(report.intervals().get(0).id()).isEqualTo("big");
      assertThat(report.intervals().get(0).high()).isEqualTo(1);
      assertThat(report.intervals().get(1)).satisfies(i -> assertThat(i.low()).isEqualTo(2));
      assertThat(report.intervals().get(1).high()).isEqualTo(3); // tie-1 and tie-2 swap
    }
    assertThat(boot.table(2)).contains("mean τ-b").contains("big").doesNotContain("tie-2");
  }
}
