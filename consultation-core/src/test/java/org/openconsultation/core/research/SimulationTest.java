package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.RankingRule;

/** The seeded simulation: reproducible, and behaving as its model says. */
class SimulationTest {

  private static final SimulationConfig SMALL =
      SimulationConfig.builder().voters(150).items(12).seed(7).build();

  @Test
  void theSameConfigurationGivesTheSameResult() {
    SimulationResult a = Simulation.run(SMALL);
    SimulationResult b = Simulation.run(SMALL.toBuilder().build());

    assertThat(b.quality()).isEqualTo(a.quality());
    assertThat(b.dataset().items()).isEqualTo(a.dataset().items());
    assertThat(b.dataset().ballots()).isEqualTo(a.dataset().ballots());
    assertThat(b.dataset().tallies()).isEqualTo(a.dataset().tallies());
  }

  @Test
  void anotherSeedGivesAnotherResult() {
    SimulationResult a = Simulation.run(SMALL);
    SimulationResult b = Simulation.run(SMALL.toBuilder().seed(8).build());

    assertThat(b.quality()).isNotEqualTo(a.quality());
    assertThat(b.dataset().ballots()).isNotEqualTo(a.dataset().ballots());
  }

  @Test
  void itemsAndVotersArriveWithinTheirWindows() {
    Instant start = Instant.parse("2026-05-01T00:00:00Z");
    SimulationConfig config =
        SMALL.toBuilder().start(start).duration(Duration.ofDays(10)).itemWindow(0.2).build();
    Dataset data = Simulation.run(config).dataset();

    assertThat(data.items()).extracting(DatasetItem::submittedAt).isSorted();
    assertThat(data.items())
        .allSatisfy(
            i -> assertThat(i.submittedAt()).isBetween(start, start.plus(Duration.ofDays(2))));
    assertThat(data.ballots())
        .allSatisfy(
            b -> {
              assertThat(b.at()).isBetween(start, start.plus(Duration.ofDays(10)));
              DatasetItem item = data.item(b.item()).orElseThrow();
              assertThat(b.at()).isAfterOrEqualTo(item.submittedAt());
            });
    assertThat(data.items()).extracting(DatasetItem::id).startsWith("i1", "i2");
  }

  @Test
  void frontLoadedArrivalsBringMostVotersEarly() {
    SimulationConfig config = SMALL.toBuilder().voters(400).arrivalDecay(5).itemWindow(0).build();
    Dataset data = Simulation.run(config).dataset();
    Instant middle = config.start().plus(config.duration().dividedBy(2));

    long early = data.ballots().stream().filter(b -> b.at().isBefore(middle)).count();
    // With density ∝ e^(−5t/T), the first half holds (1 − e^(−2.5)) / (1 − e^(−5)) ≈ 92%.
    assertThat((double) early / data.ballots().size()).isGreaterThan(0.85);
  }

  @Test
  void withoutNoisePositionBiasOrHerdingTheVotesRevealTheTruth() {
    SimulationConfig config =
        SMALL.toBuilder().noise(0).positionBias(0).herding(0).itemWindow(0).build();
    SimulationResult result = Simulation.run(config);
    Dataset data = result.dataset();

    // Every voter examines every item and votes by its quality alone.
    assertThat(data.ballots()).hasSize(150 * 12);
    for (DatasetItem item : data.items()) {
      double q = result.quality(item.id());
      long expectedFor = q > Simulation.NEUTRAL_BAND ? 150 : 0;
      assertThat(data.tallies().get(item.id()).supports()).isEqualTo(expectedFor);
    }
  }

  @Test
  void theItemAtPositionPIsExaminedWithProbabilityOneOverOnePlusPToTheB() {
    // Newest first, all submitted at the start: i12 is always shown first, i1 last.
    SimulationConfig config =
        SMALL.toBuilder().display(new NewestFirst()).positionBias(2).itemWindow(0).build();
    Dataset data = Simulation.run(config).dataset();

    assertThat(ballotsOn(data, "i12")).isEqualTo(150); // position 0: always
    assertThat(ballotsOn(data, "i11")).isBetween(20L, 60L); // position 1: 1/4 of 150 = 37.5
    assertThat(ballotsOn(data, "i1")).isLessThan(10L); // position 11: 1/144 of 150 ≈ 1
  }

  private static long ballotsOn(Dataset data, String item) {
    return data.ballots().stream().filter(b -> b.item().equals(item)).count();
  }

  @Test
  void votersBallotsFollowTheVoteMode() {
    for (VoteMode mode : VoteMode.values()) {
      Dataset data =
          Simulation.run(SMALL.toBuilder().voteMode(mode).gradeCount(5).build()).dataset();
      assertThat(data.voteMode()).isEqualTo(mode);
      assertThat(data.ballots())
          .isNotEmpty()
          .allSatisfy(b -> assertThat(mode.accepts(b.ballot())).isTrue());
      if (mode == VoteMode.MAJORITY_JUDGMENT) {
        assertThat(data.ballots())
            .extracting(b -> ((Ballot.Grade) b.ballot()).grade())
            .allSatisfy(g -> assertThat(g).isBetween(0, 4));
        assertThat(data.gradeCount()).isEqualTo(5);
      }
    }
  }

  @Test
  void theDisplayRuleCanBeAnyRule() {
    RankingRule newestFirst = new NewestFirst();
    SimulationResult result = Simulation.run(SMALL.toBuilder().display(newestFirst).build());

    assertThat(result.dataset().ballots()).isNotEmpty();
    assertThat(result.truth()).hasSize(12).doesNotHaveDuplicates();
    assertThat(result.quality(result.truth().get(0)))
        .isGreaterThanOrEqualTo(result.quality(result.truth().get(11)));
  }

  @Test
  void theConfigurationRefusesOutOfRangeParameters() {
    SimulationConfig.Builder b = SimulationConfig.builder();
    assertThatThrownBy(() -> b.voters(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.itemWindow(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.noise(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.gradeCount(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.duration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(b.build().voters(), b.build().items())).containsExactly(500, 40);
  }
}
