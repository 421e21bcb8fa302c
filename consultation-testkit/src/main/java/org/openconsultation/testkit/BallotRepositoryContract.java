package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.BallotRepository;

/** The contract of {@link BallotRepository}, one call at a time. */
public abstract class BallotRepositoryContract extends StoreContract {

  private static final int NO_LIMIT = 0;

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();
  private final ContributionId c1 = new ContributionId(Samples.uuid(1));
  private final ContributionId c2 = new ContributionId(Samples.uuid(2));
  private final ContributionId c3 = new ContributionId(Samples.uuid(3));
  private final ParticipantId camille = ParticipantId.of("camille");

  /** For subclasses. */
  protected BallotRepositoryContract() {}

  private BallotRepository ballots() {
    return store().ballots();
  }

  private BallotRecord ballot(ContributionId contribution, String participant, Ballot value) {
    return Samples.ballot(cid, contribution, participant, value);
  }

  @Test
  void aNewBallotIsStoredAndCounted() {
    BallotRecord support = ballot(c1, "camille", Ballot.support());

    assertThat(ballots().put(support, NO_LIMIT)).isEmpty();

    assertThat(ballots().find(cid, c1, camille)).contains(support);
    assertThat(ballots().tally(cid, c1)).isEqualTo(new Tally(c1, 1, 0, 0, List.of()));
    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(1);
  }

  @Test
  void changingABallotReplacesItAndMovesTheTallyFromTheOldValueToTheNew() {
    BallotRecord inFavour = ballot(c1, "camille", Ballot.inFavour());
    ballots().put(inFavour, NO_LIMIT);
    BallotRecord against =
        new BallotRecord(
            cid, c1, camille, Ballot.against(), inFavour.castAt(), Samples.T0.plusSeconds(60));

    assertThat(ballots().put(against, NO_LIMIT)).contains(inFavour);

    assertThat(ballots().find(cid, c1, camille)).contains(against);
    assertThat(ballots().tally(cid, c1)).isEqualTo(new Tally(c1, 0, 1, 0, List.of()));
    assertThat(ballots().countTowardLimit(cid, camille)).isZero();
  }

  @Test
  void retractingRemovesTheBallotAndMovesTheTallyBack() {
    BallotRecord support = ballot(c1, "camille", Ballot.support());
    ballots().put(support, NO_LIMIT);
    ballots().put(ballot(c1, "dominique", Ballot.support()), NO_LIMIT);

    assertThat(ballots().remove(cid, c1, camille)).contains(support);

    assertThat(ballots().find(cid, c1, camille)).isEmpty();
    assertThat(ballots().tally(cid, c1)).isEqualTo(new Tally(c1, 1, 0, 0, List.of()));
    assertThat(ballots().countTowardLimit(cid, camille)).isZero();
  }

  @Test
  void retractingAMissingBallotReturnsEmptyAndChangesNothing() {
    ballots().put(ballot(c1, "dominique", Ballot.neutral()), NO_LIMIT);

    assertThat(ballots().remove(cid, c1, camille)).isEmpty();
    assertThat(ballots().remove(cid, c2, camille)).isEmpty();

    assertThat(ballots().tally(cid, c1)).isEqualTo(new Tally(c1, 0, 0, 1, List.of()));
    assertThat(ballots().tally(cid, c2)).isEqualTo(Tally.empty(c2));
  }

  @Test
  void eachBallotValueIsCountedInItsOwnPlace() {
    ballots().put(ballot(c1, "a", Ballot.support()), NO_LIMIT);
    ballots().put(ballot(c1, "b", Ballot.approval()), NO_LIMIT);
    ballots().put(ballot(c1, "c", Ballot.inFavour()), NO_LIMIT);
    ballots().put(ballot(c1, "d", Ballot.against()), NO_LIMIT);
    ballots().put(ballot(c1, "e", Ballot.neutral()), NO_LIMIT);
    ballots().put(ballot(c1, "f", Ballot.grade(3)), NO_LIMIT);
    ballots().put(ballot(c1, "g", Ballot.grade(0)), NO_LIMIT);
    ballots().put(ballot(c1, "h", Ballot.grade(3)), NO_LIMIT);

    assertThat(ballots().tally(cid, c1)).isEqualTo(new Tally(c1, 3, 1, 1, List.of(1L, 0L, 0L, 2L)));
  }

