package org.openconsultation.core;

import java.time.LocalDate;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.model.Workshop;

/**
 * A populated world: an open support-mode consultation with two themes, registrations,
 * contributions of every kind, comments, a ballot, a report, a workshop, news and a milestone; a
 * second open consultation in majority-judgment mode; and a draft.
 */
final class Scene {

  final TestWorld w;
  final ConsultationEngine engine;

  /** Open, support mode, defaults (post-moderation, no limit, results visible). */
  final ConsultationId c;

  final ThemeId mobility;
  final ThemeId housing;

  /** C-1, by alice, published. */
  final Contribution aliceIdea;

  /** C-2, by bob, published. */
  final Contribution bobIdea;

  /** Bob's comment on alice's idea. */
  final Comment bobOnAlice;

  /** Alice's comment on bob's idea. */
  final Comment aliceOnBob;

  /** Recorded by the organiser, run by {@link TestWorld#facilitator}, 12 attendees. */
  final Workshop workshop;

  /** C-3, the workshop's collective contribution. */
  final Contribution collective;

  final NewsItem news;
  final Milestone milestone;

  /** Open, majority judgment on six grades. */
  final ConsultationId mj;

  final ThemeId mjTheme;
  final Contribution mjIdea;

  /** A draft nobody but organisers and moderators sees. */
  final ConsultationId draft;

  Scene() {
    this(new TestWorld());
  }

  Scene(TestWorld world) {
    this.w = world;
    this.engine = world.engine;
    c = w.open();
    mobility = w.theme(c, "Mobilité");
    housing = w.theme(c, "Logement");
    w.register(w.alice, c);
    w.register(w.bob, c);
    w.register(w.carol, c);
    w.register(w.erin, c);
    w.register(w.facilitator, c);
    w.register(w.otherFacilitator, c);
    w.register(w.association, c, ParticipantKind.ASSOCIATION, "971");
    aliceIdea = w.submit(w.alice, c, mobility, "Des pistes cyclables");
    bobIdea = w.submit(w.bob, c, housing, "Plus de logements sociaux");
    bobOnAlice =
        engine
            .comments()
            .post(
                w.bob,
                new PostComment(c, aliceIdea.id(), null, "D'accord, rue par rue", Stance.AGREE));
    aliceOnBob =
        engine.comments().post(w.alice, new PostComment(c, bobIdea.id(), null, "Où ça ?", null));
    engine.votes().cast(w.carol, new CastBallot(c, aliceIdea.id(), Ballot.support()));
    engine
        .moderation()
        .flag(w.carol, new FlagContent(c, ContentRef.of(bobIdea.id()), "Hors sujet"));
    workshop = w.workshop(w.organiser, c, mobility);
    collective =
        engine
            .contributions()
            .submitCollective(
                w.facilitator,
                new SubmitCollectiveContribution(
                    c, workshop.id(), mobility, "Synthèse de l'atelier", "Nous proposons…", null));
    news =
        engine
            .news()
            .publish(w.organiser, new PublishNews(c, "Ouverture", "La consultation est ouverte."));
    milestone =
        engine
            .milestones()
            .add(
                w.organiser,
                new AddMilestone(
                    c,
                    "Publication de la synthèse",
                    "",
                    LocalDate.of(2026, 6, 1),
                    MilestoneStatus.PLANNED));

    mj =
        w.open(
            ConsultationSettings.defaults()
                .withVoteMode(VoteMode.MAJORITY_JUDGMENT)
                .withGradeCount(6));
    mjTheme = w.theme(mj, "Budget");
    w.register(w.alice, mj);
    w.register(w.bob, mj);
    mjIdea = w.submit(w.alice, mj, mjTheme, "Budget participatif");

    draft = w.draft(ConsultationSettings.defaults(), w.openNow());
  }
}
