package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.ranking.Items.NOW;
import static org.openconsultation.core.ranking.Items.id;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ParticipantId;

/** Votes after exposure, by the position of first exposure. */
class PositionBiasTest {

  private static final ParticipantId ANA = ParticipantId.of("ana");
  private static final ParticipantId BEN = ParticipantId.of("ben");

  private static Instant at(int minutes) {
    return NOW.plusSeconds(60L * minutes);
  }

  @Test
  void countsFirstExposuresAndTheBallotsCastAfterThem() {
    PositionBias report =
        PositionBias.builder()
            // Ana sees C-1, C-2, C-3, then later C-2 at the top.
            .exposure(ANA, id(1), 1, at(0))
            .exposure(ANA, id(2), 2, at(0))
            .exposure(ANA, id(3), 3, at(0))
            .exposure(ANA, id(2), 1, at(5))
            // Ben sees C-3, C-1.
            .exposure(BEN, id(3), 1, at(1))
            .exposure(BEN, id(1), 2, at(1))
            // Ana supports C-1 and votes against C-3; Ben supports C-3 and C-2 (never shown).
            .ballot(ANA, id(1), Ballot.support(), at(2))
            .ballot(ANA, id(3), Ballot.against(), at(3))
            .ballot(BEN, id(3), Ballot.support(), at(2))
            .ballot(BEN, id(2), Ballot.support(), at(2))
            // Ben's support of C-1 came before he was shown it.
            .ballot(BEN, id(1), Ballot.support(), at(0))
            .build();

    assertThat(report.positions())
        .containsExactly(
            new PositionBias.Row(1, 3, 2, 2, 2),
            new PositionBias.Row(2, 2, 2, 0, 0),
            new PositionBias.Row(3, 1, 1, 1, 0));
    assertThat(report.positions().get(0).supportRate()).isEqualTo(1.0);
    assertThat(report.positions().get(2).voteRate()).isEqualTo(1.0);
    assertThat(report.positions().get(2).supportRate()).isEqualTo(0.0);
    assertThat(report.unattributedBallots()).isEqualTo(2);
  }

  @Test
  void anEmptyReportHasNoRow() {
    PositionBias report = PositionBias.builder().build();
    assertThat(report.positions()).isEmpty();
    assertThat(report.unattributedBallots()).isZero();
  }
}
