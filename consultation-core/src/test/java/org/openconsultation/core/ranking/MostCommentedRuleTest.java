package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.NOW;
import static org.openconsultation.core.ranking.Items.id;
import static org.openconsultation.core.ranking.Items.references;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;

/** Most comments first; ties to the lower reference. */
class MostCommentedRuleTest {

  private static RankingItem commented(long reference, long comments) {
    return Items.item(
        reference, ContributionKind.INDIVIDUAL, NOW, 0, Tally.empty(id(reference)), comments);
  }

  @Test
  void ranksByPublishedComments() {
    List<RankingEntry> entries =
        new MostCommentedRule()
            .rank(
                List.of(commented(1, 2), commented(2, 7), commented(3, 2), commented(4, 1)),
                CONTEXT);

    assertThat(references(entries)).containsExactly("C-2", "C-1", "C-3", "C-4");
    assertThat(entries).extracting(RankingEntry::score).containsExactly(7.0, 2.0, 2.0, 1.0);
    assertThat(entries)
        .extracting(RankingEntry::explanation)
        .containsExactly("7 comments", "2 comments", "2 comments", "1 comment");
    assertThat(new MostCommentedRule().readsBallots()).isFalse();
  }
}