  @Test
  void theTallyOfAContributionWithoutBallotsIsEmpty() {
    assertThat(ballots().tally(cid, c1)).isEqualTo(Tally.empty(c1));
  }

  @Test
  void aBallotBeyondTheLimitIsRefusedAndNothingIsWritten() {
    ballots().put(ballot(c1, "camille", Ballot.support()), 2);
    ballots().put(ballot(c2, "camille", Ballot.support()), 2);

    assertThatThrownBy(() -> ballots().put(ballot(c3, "camille", Ballot.support()), 2))
        .isInstanceOfSatisfying(
            LimitReachedException.class, e -> assertThat(e.code()).isEqualTo("vote.limit-reached"));

    assertThat(ballots().find(cid, c3, camille)).isEmpty();
    assertThat(ballots().tally(cid, c3)).isEqualTo(Tally.empty(c3));
    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(2);
    assertThat(ballotsOf(cid, camille)).hasSize(2);
  }

  @Test
  void changingABallotThatAlreadyCountsIsAllowedAtTheLimit() {
    ballots().put(ballot(c1, "camille", Ballot.support()), 2);
    ballots().put(ballot(c2, "camille", Ballot.support()), 2);
    BallotRecord approval = ballot(c2, "camille", Ballot.approval());

    assertThat(ballots().put(approval, 2)).isPresent();

    assertThat(ballots().find(cid, c2, camille)).contains(approval);
    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(2);
  }

  @Test
  void turningABallotThatDoesNotCountIntoOneThatDoesIsRefusedAtTheLimitAndKeepsTheOldBallot() {
    ballots().put(ballot(c1, "camille", Ballot.inFavour()), 2);
    ballots().put(ballot(c2, "camille", Ballot.inFavour()), 2);
    BallotRecord against = ballot(c3, "camille", Ballot.against());
    ballots().put(against, 2);

    assertThatThrownBy(() -> ballots().put(ballot(c3, "camille", Ballot.inFavour()), 2))
        .isInstanceOf(LimitReachedException.class);

    assertThat(ballots().find(cid, c3, camille)).contains(against);
    assertThat(ballots().tally(cid, c3)).isEqualTo(new Tally(c3, 0, 1, 0, List.of()));
    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(2);
  }

  @Test
  void ballotsThatDoNotCountAreNeverLimited() {
    ballots().put(ballot(c1, "camille", Ballot.support()), 1);

    ballots().put(ballot(c2, "camille", Ballot.against()), 1);
    ballots().put(ballot(c3, "camille", Ballot.grade(2)), 1);

    assertThat(ballotsOf(cid, camille)).hasSize(3);
    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(1);
  }

  @Test
  void aZeroLimitMeansNoLimit() {
    for (int i = 1; i <= 5; i++) {
      ballots().put(ballot(new ContributionId(Samples.uuid(i)), "camille", Ballot.support()), 0);
    }

    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(5);
  }

  @Test
  void theLimitCountsOnlyTheParticipantsBallotsInThisConsultation() {
    ballots().put(Samples.ballot(other, c1, "camille", Ballot.support()), 1);
    ballots().put(ballot(c1, "dominique", Ballot.support()), 1);

    assertThat(ballots().put(ballot(c1, "camille", Ballot.support()), 1)).isEmpty();

    assertThat(ballots().countTowardLimit(cid, camille)).isEqualTo(1);
    assertThat(ballots().countTowardLimit(other, camille)).isEqualTo(1);
  }

  @Test
  void ballotsAndTalliesAreScopedByConsultation() {
    BallotRecord here = ballot(c1, "camille", Ballot.support());
    BallotRecord there = Samples.ballot(other, c1, "camille", Ballot.against());
    ballots().put(here, NO_LIMIT);
    ballots().put(there, NO_LIMIT);

    ballots().remove(other, c1, camille);

    assertThat(ballots().find(cid, c1, camille)).contains(here);
    assertThat(ballots().find(other, c1, camille)).isEmpty();
    assertThat(ballots().tally(cid, c1)).isEqualTo(new Tally(c1, 1, 0, 0, List.of()));
    assertThat(ballots().tally(other, c1)).isEqualTo(Tally.empty(c1));
    assertThat(allBallots(other)).isEmpty();
  }

