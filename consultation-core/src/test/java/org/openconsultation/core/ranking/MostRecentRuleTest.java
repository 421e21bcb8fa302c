package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.id;
import static org.openconsultation.core.ranking.Items.references;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;

/** Latest submission first; ties to the lower reference. */
class MostRecentRuleTest {

  private static RankingItem submitted(long reference, String at) {
    return Items.item(
        reference,
        ContributionKind.INDIVIDUAL,
        Instant.parse(at),
        0,
        new Tally(id(reference), 50, 0, 0, List.of()),
        0);
  }

  @Test
  void ranksByTheSubmissionTimeWhateverTheVotes() {
    List<RankingEntry> entries =
        new MostRecentRule()
            .rank(
                List.of(
                    submitted(1, "2026-03-01T10:00:00Z"),
                    submitted(2, "2026-03-03T10:00:00.500Z"),
                    submitted(4, "2026-03-02T10:00:00Z"),
                    submitted(3, "2026-03-02T10:00:00Z")),
                CONTEXT);

    assertThat(references(entries)).containsExactly("C-2", "C-3", "C-4", "C-1");
    assertThat(entries.get(0).score()).isEqualTo(1772532000.5);
    assertThat(entries.get(0).explanation()).isEqualTo("submitted 2026-03-03T10:00:00.500Z");
    assertThat(new MostRecentRule().readsBallots()).isFalse();
  }
}
