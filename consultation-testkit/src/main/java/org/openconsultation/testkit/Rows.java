package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;

/** One row of every kind, all in one new consultation: what the transaction tests write. */
final class Rows {

  final Consultation consultation;
  final Theme theme;
  final NewsItem news;
  final Milestone milestone;
  final Participant participant;
  final Workshop workshop;
  final Contribution contribution;
  final Comment comment;
  final BallotRecord ballot;
  final ContentRef target;
  final Flag flag;
  final ModerationDecision decision;

  Rows(String slug) {
    consultation = Samples.consultation(slug);
    ConsultationId cid = consultation.id();
    theme = Samples.theme(cid, 0);
    news = Samples.news(cid, Samples.T0);
    milestone = Samples.milestone(cid, LocalDate.of(2017, 3, 24));
    participant = Samples.participant(cid, "camille");
    workshop = Samples.workshop(cid, LocalDateTime.of(2017, 2, 20, 18, 0), Samples.PARIS);
    contribution = Samples.contribution(cid, 1);
    comment = Samples.comment(cid, contribution.id(), Samples.T0);
    ballot = Samples.ballot(cid, contribution.id(), "camille", Ballot.support());
    target = ContentRef.of(contribution.id());
    flag = Samples.flag(cid, target, "camille", Samples.T0);
    decision = Samples.decision(cid, target, Samples.T0);
  }

  /** Inserts every row through its port. */
  void insertInto(ConsultationStore store) {
    store.consultations().insert(consultation);
    store.themes().insert(theme);
    store.news().insert(news);
    store.milestones().insert(milestone);
    store.participants().insert(participant);
    store.workshops().insert(workshop);
    store.contributions().insert(contribution, Samples.revisionOf(contribution));
    store.comments().insert(comment);
    store.ballots().put(ballot, 0);
    store.moderation().insertFlag(flag);
    store.moderation().insertDecision(decision);
  }

  /** Checks that no row is stored, through every lookup of every port. */
  void assertAbsentFrom(ConsultationStore store) {
    ConsultationId cid = consultation.id();
    assertThat(store.consultations().find(cid)).isEmpty();
    assertThat(store.consultations().findBySlug(consultation.slug())).isEmpty();
    assertThat(store.consultations().list()).doesNotContain(consultation);
    assertThat(store.themes().list(cid)).isEmpty();
    assertThat(store.news().list(cid)).isEmpty();
    assertThat(store.milestones().list(cid)).isEmpty();
    assertThat(store.participants().count(cid)).isZero();
    assertThat(store.participants().find(cid, participant.id())).isEmpty();
    assertThat(store.workshops().list(cid)).isEmpty();
    assertThat(store.contributions().list(cid, ContributionFilter.all())).isEmpty();
    assertThat(store.contributions().findByReference(cid, contribution.reference())).isEmpty();
    assertThat(store.contributions().revisions(cid, contribution.id())).isEmpty();
    assertThat(store.comments().find(cid, comment.id())).isEmpty();
    assertThat(store.ballots().find(cid, contribution.id(), participant.id())).isEmpty();
    assertThat(store.ballots().tally(cid, contribution.id()))
        .isEqualTo(Tally.empty(contribution.id()));
    assertThat(store.ballots().countTowardLimit(cid, participant.id())).isZero();
    assertThat(store.ballots().recount(cid)).isEmpty();
    assertThat(store.moderation().flags(cid)).isEmpty();
    assertThat(store.moderation().countFlags(cid, target)).isZero();
    assertThat(store.moderation().decisions(cid)).isEmpty();
  }

  /** Checks that every row is stored as inserted. */
  void assertPresentIn(ConsultationStore store) {
    ConsultationId cid = consultation.id();
    assertThat(store.consultations().find(cid)).contains(consultation);
    assertThat(store.themes().find(cid, theme.id())).contains(theme);
    assertThat(store.news().find(cid, news.id())).contains(news);
    assertThat(store.milestones().find(cid, milestone.id())).contains(milestone);
    assertThat(store.participants().find(cid, participant.id())).contains(participant);
    assertThat(store.workshops().find(cid, workshop.id())).contains(workshop);
    assertThat(store.contributions().find(cid, contribution.id())).contains(contribution);
    assertThat(store.contributions().revisions(cid, contribution.id()))
        .containsExactly(Samples.revisionOf(contribution));
    assertThat(store.comments().find(cid, comment.id())).contains(comment);
    assertThat(store.ballots().find(cid, contribution.id(), participant.id())).contains(ballot);
    assertThat(store.ballots().tally(cid, contribution.id()).supports()).isEqualTo(1);
    assertThat(store.moderation().flags(cid)).containsExactly(flag);
    assertThat(store.moderation().decisions(cid)).containsExactly(decision);
  }
}
