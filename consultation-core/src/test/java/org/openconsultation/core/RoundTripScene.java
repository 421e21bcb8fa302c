package org.openconsultation.core;

import java.time.Duration;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.model.Workshop;

/**
 * A consultation with a bit of everything an export holds, in a for/against vote: two themes, an
 * individual contribution with a location, one edited twice, an assisted one, an institutional one,
 * a workshop with its collective contribution, a hidden contribution and a hidden comment, comments
 * with stances and a reply, and ballots of every side. Texts carry commas, quotes, line breaks,
 * semicolons, accents, emoji and formula characters. The clock moves between steps.
 */
final class RoundTripScene {

  /** The slug every copy of the consultation gets, so that links and descriptors match. */
  static final String SLUG = "plan-velo-971";

  static final ConsultationSettings SETTINGS =
      ConsultationSettings.defaults().withVoteMode(VoteMode.FOR_AGAINST);

  final TestWorld w;
  final ConsultationId c;
  final ThemeId mobility;
  final ThemeId housing;
  final Contribution located;
  final Contribution edited;
  final Contribution assisted;
  final Contribution institutional;
  final Workshop workshop;
  final Contribution collective;
  final Contribution hidden;
  final Comment agree;
  final Comment reply;
  final Comment hiddenComment;
  final Comment replyToHidden;
  final Comment carriageReturn;

  RoundTripScene(TestWorld w) {
    this.w = w;
    ConsultationEngine e = w.engine;
    c = consultation(w);
    mobility =
        e.themes()
            .add(
                w.organiser, new AddTheme(c, "Mobilité, vélo & \"partage\"", "Se déplacer;\nmieux"))
            .id();
    housing = e.themes().add(w.organiser, new AddTheme(c, "Logement", "'Habiter' ici")).id();
    w.register(w.alice, c);
    w.register(w.bob, c);
    w.register(w.carol, c);
    w.register(w.erin, c);
    w.register(w.facilitator, c);
    w.register(w.association, c, ParticipantKind.ASSOCIATION, "971");
    step();
    located =
        e.contributions()
            .submit(
                w.alice,
                new SubmitContribution(
                    c,
                    mobility,
                    "Des pistes cyclables, « sûres » 🚲",
                    "Ligne 1, avec \"guillemets\";\nligne 2 — accentuée : éàç",
                    new GeoPoint(16.2411, -61.5331)));
    step();
    Contribution first =
        e.contributions()
            .submit(w.bob, new SubmitContribution(c, housing, "-1 voiture", "@tous : =SUM(A1)"));
    step();
    e.contributions()
        .edit(w.bob, new EditContribution(c, first.id(), "Moins de voitures", "Version 2", ""));
    step();
    edited =
        e.contributions()
            .edit(
                w.bob,
                new EditContribution(
                    c, first.id(), "+ de vélos", "Version 3,\r\nfinale", "Précisé, merci"));
    step();
    assisted =
        e.contributions()
            .submitAssisted(
                w.facilitator,
                new SubmitAssistedContribution(
                    c, mobility, "\tTram", "Dit au guichet", "Mme Durand", "971", null));
    step();
    institutional =
        e.contributions()
            .submitInstitutional(
                w.association,
                new SubmitInstitutionalContribution(
                    c,
                    housing,
                    "Avis de l'association",
                    "Texte",
                    "=Vélo 971",
                    new GeoPoint(-21.1151, 55.5364)));
    step();
    workshop = w.workshop(w.organiser, c, mobility);
    step();
    collective =
        e.contributions()
            .submitCollective(
                w.facilitator,
                new SubmitCollectiveContribution(
                    c, workshop.id(), mobility, "Synthèse de l'atelier", "Nous proposons…", null));
    step();
    hidden = w.submit(w.carol, c, housing, "=HYPERLINK(\"http://example.org\")");
    vote(w.bob, hidden, Ballot.inFavour());
    e.moderation()
        .decide(
            w.moderator,
            new Moderate(c, ContentRef.of(hidden.id()), ModerationAction.HIDE, "Spam"));
    step();
    agree = post(w.bob, located, null, "D'accord, rue par rue", Stance.AGREE);
    step();
    reply = post(w.alice, located, agree, "Non,\r\npas ici 😅", Stance.DISAGREE);
    step();
    hiddenComment = post(w.erin, collective, null, "@admin spam", null);
    step();
    replyToHidden = post(w.carol, collective, hiddenComment, "\u0000nul", Stance.NEUTRAL);
    e.moderation()
        .decide(
            w.moderator,
            new Moderate(c, ContentRef.of(hiddenComment.id()), ModerationAction.HIDE, "Spam"));
    step();
    carriageReturn = post(w.erin, institutional, null, "\rRetour ; à la ligne", null);
    step();
    vote(w.carol, located, Ballot.inFavour());
    vote(w.bob, located, Ballot.inFavour());
    vote(w.erin, located, Ballot.against());
    vote(w.alice, edited, Ballot.neutral());
    vote(w.alice, collective, Ballot.inFavour());
    vote(w.erin, institutional, Ballot.against());
    step();
  }

  /** An open consultation with the scene's slug, title and settings, and no content. */
  static ConsultationId consultation(TestWorld w) {
    ConsultationId id =
        w.engine
            .consultations()
            .create(
                w.organiser,
                CreateConsultation.of(SLUG, "Plan vélo de Pointe-à-Pitre", w.openNow())
                    .withDescription("Où et comment rouler à vélo ?")
                    .withSettings(SETTINGS))
            .id();
    w.engine.consultations().publish(w.organiser, id);
    return id;
  }

  private Comment post(Actor actor, Contribution on, Comment parent, String body, Stance stance) {
    return w.engine
        .comments()
        .post(
            actor, new PostComment(c, on.id(), parent == null ? null : parent.id(), body, stance));
  }

  private void vote(Actor actor, Contribution on, Ballot ballot) {
    w.engine.votes().cast(actor, new CastBallot(c, on.id(), ballot));
  }

  private void step() {
    w.clock.advance(Duration.ofMinutes(7));
  }
}