  @Test
  void talliesAreStreamedForContributionsWithAtLeastOneBallot() {
    ballots().put(ballot(c1, "camille", Ballot.support()), NO_LIMIT);
    ballots().put(ballot(c2, "camille", Ballot.support()), NO_LIMIT);
    ballots().put(ballot(c2, "dominique", Ballot.support()), NO_LIMIT);
    ballots().put(ballot(c3, "camille", Ballot.support()), NO_LIMIT);
    ballots().remove(cid, c3, camille);
    ballots().put(Samples.ballot(other, c3, "camille", Ballot.support()), NO_LIMIT);

    assertThat(tallies(cid))
        .containsOnly(
            Map.entry(c1, new Tally(c1, 1, 0, 0, List.of())),
            Map.entry(c2, new Tally(c2, 2, 0, 0, List.of())));
  }

  @Test
  void ballotsAreStreamedByContributionThenParticipant() {
    BallotRecord c2b = ballot(c2, "b", Ballot.support());
    BallotRecord c1b = ballot(c1, "b", Ballot.support());
    BallotRecord c2a = ballot(c2, "a", Ballot.support());
    BallotRecord c1a = ballot(c1, "a", Ballot.support());
    for (BallotRecord b : List.of(c2b, c1b, c2a, c1a)) {
      ballots().put(b, NO_LIMIT);
    }
    ballots().put(Samples.ballot(other, c1, "a", Ballot.support()), NO_LIMIT);

    assertThat(allBallots(cid)).containsExactly(c1a, c1b, c2a, c2b);
  }

  @Test
  void aParticipantsBallotsAreStreamedWithoutOthersOrOtherConsultations() {
    BallotRecord mine1 = ballot(c1, "camille", Ballot.support());
    BallotRecord mine2 = ballot(c2, "camille", Ballot.against());
    ballots().put(mine2, NO_LIMIT);
    ballots().put(mine1, NO_LIMIT);
    ballots().put(ballot(c1, "dominique", Ballot.support()), NO_LIMIT);
    ballots().put(Samples.ballot(other, c3, "camille", Ballot.support()), NO_LIMIT);

    assertThat(ballotsOf(cid, camille)).containsExactlyInAnyOrder(mine1, mine2);
  }

  @Test
  void aRecountEqualsTheStoredTallies() {
    ballots().put(ballot(c1, "a", Ballot.support()), NO_LIMIT);
    ballots().put(ballot(c1, "b", Ballot.inFavour()), NO_LIMIT);
    ballots().put(ballot(c1, "b", Ballot.against()), NO_LIMIT);
    ballots().put(ballot(c2, "a", Ballot.grade(4)), NO_LIMIT);
    ballots().put(ballot(c2, "c", Ballot.neutral()), NO_LIMIT);
    ballots().put(ballot(c3, "a", Ballot.support()), NO_LIMIT);
    ballots().remove(cid, c3, ParticipantId.of("a"));
    ballots().remove(cid, c2, ParticipantId.of("c"));

    Map<ContributionId, Tally> recount = ballots().recount(cid);

    assertThat(recount).isEqualTo(tallies(cid));
    assertThat(recount)
        .containsOnly(
            Map.entry(c1, new Tally(c1, 1, 1, 0, List.of())),
            Map.entry(c2, new Tally(c2, 0, 0, 0, List.of(0L, 0L, 0L, 0L, 1L))));
  }

  private List<BallotRecord> allBallots(ConsultationId consultation) {
    List<BallotRecord> all = new ArrayList<>();
    ballots().forEachBallot(consultation, all::add);
    return all;
  }

  private List<BallotRecord> ballotsOf(ConsultationId consultation, ParticipantId participant) {
    List<BallotRecord> mine = new ArrayList<>();
    ballots().forEachBallotOf(consultation, participant, mine::add);
    return mine;
  }

  private Map<ContributionId, Tally> tallies(ConsultationId consultation) {
    Map<ContributionId, Tally> all = new HashMap<>();
    ballots()
        .forEachTally(
            consultation,
            tally ->
                assertThat(all.put(tally.contributionId(), tally)).as("streamed twice").isNull());
    return all;
  }
}
