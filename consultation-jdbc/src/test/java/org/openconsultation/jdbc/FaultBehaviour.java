package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.Tally;

/**
 * Connections that die and commits whose answer is lost, at the store's level: a vote cut at any
 * step leaves nothing half-written and counts once when cast again; a lost commit, of a single call
 * or of a host's transaction, is settled by looking for the effect of every write it made (all
 * there: done; none: run again; anything else: an unknown outcome). Run on each database.
 */
abstract class FaultBehaviour {

  private final ConsultationId cid = new ConsultationId(JdbcStoreBehaviour.uuid());
  private final ContributionId contribution = new ContributionId(JdbcStoreBehaviour.uuid());

  /** The database of the running test class. */
  abstract TestDatabase database();

  private JdbcStore store;

  @BeforeEach
  void emptyDatabase() {
    store = database().clear().store();
  }

  private BallotRecord support(String participant) {
    return supportOn(contribution, participant);
  }

  private BallotRecord supportOn(ContributionId on, String participant) {
    return new BallotRecord(
        cid,
        on,
        ParticipantId.of(participant),
        Ballot.support(),
        JdbcStoreBehaviour.T0,
        JdbcStoreBehaviour.T0);
  }

  @Test
  void aConnectionDyingAtAnyStepOfAVoteLeavesNothingHalfWrittenAndTheRetriedVoteCountsOnce() {
    for (FaultyDataSource.Mode mode :
        List.of(FaultyDataSource.Mode.BEFORE, FaultyDataSource.Mode.AFTER_COMMIT)) {
      for (int step = 1; step <= 12; step++) {
        database().clear();
        FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
        JdbcStore once = database().builder(faulty).maxAttempts(1).build();
        store.ballots().put(supportOn(new ContributionId(JdbcStoreBehaviour.uuid()), "camille"), 2);
        BallotRecord vote = support("camille");
        faulty.failAt(step, mode);

        boolean failed = false;
        try {
          once.ballots().put(vote, 2);
        } catch (StorageException e) {
          failed = true;
        }
        faulty.disarm();

        String at = mode + " at step " + step;
        assertThat(store.recount(cid).drifted()).as("drift after a failure %s", at).isFalse();
        boolean stored = store.ballots().find(cid, contribution, vote.participant()).isPresent();
        assertThat(store.ballots().tally(cid, contribution).supports())
            .as("tally %s", at)
            .isEqualTo(stored ? 1 : 0);
        assertThat(store.ballots().countTowardLimit(cid, vote.participant()))
            .as("limit counter %s", at)
            .isEqualTo(stored ? 2 : 1);

        if (failed) {
          once.ballots().put(vote, 2);
        }
        assertThat(store.ballots().tally(cid, contribution))
            .as("tally after the retry %s", at)
            .isEqualTo(new Tally(contribution, 1, 0, 0, List.of()));
        assertThat(store.ballots().countTowardLimit(cid, vote.participant())).isEqualTo(2);
        assertThat(store.recount(cid).drifted()).isFalse();
      }
    }
  }

  @Test
  void aVoteWhoseCommitAnswerIsLostIsFoundStoredAndNotCastAgain() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    faulty.failAt(
        stepsOf(s -> s.ballots().put(supportOn(otherContribution(), "counting"), 3)),
        FaultyDataSource.Mode.AFTER_COMMIT);

    Optional<BallotRecord> previous = retrying.ballots().put(support("camille"), 3);

