package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.Transactions;

/**
 * The contract of {@link Transactions}: writes of every port commit together or not at all, the
 * work's exception propagates unchanged, nested calls join the outer transaction, and a reference
 * is never used twice by committed data (a number taken by a rolled-back transaction may come
 * back).
 */
public abstract class TransactionsContract extends StoreContract {

  /** For subclasses. */
  protected TransactionsContract() {}

  private Transactions transactions() {
    return store().transactions();
  }

  @Test
  void aTransactionReturnsTheWorksResultAndCommitsEveryWrite() {
    Rows rows = new Rows("commit");

    String result =
        transactions()
            .inTransaction(
                () -> {
                  rows.insertInto(store());
                  return "done";
                });

    assertThat(result).isEqualTo("done");
    rows.assertPresentIn(store());
  }

  @Test
  void runCommitsEveryWrite() {
    Rows rows = new Rows("run");

    transactions().run(() -> rows.insertInto(store()));

    rows.assertPresentIn(store());
  }

  @Test
  void theWorkReadsItsOwnWritesBeforeCommit() {
    Rows rows = new Rows("read-own-writes");

    transactions()
        .run(
            () -> {
              rows.insertInto(store());
              rows.assertPresentIn(store());
            });
  }

  @Test
  void aThrowingWorkUndoesAnInsertIntoEveryPortAndPropagatesItsException() {
    Rows rows = new Rows("rollback");
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                transactions()
                    .run(
                        () -> {
                          rows.insertInto(store());
                          throw boom;
                        }))
        .isSameAs(boom);

