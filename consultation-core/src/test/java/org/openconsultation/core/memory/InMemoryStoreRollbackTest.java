package org.openconsultation.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/** A transaction whose work throws leaves no trace of any kind of write. */
class InMemoryStoreRollbackTest {

  private final InMemoryStore store = new InMemoryStore();
  private final Consultation consultation = Fixtures.consultation("plan-velo");
  private final ConsultationId cid = consultation.id();

  @Test
  void rollbackUndoesAnInsertIntoEveryPort() {
    Rows rows = new Rows(cid);
    Consultation other = Fixtures.consultation("autre");

    failIn(
        () -> {
          store.consultations().insert(other);
          rows.insertInto(store);
        });

    assertThat(store.consultations().find(other.id())).isEmpty();
    assertThat(store.consultations().findBySlug("autre")).isEmpty();
    assertThat(store.consultations().list()).isEmpty();
    assertThat(store.themes().list(cid)).isEmpty();
    assertThat(store.news().list(cid)).isEmpty();
    assertThat(store.milestones().list(cid)).isEmpty();
    assertThat(store.participants().count(cid)).isZero();
    assertThat(store.workshops().list(cid)).isEmpty();
    assertThat(store.contributions().find(cid, rows.contribution.id())).isEmpty();
    assertThat(store.contributions().findByReference(cid, new Reference(1))).isEmpty();
    assertThat(store.contributions().revisions(cid, rows.contribution.id())).isEmpty();
    assertThat(store.comments().find(cid, rows.comment.id())).isEmpty();
    assertThat(store.moderation().flags(cid)).isEmpty();
    assertThat(store.moderation().countFlags(cid, rows.target)).isZero();
    assertThat(store.moderation().decisions(cid)).isEmpty();
    assertThat(store.ballots().find(cid, rows.contribution.id(), rows.participant.id())).isEmpty();
    assertThat(store.ballots().tally(cid, rows.contribution.id()))
        .isEqualTo(Tally.empty(rows.contribution.id()));
    assertThat(store.ballots().countTowardLimit(cid, rows.participant.id())).isZero();
  }

  @Test
  void rolledBackInsertsFreeTheirIdsAndUniqueKeys() {
    Rows rows = new Rows(cid);
    failIn(
        () -> {
          store.consultations().insert(consultation);
          rows.insertInto(store);
        });

    assertThatCode(
            () -> {
              store.consultations().insert(consultation);
              rows.insertInto(store);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void rollbackRestoresUpdatedRows() {
    store.consultations().insert(consultation);
    Rows rows = new Rows(cid);
    rows.insertInto(store);
    Consultation renamed = withSlug(consultation, "velo-2026");

    failIn(
        () -> {
          store.consultations().update(renamed);
          store.themes().update(new Theme(cid, rows.theme.id(), "Autre", "", 4));
          store.milestones().update(done(rows.milestone));
          store
              .participants()
              .update(rows.participant.withProfile("Asso", ParticipantKind.ASSOCIATION, null));
          store
              .contributions()
              .update(rows.contribution.withStatus(PublicationStatus.HIDDEN, Fixtures.NOW));
          store.comments().update(rows.comment.withStatus(PublicationStatus.HIDDEN));
        });

    assertThat(store.consultations().find(cid)).contains(consultation);
    assertThat(store.consultations().findBySlug("plan-velo")).contains(consultation);
    assertThat(store.consultations().findBySlug("velo-2026")).isEmpty();
    assertThat(store.themes().find(cid, rows.theme.id())).contains(rows.theme);
    assertThat(store.milestones().find(cid, rows.milestone.id())).contains(rows.milestone);
    assertThat(store.participants().find(cid, rows.participant.id())).contains(rows.participant);
    assertThat(store.contributions().find(cid, rows.contribution.id())).contains(rows.contribution);
    assertThat(store.comments().find(cid, rows.comment.id())).contains(rows.comment);
  }

  @Test
  void rollbackRestoresARevisedContributionAndDropsItsNewRevision() {
    Contribution contribution = Fixtures.contribution(cid, new Reference(1));
    store.contributions().insert(contribution, Fixtures.firstRevision(contribution));
    Contribution revised =
        contribution.revised("Deux pistes", "Rue Lafayette et quai", Fixtures.NOW);

    failIn(() -> store.contributions().revise(revised, Fixtures.revisionOf(revised)));

    assertThat(store.contributions().find(cid, contribution.id())).contains(contribution);
    assertThat(store.contributions().revisions(cid, contribution.id()))
        .containsExactly(Fixtures.firstRevision(contribution));
    store.contributions().revise(revised, Fixtures.revisionOf(revised));
    assertThat(store.contributions().revisions(cid, contribution.id())).hasSize(2);
  }

  @Test
  void rollbackRestoresBallotsTalliesAndLimitCounters() {
    ContributionId a = contributionId();
    ContributionId b = contributionId();
    ContributionId c = contributionId();
    store.ballots().put(ballot(a, "ana", Ballot.support()), 2);
    store.ballots().put(ballot(b, "ana", Ballot.grade(3)), 2);
    store.ballots().put(ballot(b, "bob", Ballot.support()), 2);
    store.ballots().put(ballot(a, "bob", Ballot.against()), 2);
    BallotState before = ballotState("ana", "bob", "eve");

    failIn(
        () -> {
          store.ballots().put(ballot(a, "ana", Ballot.against()), 2);
          store.ballots().put(ballot(c, "ana", Ballot.support()), 2);
          store.ballots().remove(cid, b, ParticipantId.of("bob"));
          store.ballots().put(ballot(b, "ana", Ballot.grade(5)), 2);
          store.ballots().put(ballot(c, "eve", Ballot.support()), 2);
          store.ballots().remove(cid, a, ParticipantId.of("bob"));
        });

    assertThat(ballotState("ana", "bob", "eve")).isEqualTo(before);
  }

  @Test
  void anErrorThrownByTheWorkRollsBackAndPropagatesUnchanged() {
    Theme theme = Fixtures.theme(cid);
    Error error = new AssertionError("boom");

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.themes().insert(theme);
                          throw error;
                        }))
        .isSameAs(error);

    assertThat(store.themes().list(cid)).isEmpty();
  }

