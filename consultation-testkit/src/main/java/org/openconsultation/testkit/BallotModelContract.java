package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.ConsultationStore;
import org.quicktheories.core.Gen;

/**
 * A model-based test of {@link BallotRepository}: random sequences of casts, changes, retractions
 * and rolled-back casts, by several participants on several contributions under a per-participant
 * limit, are applied both to the store and to {@link BallotModel}. Every call must answer as the
 * model does, and afterwards the stored ballots, tallies, recount and limit counts must equal the
 * model's.
 *
 * <p>Runs with a fixed seed, so a failure is reproducible; QuickTheories reports the shortest
 * failing sequence it finds. Each example uses a new consultation of the same store, so examples
 * also check that consultations do not see each other's ballots.
 */
public abstract class BallotModelContract extends StoreContract {

  private static final int PARTICIPANTS = 4;
  private static final int CONTRIBUTIONS = 4;
  private static final List<Ballot> VALUES =
      List.of(
          Ballot.support(),
          Ballot.approval(),
          Ballot.inFavour(),
          Ballot.against(),
          Ballot.neutral(),
          Ballot.grade(0),
          Ballot.grade(2));

  /** For subclasses. */
  protected BallotModelContract() {}

  /** What one step of a sequence does. */
  /** What a step does. */
  enum Kind {
    /** {@code put}: a new ballot, or a change of the participant's ballot. */
    CAST_OR_CHANGE,
    /** {@code remove}. */
    RETRACT,
    /** {@code put} inside a transaction whose work then throws: nothing may remain. */
    CAST_THEN_ROLL_BACK
  }

  /**
   * One step: who votes on what, with which value (ignored by a retraction).
   *
   * @param kind what the step does
   * @param participant the participant's index
   * @param contribution the contribution's index
   * @param value the index of the ballot value in {@link #VALUES}
   */
  record Step(Kind kind, int participant, int contribution, int value) {
    @Override
    public String toString() {
      return kind
          + "(p"
          + participant
          + ", c"
          + contribution
          + ", "
          + VALUES.get(value).value()
          + ")";
    }
  }

  @Test
  void randomBallotSequencesLeaveTheStoreInTheModelsState() {
    qt().withExamples(200)
        .withFixedSeed(20170208L)
        .withShrinkCycles(2_000)
        .forAll(integers().between(0, 3), lists().of(steps()).ofSizeBetween(1, 40))
        .checkAssert(this::replay);
  }

  private static Gen<Step> steps() {
    Gen<Kind> kinds =
        integers()
            .between(0, 9)
            .map(
                n -> n < 6 ? Kind.CAST_OR_CHANGE : n < 9 ? Kind.RETRACT : Kind.CAST_THEN_ROLL_BACK);
    return kinds.zip(
        integers().between(0, PARTICIPANTS - 1),
        integers().between(0, CONTRIBUTIONS - 1),
        integers().between(0, VALUES.size() - 1),
        Step::new);
  }

  private void replay(int limit, List<Step> steps) {
    ConsultationStore store = store();
    BallotRepository ballots = store.ballots();
    ConsultationId cid = Samples.consultationId();
    BallotModel model = new BallotModel();
    Instant now = Samples.T0;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      now = now.plusSeconds(1);
      ContributionId contribution = contribution(step.contribution());
      ParticipantId participant = participant(step.participant());
      String where = "step " + i + " " + step + " of " + steps + " with limit " + limit;
      switch (step.kind()) {
        case CAST_OR_CHANGE -> {
          BallotRecord ballot = ballot(model, cid, step, now);
          BallotModel.Outcome expected = model.put(ballot, limit);
          assertThat(put(ballots, ballot, limit)).as(where).isEqualTo(expected);
        }
        case RETRACT -> {
          Optional<BallotRecord> expected = model.remove(contribution, participant);
          assertThat(ballots.remove(cid, contribution, participant)).as(where).isEqualTo(expected);
        }
        case CAST_THEN_ROLL_BACK -> {
          BallotRecord ballot = ballot(model, cid, step, now);
          try {
            store
                .transactions()
                .run(
                    () -> {
                      ballots.put(ballot, limit);
                      throw new RollBack();
                    });
          } catch (RollBack | LimitReachedException expected) {
            // Either way nothing may remain; the final comparison checks it.
          }
        }
      }
    }
    assertSameState(ballots, cid, model, limit, steps);
  }

  private static BallotModel.Outcome put(BallotRepository ballots, BallotRecord ballot, int limit) {
    try {
      return BallotModel.Outcome.replaced(ballots.put(ballot, limit));
    } catch (LimitReachedException e) {
      return BallotModel.Outcome.LIMIT_REACHED;
    }
  }

  private static void assertSameState(
      BallotRepository ballots,
      ConsultationId cid,
      BallotModel model,
      int limit,
      List<Step> steps) {
    String after = "after " + steps + " with limit " + limit;
    List<BallotRecord> stored = new ArrayList<>();
    ballots.forEachBallot(cid, stored::add);
    assertThat(stored).as("ballots " + after).containsExactlyElementsOf(model.ballots());

    Map<ContributionId, Tally> streamed = new HashMap<>();
    ballots.forEachTally(cid, t -> streamed.put(t.contributionId(), t));
    assertThat(streamed).as("streamed tallies " + after).isEqualTo(model.tallies());
    assertThat(ballots.recount(cid)).as("recount " + after).isEqualTo(model.tallies());
    for (int c = 0; c < CONTRIBUTIONS; c++) {
      ContributionId contribution = contribution(c);
      assertThat(ballots.tally(cid, contribution))
          .as("tally of c" + c + " " + after)
          .isEqualTo(model.tally(contribution));
    }

    for (int p = 0; p < PARTICIPANTS; p++) {
      ParticipantId participant = participant(p);
      long counted = ballots.countTowardLimit(cid, participant);
      assertThat(counted)
          .as("ballots of p" + p + " counted toward the limit " + after)
          .isEqualTo(model.countTowardLimit(participant));
      if (limit > 0) {
        assertThat(counted).as("p" + p + " within the limit " + after).isLessThanOrEqualTo(limit);
      }
      List<BallotRecord> mine = new ArrayList<>();
      ballots.forEachBallotOf(cid, participant, mine::add);
      assertThat(mine)
          .as("ballots of p" + p + " " + after)
          .containsExactlyInAnyOrderElementsOf(model.ballotsOf(participant));
      for (int c = 0; c < CONTRIBUTIONS; c++) {
        assertThat(ballots.find(cid, contribution(c), participant))
            .as("ballot of p" + p + " on c" + c + " " + after)
            .isEqualTo(model.find(contribution(c), participant));
      }
    }
  }

  /** The step's ballot; a change keeps the first cast time, as the engine does. */
  private static BallotRecord ballot(
      BallotModel model, ConsultationId cid, Step step, Instant now) {
    ContributionId contribution = contribution(step.contribution());
    ParticipantId participant = participant(step.participant());
    Instant castAt = model.find(contribution, participant).map(BallotRecord::castAt).orElse(now);
    return new BallotRecord(cid, contribution, participant, VALUES.get(step.value()), castAt, now);
  }

  private static ContributionId contribution(int index) {
    return new ContributionId(Samples.uuid(index + 1));
  }

  private static ParticipantId participant(int index) {
    return ParticipantId.of("p" + index);
  }

  /** Thrown to roll a transaction back. */
  private static final class RollBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RollBack() {
      super("roll back", null, false, false);
    }
  }
}
