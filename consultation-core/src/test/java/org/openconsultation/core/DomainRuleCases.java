package org.openconsultation.core;

import static org.openconsultation.core.ValidationCase.exactRule;
import static org.openconsultation.core.ValidationCase.invalid;
import static org.openconsultation.core.ValidationCase.rule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.VoteMode;

/** Well-formed commands that break one of the engine's rules. */
final class DomainRuleCases {

  private DomainRuleCases() {}

  static List<ValidationCase> all() {
    return List.of(
        invalid(
            "SubmitContribution: theme of another consultation",
            (s, l) ->
                s.engine
                    .contributions()
                    .submit(
                        s.w.alice.withLocale(l),
                        new SubmitContribution(s.c, s.mjTheme, "Titre", "Texte")),
            rule(
                "theme.unknown",
                "theme",
                "Thème inconnu pour cette consultation : ",
                "Unknown theme for this consultation: ")),
        invalid(
            "RecordWorkshop: theme of another consultation",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        ContributionConstraintCases.workshop(
                            s, TestWorld.place(), 4, List.of(s.mobility, s.mjTheme))),
            rule(
                "theme.unknown",
                "themes",
                "Thème inconnu pour cette consultation",
                "Unknown theme for this consultation")),
        invalid(
            "UpdateWorkshop: theme of another consultation",
            (s, l) ->
                s.engine
                    .workshops()
                    .update(
                        s.w.facilitator.withLocale(l),
                        new UpdateWorkshop(
                            s.c,
                            s.workshop.id(),
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            TestWorld.place(),
                            12,
                            Set.of(s.w.facilitator.participant()),
                            List.of(s.mjTheme))),
            rule(
                "theme.unknown",
                "themes",
                "Thème inconnu pour cette consultation",
                "Unknown theme for this consultation")),
        invalid(
            "Register: terms version mismatch",
            (s, l) ->
                s.engine
                    .participants()
                    .register(
                        s.w.dave.withLocale(l),
                        new Register(s.c, "Dave", ParticipantKind.PERSON, "75", "0")),
            exactRule(
                "participant.terms",
                "acceptedTermsVersion",
                "Vous devez accepter les conditions en vigueur (version 1).",
                "You must accept the current terms (version 1).")),
        invalid(
            "CastBallot: a grade in support mode",
            (s, l) ->
                s.engine
                    .votes()
                    .cast(
                        s.w.bob.withLocale(l),
                        new CastBallot(s.c, s.aliceIdea.id(), Ballot.grade(3))),
            exactRule(
                "vote.mode",
                "ballot",
                "Ce vote ne correspond pas au mode de vote de la consultation (SUPPORT).",
                "This ballot does not fit the consultation's vote mode (SUPPORT).")),
        invalid(
            "CastBallot: a support in majority-judgment mode",
            (s, l) ->
                s.engine
                    .votes()
                    .cast(
                        s.w.bob.withLocale(l),
                        new CastBallot(s.mj, s.mjIdea.id(), Ballot.support())),
            rule("vote.mode", "ballot", "mode de vote", "vote mode")),
        invalid(
            "CastBallot: a grade beyond the scale",
            (s, l) ->
                s.engine
                    .votes()
                    .cast(
                        s.w.bob.withLocale(l),
                        new CastBallot(s.mj, s.mjIdea.id(), Ballot.grade(6))),
            exactRule(
                "vote.grade",
                "ballot",
                "La mention doit être comprise entre 0 et 5.",
                "The grade must be between 0 and 5.")),
        invalid(
            "PostComment: reply to a comment of another contribution",
            (s, l) ->
                s.engine
                    .comments()
                    .post(
                        s.w.carol.withLocale(l),
                        new PostComment(
                            s.c, s.aliceIdea.id(), s.aliceOnBob.id(), "Je réponds", null)),
            exactRule(
                "comment.parent",
                "replyTo",
                "Une réponse doit répondre à un commentaire de la même contribution.",
                "A reply must answer a comment on the same contribution.")),
        invalid(
            "ExtendConsultation: to an earlier time",
            (s, l) -> {
              Instant closes =
                  s.engine.consultations().get(s.w.organiser, s.c).schedule().closesAt();
              s.engine
                  .consultations()
                  .extend(
                      s.w.organiser.withLocale(l),
                      new ExtendConsultation(s.c, closes.minus(Duration.ofDays(1))));
            },
            exactRule(
                "lifecycle.extension",
                "closesAt",
                "La nouvelle date de clôture doit être postérieure à l'actuelle.",
                "The new closing time must be after the current one.")),
        invalid(
            "ExtendConsultation: to the same time",
            (s, l) -> {
              Instant closes =
                  s.engine.consultations().get(s.w.organiser, s.c).schedule().closesAt();
              s.engine
                  .consultations()
                  .extend(s.w.organiser.withLocale(l), new ExtendConsultation(s.c, closes));
            },
            rule("lifecycle.extension", "closesAt", "date de clôture", "closing time")),
        invalid(
            "UpdateSettings: unknown ranking rule",
            (s, l) ->
                s.engine
                    .consultations()
                    .updateSettings(
                        s.w.organiser.withLocale(l),
                        new UpdateSettings(
                            s.c, ConsultationSettings.defaults().withDefaultRankingRule("nope"))),
            exactRule(
                "settings.rule",
                "settings.defaultRankingRule",
                "Règle de classement inconnue : nope.",
                "Unknown ranking rule: nope.")),
        invalid(
            "UpdateSettings: vote mode change while open",
            (s, l) ->
                s.engine
                    .consultations()
                    .updateSettings(
                        s.w.organiser.withLocale(l),
                        new UpdateSettings(
                            s.c, ConsultationSettings.defaults().withVoteMode(VoteMode.APPROVAL))),
            exactRule(
                "settings.vote-mode",
                "settings.voteMode",
                "Le mode de vote et l'échelle de mentions ne peuvent changer qu'avant l'ouverture"
                    + " de la consultation.",
                "The vote mode and the grade scale can only change before the consultation"
                    + " opens.")),
        invalid(
            "CreateConsultation: unknown ranking rule",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        CreateConsultation.of("plan-velo", "Plan vélo", s.w.openNow())
                            .withSettings(
                                ConsultationSettings.defaults().withDefaultRankingRule("nope"))),
            rule("settings.rule", "settings.defaultRankingRule", "nope", "nope")),
        invalid(
            "Rankings: unknown ranking rule",
            (s, l) ->
                s.engine
                    .rankings()
                    .rank(s.w.alice.withLocale(l), RankingQuery.of(s.c).rule("nope")),
            exactRule(
                "ranking.rule",
                "rule",
                "Règle de classement inconnue : nope.",
                "Unknown ranking rule: nope.")),
        invalid(
            "SubmitCollectiveContribution: more attendees than the workshop had",
            (s, l) ->
                s.engine
                    .contributions()
                    .submitCollective(
                        s.w.facilitator.withLocale(l),
                        new SubmitCollectiveContribution(
                            s.c, s.workshop.id(), s.mobility, "Titre", "Texte", 13)),
            exactRule(
                "workshop.attendees",
                "attendeeCount",
                "Une contribution collective ne peut parler pour plus de personnes (13) que"
                    + " l'atelier n'en a réuni (12).",
                "A collective contribution cannot speak for more people (13) than attended the"
                    + " workshop (12).")),
        invalid(
            "Contributions: malformed reference",
            (s, l) -> s.engine.contributions().resolve(s.w.alice.withLocale(l), s.c, "C-x"),
            exactRule(
                "reference.format",
                "reference",
                "Une référence s'écrit comme C-42, ou C-42.2 pour une version.",
                "Expected a reference such as C-42, or C-42.2 for a revision.")),
        invalid(
            "Moderate: approving published content",
            (s, l) ->
                s.engine
                    .moderation()
                    .decide(
                        s.w.moderator.withLocale(l),
                        new Moderate(
                            s.c, ContentRef.of(s.bobIdea.id()), ModerationAction.APPROVE, "ok")),
            rule(
                "moderation.transition",
                "action",
                "Cette décision ne s'applique pas à un contenu",
                "This decision does not apply to content that is published.")));
  }
}