  @Test
  void aConflictRaisedByTheStoreRollsBackTheWritesBeforeIt() {
    Theme theme = Fixtures.theme(cid);
    Theme fresh = Fixtures.theme(cid);
    store.themes().insert(theme);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.themes().insert(fresh);
                          store.themes().insert(theme);
                        }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("theme.duplicate"));

    assertThat(store.themes().list(cid)).containsExactly(theme);
  }

  @Test
  void writesOutsideATransactionStandWhenALaterTransactionFails() {
    Theme kept = Fixtures.theme(cid);
    store.themes().insert(kept);

    failIn(() -> store.themes().insert(Fixtures.theme(cid)));

    assertThat(store.themes().list(cid)).containsExactly(kept);
  }

  private void failIn(Runnable work) {
    RuntimeException failure = new IllegalStateException("the work fails");
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          work.run();
                          throw failure;
                        }))
        .isSameAs(failure);
  }

  private BallotRecord ballot(ContributionId contribution, String participant, Ballot value) {
    return Fixtures.ballot(cid, contribution, participant, value);
  }

  private BallotState ballotState(String... participants) {
    List<BallotRecord> ballots = new ArrayList<>();
    List<Tally> tallies = new ArrayList<>();
    store.ballots().forEachBallot(cid, ballots::add);
    store.ballots().forEachTally(cid, tallies::add);
    Map<String, Long> counters = new HashMap<>();
    for (String participant : participants) {
      counters.put(
          participant, store.ballots().countTowardLimit(cid, ParticipantId.of(participant)));
    }
    return new BallotState(ballots, tallies, counters);
  }

  private static ContributionId contributionId() {
    return new ContributionId(UUID.randomUUID());
  }

  private static Consultation withSlug(Consultation c, String slug) {
    return new Consultation(
        c.id(),
        slug,
        c.title(),
        c.description(),
        c.organiser(),
        c.locale(),
        c.schedule(),
        c.settings(),
        c.lifecycle(),
        c.termsVersion(),
        c.createdAt(),
        c.version() + 1);
  }

  private static Milestone done(Milestone m) {
    return new Milestone(
        m.consultationId(),
        m.id(),
        m.label(),
        m.description(),
        LocalDate.of(2026, 7, 1),
        MilestoneStatus.DONE);
  }

  /** Everything the store holds about ballots, as seen through the port. */
  private record BallotState(
      List<BallotRecord> ballots, List<Tally> tallies, Map<String, Long> counters) {}

  /** One row of every aggregate but consultations, in one consultation. */
  private static final class Rows {
    final Theme theme;
    final NewsItem news;
    final Milestone milestone;
    final Participant participant;
    final Workshop workshop;
    final Contribution contribution;
    final Comment comment;
    final ContentRef target;
    final Flag flag;
    final ModerationDecision decision;
    final BallotRecord ballot;

    Rows(ConsultationId cid) {
      theme = Fixtures.theme(cid);
      news = Fixtures.news(cid);
      milestone = Fixtures.milestone(cid);
      participant = Fixtures.participant(cid, "ana");
      workshop = Fixtures.workshop(cid);
      contribution = Fixtures.contribution(cid, new Reference(1));
      comment = Fixtures.comment(cid, contribution.id());
      target = ContentRef.of(contribution.id());
      flag = Fixtures.flag(cid, target, "bob");
      decision = Fixtures.decision(cid, target);
      ballot = Fixtures.ballot(cid, contribution.id(), "ana", Ballot.support());
    }

    void insertInto(InMemoryStore store) {
      store.themes().insert(theme);
      store.news().insert(news);
      store.milestones().insert(milestone);
      store.participants().insert(participant);
      store.workshops().insert(workshop);
      store.contributions().insert(contribution, Fixtures.firstRevision(contribution));
      store.comments().insert(comment);
      assertThat(store.moderation().insertFlag(flag)).isTrue();
      store.moderation().insertDecision(decision);
      store.ballots().put(ballot, 1);
    }
  }
}