    rows.assertAbsentFrom(store());
  }

  @Test
  void anErrorThrownByTheWorkAlsoUndoesItsWrites() {
    Rows rows = new Rows("error");
    AssertionError error = new AssertionError("failed check");

    assertThatThrownBy(
            () ->
                transactions()
                    .run(
                        () -> {
                          rows.insertInto(store());
                          throw error;
                        }))
        .isSameAs(error);

    rows.assertAbsentFrom(store());
  }

  @Test
  void rolledBackInsertsFreeTheirIdsAndUniqueKeys() {
    Rows rows = new Rows("again");
    failIn(() -> rows.insertInto(store()));

    assertThatCode(() -> rows.insertInto(store())).doesNotThrowAnyException();

    rows.assertPresentIn(store());
    assertThat(store().moderation().countFlags(rows.consultation.id(), rows.target)).isEqualTo(1);
  }

  @Test
  void aThrowingWorkRestoresEveryRowItUpdated() {
    Rows rows = new Rows("restore");
    rows.insertInto(store());
    ConsultationId cid = rows.consultation.id();
    Consultation published =
        rows.consultation.withLifecycle(rows.consultation.lifecycle().published(Samples.T0));
    Contribution revised = rows.contribution.revised("Nouveau titre", "Nouveau texte", Samples.T0);

    failIn(
        () -> {
          store().consultations().update(published);
          store().themes().update(new Theme(cid, rows.theme.id(), "Autre", "", 3));
          store()
              .milestones()
              .update(
                  new Milestone(
                      cid,
                      rows.milestone.id(),
                      "Fait",
                      "",
                      LocalDate.of(2017, 4, 1),
                      MilestoneStatus.DONE));
          store()
              .participants()
              .update(rows.participant.withProfile("Asso", ParticipantKind.ASSOCIATION, null));
          store().workshops().update(movedWorkshop(rows.workshop));
          store().contributions().revise(revised, Samples.revisionOf(revised));
          store().comments().update(rows.comment.withStatus(PublicationStatus.HIDDEN));
          store()
              .ballots()
              .put(Samples.ballot(cid, rows.contribution.id(), "camille", Ballot.against()), 0);
        });

    rows.assertPresentIn(store());
    assertThat(store().ballots().tally(cid, rows.contribution.id()))
        .isEqualTo(new Tally(rows.contribution.id(), 1, 0, 0, List.of()));
    assertThat(store().ballots().countTowardLimit(cid, rows.participant.id())).isEqualTo(1);
  }

  @Test
  void aThrowingWorkRestoresAStatusChangeAndARetractedBallot() {
    Rows rows = new Rows("restore-status");
    rows.insertInto(store());
    ConsultationId cid = rows.consultation.id();

    failIn(
        () -> {
          store()
              .contributions()
              .update(rows.contribution.withStatus(PublicationStatus.HIDDEN, Samples.T0));
          store().ballots().remove(cid, rows.contribution.id(), rows.participant.id());
        });

    rows.assertPresentIn(store());
    assertThat(store().ballots().recount(cid))
        .containsEntry(
            rows.contribution.id(), new Tally(rows.contribution.id(), 1, 0, 0, List.of()));
  }

  @Test
  void aLimitReachedInsideATransactionUndoesTheEarlierWrites() {
    Rows rows = new Rows("limit");
    rows.insertInto(store());
    ConsultationId cid = rows.consultation.id();
    Contribution second = Samples.contribution(cid, 2);
    Contribution third = Samples.contribution(cid, 3);

    assertThatThrownBy(
            () ->
                transactions()
                    .run(
                        () -> {
                          store().contributions().insert(second, Samples.revisionOf(second));
                          store().contributions().insert(third, Samples.revisionOf(third));
                          store().ballots().put(ballot(cid, second, "camille"), 2);
                          store().ballots().put(ballot(cid, third, "camille"), 2);
                        }))
        .isInstanceOf(LimitReachedException.class);

    assertThat(store().contributions().find(cid, second.id())).isEmpty();
    assertThat(store().ballots().find(cid, second.id(), rows.participant.id())).isEmpty();
    assertThat(store().ballots().countTowardLimit(cid, rows.participant.id())).isEqualTo(1);
    rows.assertPresentIn(store());
  }

  @Test
  void aConflictInsideATransactionUndoesTheEarlierWrites() {
    Rows rows = new Rows("conflict");
    rows.insertInto(store());
    ConsultationId cid = rows.consultation.id();
    Theme added = Samples.theme(cid, 1);

    assertThatThrownBy(
            () ->
                transactions()
                    .run(
                        () -> {
                          store().themes().insert(added);
                          store().themes().insert(rows.theme);
                        }))
        .isInstanceOf(ConflictException.class);

    assertThat(store().themes().list(cid)).containsExactly(rows.theme);
  }

  @Test
  void aNestedTransactionJoinsTheOuterOneAndIsUndoneWithIt() {
    Rows rows = new Rows("nested");

    failIn(
        () -> {
          String inner =
              transactions()
                  .inTransaction(
                      () -> {
                        rows.insertInto(store());
                        return "inner";
                      });
          assertThat(inner).isEqualTo("inner");
          rows.assertPresentIn(store());
        });

    rows.assertAbsentFrom(store());
  }

  @Test
  void aNestedTransactionCommitsWithTheOuterOne() {
    Rows rows = new Rows("nested-commit");
    Theme second = Samples.theme(rows.consultation.id(), 1);

    transactions()
        .run(
            () -> {
              transactions().run(() -> rows.insertInto(store()));
              store().themes().insert(second);
            });

    rows.assertPresentIn(store());
    assertThat(store().themes().list(rows.consultation.id())).containsExactly(rows.theme, second);
  }

  @Test
  void afterARollbackTheNextReferenceIsTheRolledBackOneOrALaterOneNeverACommittedOne() {
    ConsultationId cid = Samples.consultationId();
    Contribution first = contributionWithNextReference(cid);
    store().contributions().insert(first, Samples.revisionOf(first));
    AtomicReference<Reference> rolledBack = new AtomicReference<>();

    failIn(
        () -> {
          Contribution lost = contributionWithNextReference(cid);
          store().contributions().insert(lost, Samples.revisionOf(lost));
          rolledBack.set(lost.reference());
        });
    Contribution next = contributionWithNextReference(cid);
    store().contributions().insert(next, Samples.revisionOf(next));

    // A store may give the rolled-back number again (a counter row) or skip it (a sequence).
    assertThat(rolledBack).hasValue(new Reference(2));
    assertThat(next.reference().number()).isGreaterThanOrEqualTo(2);
    assertThat(store().contributions().findByReference(cid, first.reference())).contains(first);
    assertThat(store().contributions().findByReference(cid, next.reference())).contains(next);
    assertThat(store().contributions().list(cid, ContributionFilter.all()))
        .containsExactly(first, next);
  }

  @Test
  void referencesTakenInCommittedTransactionsAreNeverTakenAgain() {
    ConsultationId cid = Samples.consultationId();
    List<Reference> taken = new ArrayList<>();

    for (int i = 0; i < 3; i++) {
      taken.addAll(
          transactions()
              .inTransaction(
                  () ->
                      List.of(
                          store().contributions().nextReference(cid),
                          store().contributions().nextReference(cid))));
    }

    assertThat(taken)
        .containsExactly(
            new Reference(1),
            new Reference(2),
            new Reference(3),
            new Reference(4),
            new Reference(5),
            new Reference(6));
  }

  private Contribution contributionWithNextReference(ConsultationId cid) {
    long number = store().contributions().nextReference(cid).number();
    return Samples.contribution(cid, number);
  }

  /** Runs {@code writes} in a transaction that then throws, and checks the exception came back. */
  private void failIn(Runnable writes) {
    RuntimeException rollback = new RuntimeException("roll back");
    assertThatThrownBy(
            () ->
                transactions()
                    .run(
                        () -> {
                          writes.run();
                          throw rollback;
                        }))
        .isSameAs(rollback);
  }

  private static BallotRecord ballot(ConsultationId cid, Contribution c, String participant) {
    return Samples.ballot(cid, c.id(), participant, Ballot.support());
  }

  private static Workshop movedWorkshop(Workshop w) {
    return new Workshop(
        w.consultationId(),
        w.id(),
        "Atelier déplacé",
        "Autre salle",
        w.heldAt().plusDays(1),
        w.place(),
        w.organiser(),
        w.facilitators(),
        w.attendeeCount() + 1,
        w.themes(),
        w.createdAt());
  }
}
