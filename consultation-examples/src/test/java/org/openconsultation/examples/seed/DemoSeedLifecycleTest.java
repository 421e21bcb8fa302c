package org.openconsultation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.spi.ContributionFilter;

class DemoSeedLifecycleTest {

  private final Seeded seeded = Seeded.get();
  private final DemoConsultation demo = seeded.demo;

  @Test
  void theOrganiserClosedEarlyForTheElectoralReserve() {
    Consultation c = seeded.engine.consultations().get(Actor.visitor(), demo.id());

    assertThat(seeded.engine.consultations().phase(demo.id())).isEqualTo(Phase.CLOSED);
    assertThat(c.lifecycle().closeReason()).isEqualTo(demo.closeReason()).contains("réserve");
    assertThat(c.effectiveClosing()).isEqualTo(demo.closedAt());
    assertThat(c.schedule().closesAt()).isAfter(demo.closedAt());
    assertThat(c.slug()).isEqualTo(demo.slug());
  }

  @Test
  void aVoteAfterTheEarlyCloseIsRefused() {
    Contribution target =
        seeded
            .engine
            .contributions()
            .list(Actor.visitor(), demo.id(), ContributionFilter.published())
            .get(0);
    DemoPerson voter = demo.participants().get(5);

    assertThatThrownBy(
            () ->
                seeded
                    .engine
                    .votes()
                    .cast(voter.actor(), new CastBallot(demo.id(), target.id(), Ballot.support())))
        .isInstanceOf(PhaseException.class);
  }

  @Test
  void theHiddenContributionIsNotPublic() {
    List<Contribution> published =
        seeded.engine.contributions().list(Actor.visitor(), demo.id(), ContributionFilter.all());
    Contribution hidden =
        seeded.engine.contributions().get(seeded.organiser(), demo.id(), demo.hiddenContribution());

    assertThat(hidden.status()).isEqualTo(PublicationStatus.HIDDEN);
    assertThat(published).extracting(Contribution::id).doesNotContain(hidden.id());
    assertThat(published).hasSize(seeded.contributions.size() - 1);
  }

  @Test
  void moderatorsHidAfterReportsAndLeftOtherReportsAlone() {
    DemoPerson moderator = demo.moderators().get(0);
    List<ModerationDecision> decisions =
        seeded.engine.moderation().decisions(moderator.actor(), demo.id());
    var queue = seeded.engine.moderation().queue(moderator.actor(), demo.id());

    assertThat(decisions)
        .extracting(ModerationDecision::action)
        .containsOnly(ModerationAction.HIDE);
    assertThat(decisions)
        .extracting(ModerationDecision::target)
        .contains(ContentRef.of(demo.hiddenContribution()));
    assertThat(decisions).hasSize(2);
    assertThat(queue.flags().size()).isGreaterThan(decisions.size() * 2);
  }

  @Test
  void theEditedContributionHasThreeRevisions() {
    List<Revision> revisions =
        seeded
            .engine
            .contributions()
            .revisions(Actor.visitor(), demo.id(), demo.editedContribution());

    assertThat(revisions).extracting(Revision::number).containsExactly(1, 2, 3);
    assertThat(revisions.get(2).note()).isNotBlank();
    assertThat(revisions.get(0).body()).isNotEqualTo(revisions.get(2).body());
  }

  @Test
  void newsBriefsQuoteTheFinalFigures() {
    List<NewsItem> news = seeded.engine.news().list(Actor.visitor(), demo.id());
    NewsItem last =
        news.stream().max(java.util.Comparator.comparing(NewsItem::publishedAt)).orElseThrow();
    long registrations = seeded.engine.participants().count(Actor.visitor(), demo.id());

    assertThat(news).hasSizeGreaterThanOrEqualTo(5);
    assertThat(last.publishedAt()).isAfter(demo.closedAt());
    assertThat(last.body())
        .contains(
            registrations + " inscrits",
            seeded.contributions.size() + " contributions",
            seeded.comments.size() + " commentaires");
  }

  @Test
  void theTimelineShowsTheEarlyCloseAndTheComingSynthesis() {
    List<Milestone> timeline = seeded.engine.milestones().timeline(Actor.visitor(), demo.id());

    assertThat(timeline)
        .extracting(Milestone::label, Milestone::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ouverture", MilestoneStatus.DONE),
            org.assertj.core.groups.Tuple.tuple("Ateliers", MilestoneStatus.DONE),
            org.assertj.core.groups.Tuple.tuple("Clôture anticipée", MilestoneStatus.DONE),
            org.assertj.core.groups.Tuple.tuple("Synthèse", MilestoneStatus.PLANNED));
    assertThat(timeline.get(2).date()).isEqualTo(LocalDate.of(2017, 3, 10));
  }

  @Test
  void theDemoPeopleCanSignIn() {
    for (DemoPerson p : demo.participants()) {
      assertThat(seeded.engine.participants().get(p.actor(), demo.id(), p.id()).displayName())
          .isEqualTo(p.displayName());
    }
    for (DemoPerson f : demo.facilitators()) {
      assertThat(seeded.engine.participants().get(f.actor(), demo.id(), f.id()).territory())
          .isEqualTo(f.territory());
    }
    assertThat(demo.moderators()).hasSizeBetween(2, 3);
    assertThat(demo.facilitators().size()).isGreaterThanOrEqualTo(10);
    assertThat(seeded.engine.consultations().get(demo.organiser().actor(), demo.id()).title())
        .isEqualTo(demo.title());
  }
}
