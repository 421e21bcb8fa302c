package org.openconsultation.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.spi.ContributionFilter;

/** How transactions nest, what a rollback keeps, and how {@code forEach…} consumers may behave. */
class InMemoryStoreTransactionTest {

  private final InMemoryStore store = new InMemoryStore();
  private final ConsultationId cid = Fixtures.consultation("plan-velo").id();
  private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopOtherThread() {
    otherThread.shutdownNow();
  }

  @Test
  void nestedTransactionJoinsTheOuterOneAndRollsBackWithIt() {
    Theme theme = Fixtures.theme(cid);
    RuntimeException failure = new IllegalStateException("outer fails");

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          Theme inserted =
                              store
                                  .transactions()
                                  .inTransaction(
                                      () -> {
                                        store.themes().insert(theme);
                                        return theme;
                                      });
                          assertThat(inserted).isSameAs(theme);
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(store.themes().list(cid)).isEmpty();
  }

  @Test
  void failureOfANestedTransactionCaughtByTheOuterWorkIsNotRolledBackAlone() {
    Theme first = Fixtures.theme(cid);
    Theme second = Fixtures.theme(cid);

    store
        .transactions()
        .run(
            () -> {
              store.themes().insert(first);
              try {
                store
                    .transactions()
                    .run(
                        () -> {
                          store.themes().insert(second);
                          throw new IllegalStateException("inner fails");
                        });
              } catch (IllegalStateException expected) {
                // Only the outermost transaction commits or rolls back.
              }
            });

    assertThat(store.themes().list(cid)).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void referencesTakenByARolledBackTransactionAreNotHandedOutAgain() {
    AtomicReference<Reference> taken = new AtomicReference<>();
    Reference first = store.contributions().nextReference(cid);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          taken.set(store.contributions().nextReference(cid));
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(first).isEqualTo(new Reference(1));
    assertThat(taken.get()).isEqualTo(new Reference(2));
    assertThat(store.contributions().nextReference(cid)).isEqualTo(new Reference(3));
  }

  @Test
  void everyForEachConsumerMayCallTheStoreFromAnotherThread() {
    Contribution contribution = Fixtures.contribution(cid, new Reference(1));
    Comment comment = Fixtures.comment(cid, contribution.id());
    store.contributions().insert(contribution, Fixtures.firstRevision(contribution));
    store.comments().insert(comment);
    store.participants().insert(Fixtures.participant(cid, "ana"));
    store.ballots().put(Fixtures.ballot(cid, contribution.id(), "ana", Ballot.support()), 0);
    List<Object> seen = new ArrayList<>();

    store
        .contributions()
        .forEach(
            cid,
            ContributionFilter.all(),
            c -> seen.add(onOtherThread(() -> store.contributions().find(cid, c.id()))));
    store
        .participants()
        .forEach(cid, p -> seen.add(onOtherThread(() -> store.participants().find(cid, p.id()))));
    store
        .comments()
        .forEach(
            cid,
            EnumSet.allOf(PublicationStatus.class),
            c -> seen.add(onOtherThread(() -> store.comments().find(cid, c.id()))));
    store
        .ballots()
        .forEachTally(
            cid,
            t -> seen.add(onOtherThread(() -> store.ballots().tally(cid, t.contributionId()))));
    store
        .ballots()
        .forEachBallot(cid, b -> seen.add(onOtherThread(() -> store.ballots().put(b, 0))));
    store
        .ballots()
        .forEachBallotOf(
            cid, ParticipantId.of("ana"), b -> seen.add(onOtherThread(() -> remove(b))));

    assertThat(seen).hasSize(6);
    assertThat(store.ballots().tally(cid, contribution.id()))
        .isEqualTo(Tally.empty(contribution.id()));
  }

  @Test
  void forEachConsumerMayRemoveTheBallotsItIsGiven() {
    for (int i = 1; i <= 5; i++) {
      Contribution contribution = Fixtures.contribution(cid, new Reference(i));
      store.ballots().put(Fixtures.ballot(cid, contribution.id(), "ana", Ballot.support()), 0);
    }

    store.ballots().forEachBallotOf(cid, ParticipantId.of("ana"), this::remove);

    List<BallotRecord> left = new ArrayList<>();
    store.ballots().forEachBallot(cid, left::add);
    assertThat(left).isEmpty();
    assertThat(store.ballots().countTowardLimit(cid, ParticipantId.of("ana"))).isZero();
  }

  @Test
  void anotherThreadNeverSeesTheWritesOfATransactionThatRollsBack() {
    Theme theme = Fixtures.theme(cid);
    AtomicReference<CompletableFuture<Optional<Theme>>> read = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.themes().insert(theme);
                          read.set(
                              CompletableFuture.supplyAsync(
                                  () -> store.themes().find(cid, theme.id()), otherThread));
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(read.get().orTimeout(10, TimeUnit.SECONDS).join()).isEmpty();
  }

  private Optional<BallotRecord> remove(BallotRecord ballot) {
    return store.ballots().remove(cid, ballot.contributionId(), ballot.participant());
  }

  /** Runs {@code action} on another thread and waits for it; fails instead of hanging. */
  private <T> T onOtherThread(Supplier<T> action) {
    return CompletableFuture.supplyAsync(action, otherThread)
        .orTimeout(10, TimeUnit.SECONDS)
        .join();
  }
}