    assertThat(faulty.failures()).isEqualTo(1);
    assertThat(previous).isEmpty();
    assertThat(store.ballots().tally(cid, contribution).supports()).isEqualTo(1);
    assertThat(store.ballots().countTowardLimit(cid, ParticipantId.of("camille"))).isEqualTo(1);
  }

  @Test
  void aConnectionLostBeforeTheCommitRunsTheTransactionAgainOnAFreshConnection() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    AtomicInteger runs = new AtomicInteger();
    faulty.failAt(4, FaultyDataSource.Mode.BEFORE);

    retrying.transactions().run(() -> twoVotes(retrying, runs, "camille", "dominique"));

    assertThat(runs).hasValue(2);
    assertThat(store.ballots().tally(cid, contribution).supports()).isEqualTo(2);
  }

  @Test
  void aHostTransactionWhoseCommitAnswerIsLostIsFoundStoredAndNotRunAgain() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    AtomicInteger runs = new AtomicInteger();
    faulty.failAt(stepsOfTwoVotes(), FaultyDataSource.Mode.AFTER_COMMIT);

    retrying.transactions().run(() -> twoVotes(retrying, runs, "camille", "dominique"));

    assertThat(faulty.failures()).isEqualTo(1);
    assertThat(runs).hasValue(1);
    assertThat(store.ballots().tally(cid, contribution).supports()).isEqualTo(2);
    assertThat(store.recount(cid).drifted()).isFalse();
  }

  @Test
  void aHostTransactionWhoseCommitNeverArrivedIsFoundAbsentAndRunAgain() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    AtomicInteger runs = new AtomicInteger();
    faulty.failAt(stepsOfTwoVotes(), FaultyDataSource.Mode.BEFORE);

    retrying.transactions().run(() -> twoVotes(retrying, runs, "camille", "dominique"));

    assertThat(faulty.failures()).isEqualTo(1);
    assertThat(runs).hasValue(2);
    assertThat(store.ballots().tally(cid, contribution).supports()).isEqualTo(2);
  }

  @Test
  void aLostCommitWhoseWritesNoLongerAllShowIsAnUnknownOutcome() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    BallotRecord against =
        new BallotRecord(
            cid,
            contribution,
            ParticipantId.of("camille"),
            Ballot.against(),
            JdbcStoreBehaviour.T0,
            JdbcStoreBehaviour.T0.plusSeconds(1));
    ContributionId other = otherContribution();
    int steps =
        stepsOf(
            s ->
                s.transactions()
                    .run(
                        () -> {
                          s.ballots().put(supportOn(other, "counting"), 3);
                          s.ballots()
                              .put(
                                  new BallotRecord(
                                      cid,
                                      other,
                                      ParticipantId.of("counting"),
                                      Ballot.against(),
                                      JdbcStoreBehaviour.T0,
                                      JdbcStoreBehaviour.T0.plusSeconds(1)),
                                  3);
                        }));
    faulty.failAt(steps, FaultyDataSource.Mode.AFTER_COMMIT);

    // The second write replaces the first: after the commit, the first one's effect is gone.
    assertThatThrownBy(
            () ->
                retrying
                    .transactions()
                    .run(
                        () -> {
                          retrying.ballots().put(support("camille"), 3);
                          retrying.ballots().put(against, 3);
                        }))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> {
              assertThat(e.outcomeUnknown()).isTrue();
              assertThat(e.code()).isEqualTo("storage.outcome-unknown");
            });
    // It did commit: the host's own look-up finds it.
    assertThat(store.ballots().find(cid, contribution, ParticipantId.of("camille")))
        .map(BallotRecord::ballot)
        .contains(Ballot.against());
    assertThat(store.recount(cid).drifted()).isFalse();
  }

  @Test
  void aLostCommitWhoseEffectsCannotBeLookedForIsAnUnknownOutcome() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    AtomicInteger runs = new AtomicInteger();
    faulty.failFrom(stepsOfTwoVotes(), FaultyDataSource.Mode.AFTER_COMMIT);

    assertThatThrownBy(
            () ->
                retrying.transactions().run(() -> twoVotes(retrying, runs, "camille", "dominique")))
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    faulty.disarm();

    assertThat(runs).hasValue(1);
    assertThat(store.ballots().tally(cid, contribution).supports()).isEqualTo(2);
  }

  private void twoVotes(JdbcStore on, AtomicInteger runs, String first, String second) {
    runs.incrementAndGet();
    on.ballots().put(support(first), 3);
    on.ballots().put(support(second), 3);
  }

  private int stepsOfTwoVotes() {
    ContributionId other = otherContribution();
    return stepsOf(
        s ->
            s.transactions()
                .run(
                    () -> {
                      s.ballots().put(supportOn(other, "counting-1"), 3);
                      s.ballots().put(supportOn(other, "counting-2"), 3);
                    }));
  }

  /** How many steps (statements and commits) {@code work} takes, run on another contribution. */
  private int stepsOf(java.util.function.Consumer<JdbcStore> work) {
    FaultyDataSource counting = new FaultyDataSource(database().dataSource());
    JdbcStore counted = database().builder(counting).build();
    counting.failAt(1_000, FaultyDataSource.Mode.BEFORE);
    work.accept(counted);
    return counting.steps();
  }

  private ContributionId otherContribution() {
    return new ContributionId(JdbcStoreBehaviour.uuid());
  }
}
