package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.SupportCountRule;

/** Counting, id mapping and time travel of a dataset. */
class DatasetTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private static Dataset.Builder twoItems() {
    return Dataset.builder()
        .item(DatasetItem.of("b", at(0)).withText("second id, first in input"))
        .item(DatasetItem.of("a", at(5)));
  }

  @Test
  void theLastBallotOfAVoterOnAnItemCountsByTimeNotByInputOrder() {
    Dataset data =
        twoItems()
            .ballot("v1", "a", Ballot.against(), at(30))
            .ballot("v1", "a", Ballot.inFavour(), at(20))
            .ballot("v2", "a", Ballot.inFavour(), at(10))
            .ballot("v2", "a", Ballot.neutral(), at(40))
            .ballot("v3", "b", Ballot.inFavour(), at(10))
            .build();

    Tally a = data.tallies().get("a");
    assertThat(List.of(a.supports(), a.oppositions(), a.neutrals())).containsExactly(0L, 1L, 1L);
    assertThat(data.tallies().get("b").supports()).isEqualTo(1);
    assertThat(data.ballots()).extracting(TimedBallot::at).isSorted();
    assertThat(data.voters()).containsExactly("v2", "v3", "v1");
  }

  @Test
  void atEqualTimesTheBallotAddedLastCounts() {
    Dataset data =
        twoItems()
            .ballot("v1", "a", Ballot.inFavour(), at(10))
            .ballot("v1", "a", Ballot.against(), at(10))
            .build();

    assertThat(data.tallies().get("a").oppositions()).isEqualTo(1);
    assertThat(data.tallies().get("a").supports()).isZero();
  }

  @Test
  void totalsAreAddedToTheRecountOfBallots() {
    Dataset data =
        Dataset.builder()
            .item(DatasetItem.of("a", T0).withCounts(Counts.of(10, 2, 1)))
            .ballot("v1", "a", Ballot.inFavour(), at(1))
            .build();

    Tally tally = data.tallies().get("a");
    assertThat(List.of(tally.supports(), tally.oppositions(), tally.neutrals()))
        .containsExactly(11L, 2L, 1L);
  }

  @Test
  void itemsBecomeRankingItemsNumberedInInputOrderAndMapBackToTheirIds() {
    Dataset data =
        twoItems()
            .item(
                DatasetItem.of("w", at(9))
                    .withTheme("transport")
                    .withKind(ContributionKind.COLLECTIVE, 12)
                    .withComments(3))
            .build();

    List<RankingItem> items = data.rankingItems();
    assertThat(items)
        .extracting(RankingItem::reference)
        .containsExactly(new Reference(1), new Reference(2), new Reference(3));
    assertThat(items.get(2).attendeeCount()).isEqualTo(12);
    assertThat(items.get(2).comments()).isEqualTo(3);
    assertThat(items.get(2).theme()).isNotEqualTo(items.get(0).theme());
    for (int i = 0; i < 3; i++) {
      ContributionId id = items.get(i).contribution();
      assertThat(data.idOf(id)).isEqualTo(data.items().get(i).id());
      assertThat(data.contributionOf(data.items().get(i).id())).isEqualTo(id);
    }
    assertThatThrownBy(() -> data.idOf(new ContributionId(java.util.UUID.randomUUID())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRankingIsReportedWithTheInputsIdsAndTiesFavourTheEarlierInputRow() {
    Dataset data = twoItems().build(); // no vote: a tie, broken by reference
    Ranking ranking = data.rank(new SupportCountRule());

    assertThat(data.ids(ranking)).containsExactly("b", "a");
    assertThat(ranking.computedAt()).isEqualTo(data.end());
  }

  @Test
  void untilKeepsTheItemsAndBallotsUpToThatTime() {
    Dataset data =
        twoItems()
            .ballot("v1", "b", Ballot.inFavour(), at(1))
            .ballot("v1", "b", Ballot.against(), at(8))
            .ballot("v2", "a", Ballot.inFavour(), at(6))
            .build();

    Dataset early = data.until(at(2));
    assertThat(early.items()).extracting(DatasetItem::id).containsExactly("b");
    assertThat(early.tallies().get("b").supports()).isEqualTo(1);
    assertThat(data.until(at(6)).tallies().get("a").supports()).isEqualTo(1);
    assertThat(data.tallies().get("b").oppositions()).isEqualTo(1);
    assertThat(data.end()).isEqualTo(at(8));
  }

  @Test
  void theVoteModeAndScaleAreInferredUnlessSet() {
    assertThat(twoItems().ballot("v", "a", Ballot.support(), at(1)).build().voteMode())
        .isEqualTo(VoteMode.SUPPORT);
    assertThat(twoItems().ballot("v", "a", Ballot.neutral(), at(1)).build().voteMode())
        .isEqualTo(VoteMode.FOR_AGAINST);
    assertThat(twoItems().ballot("v", "a", Ballot.approval(), at(1)).build().voteMode())
        .isEqualTo(VoteMode.APPROVAL);
    Dataset graded = twoItems().ballot("v", "a", Ballot.grade(3), at(1)).build();
    assertThat(graded.voteMode()).isEqualTo(VoteMode.MAJORITY_JUDGMENT);
    assertThat(graded.gradeCount()).isEqualTo(4);
    assertThat(graded.context().settings().gradeCount()).isEqualTo(4);
    assertThat(twoItems().build().gradeCount()).isEqualTo(6);
    assertThat(twoItems().voteMode(VoteMode.APPROVAL).build().voteMode())
        .isEqualTo(VoteMode.APPROVAL);
  }

  @Test
  void refusesDuplicateIdsUnknownItemsAndGradesBeyondTheScale() {
    assertThatThrownBy(() -> twoItems().item(DatasetItem.of("a", T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> twoItems().ballot("v", "zz", Ballot.support(), T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zz");
    assertThatThrownBy(() -> twoItems().gradeCount(3).ballot("v", "a", Ballot.grade(5), T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> DatasetItem.of(" ", T0)).isInstanceOf(IllegalArgumentException.class);
  }
}
