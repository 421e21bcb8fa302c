package org.openconsultation.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.command.UpdateTheme;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Stance;

/**
 * A command of the engine, the action the authorisation policy is asked about, and who in the cast
 * lacks that action; {@link #all()} lists every command of the engine.
 *
 * @param name the facade and method, as in {@code contributions().submit}
 * @param action the action the policy is asked about
 * @param command the call
 * @param lacking the actors of the cast who may not perform it
 */
record GuardedCommand(
    String name,
    Action action,
    GuardedCommand.Command command,
    Function<TestWorld, List<Actor>> lacking) {

  /** A command performed by some actor on the scene. */
  @FunctionalInterface
  interface Command {
    void run(Scene s, Actor actor);
  }

  @Override
  public String toString() {
    return name;
  }

  static String forbiddenCode(Action action) {
    return "forbidden." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String describe(Actor a) {
    return a.participant() == null ? "anonymous visitor" : a.participant() + " " + a.roles();
  }

  private static List<Actor> notOrganisers(TestWorld w) {
    return List.of(w.alice, w.moderator, w.facilitator, w.signedInVisitor, w.visitor);
  }

  private static List<Actor> notParticipants(TestWorld w) {
    return List.of(w.organiser, w.moderator, w.facilitator, w.signedInVisitor, w.visitor);
  }

  private static List<Actor> notFacilitators(TestWorld w) {
    return List.of(w.alice, w.moderator, w.signedInVisitor, w.visitor);
  }

  private static List<Actor> notSignedInRoles(TestWorld w) {
    return List.of(w.signedInVisitor, w.visitor);
  }

  private static List<Actor> notAuthors(TestWorld w) {
    return List.of(w.bob, w.facilitator, w.moderator, w.organiser, w.signedInVisitor, w.visitor);
  }

  private static List<Actor> notModerators(TestWorld w) {
    return List.of(w.alice, w.facilitator, w.signedInVisitor, w.visitor);
  }

  static List<GuardedCommand> all() {
    return List.of(
        new GuardedCommand(
            "consultations().create",
            Action.CREATE_CONSULTATION,
            (s, a) ->
                s.engine
                    .consultations()
                    .create(a, CreateConsultation.of("autre", "Autre", s.w.openNow())),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "consultations().updateSettings",
            Action.UPDATE_SETTINGS,
            (s, a) ->
                s.engine
                    .consultations()
                    .updateSettings(
                        a,
                        new UpdateSettings(
                            s.c, ConsultationSettings.defaults().withSupportLimit(3))),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "consultations().publish",
            Action.MANAGE_LIFECYCLE,
            (s, a) -> s.engine.consultations().publish(a, s.c),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "consultations().closeEarly",
            Action.MANAGE_LIFECYCLE,
            (s, a) -> s.engine.consultations().closeEarly(a, new CloseEarly(s.c, "Réserve")),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "consultations().extend",
            Action.MANAGE_LIFECYCLE,
            (s, a) ->
                s.engine
                    .consultations()
                    .extend(
                        a,
                        new ExtendConsultation(s.c, s.w.clock.instant().plus(Duration.ofDays(90)))),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "consultations().publishResults",
            Action.MANAGE_LIFECYCLE,
            (s, a) -> s.engine.consultations().publishResults(a, s.c),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "consultations().archive",
            Action.MANAGE_LIFECYCLE,
            (s, a) -> s.engine.consultations().archive(a, s.c),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "themes().add",
            Action.MANAGE_THEMES,
            (s, a) -> s.engine.themes().add(a, new AddTheme(s.c, "Santé", "")),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "themes().update",
            Action.MANAGE_THEMES,
            (s, a) ->
                s.engine.themes().update(a, new UpdateTheme(s.c, s.housing, "Logement", "", 0)),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "news().publish",
            Action.PUBLISH_NEWS,
            (s, a) -> s.engine.news().publish(a, new PublishNews(s.c, "Brève", "Texte")),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "milestones().add",
            Action.MANAGE_MILESTONES,
            (s, a) ->
                s.engine
                    .milestones()
                    .add(
                        a,
                        new AddMilestone(
                            s.c, "Bilan", "", LocalDate.of(2026, 7, 1), MilestoneStatus.PLANNED)),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "milestones().update",
            Action.MANAGE_MILESTONES,
            (s, a) ->
                s.engine
                    .milestones()
                    .update(
                        a,
                        new UpdateMilestone(
                            s.c,
                            s.milestone.id(),
                            "Bilan",
                            "",
                            LocalDate.of(2026, 7, 1),
                            MilestoneStatus.DONE)),
            GuardedCommand::notOrganisers),
        new GuardedCommand(
            "participants().register",
            Action.REGISTER,
            (s, a) ->
                s.engine
                    .participants()
                    .register(a, new Register(s.c, "Quelqu'un", ParticipantKind.PERSON, null, "1")),
            GuardedCommand::notSignedInRoles),
        new GuardedCommand(
            "participants().updateProfile",
            Action.REGISTER,
            (s, a) ->
                s.engine
                    .participants()
                    .updateProfile(
                        a, new UpdateProfile(s.c, "Quelqu'un", ParticipantKind.PERSON, null)),
            GuardedCommand::notSignedInRoles),
        new GuardedCommand(
            "contributions().submit",
            Action.SUBMIT_CONTRIBUTION,
            (s, a) ->
                s.engine
                    .contributions()
                    .submit(a, new SubmitContribution(s.c, s.mobility, "Titre", "Texte")),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "contributions().submitInstitutional",
            Action.SUBMIT_INSTITUTIONAL_CONTRIBUTION,
            (s, a) ->
                s.engine
                    .contributions()
                    .submitInstitutional(
                        a,
                        new SubmitInstitutionalContribution(
                            s.c, s.mobility, "Titre", "Texte", "Mairie", null)),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "contributions().submitAssisted",
            Action.SUBMIT_ASSISTED_CONTRIBUTION,
            (s, a) ->
                s.engine
                    .contributions()
                    .submitAssisted(
                        a,
                        new SubmitAssistedContribution(
                            s.c, s.mobility, "Titre", "Texte", "Mme Durand", "75", null)),
            w -> List.of(w.alice, w.organiser, w.moderator, w.signedInVisitor, w.visitor)),
        new GuardedCommand(
            "contributions().submitCollective",
            Action.SUBMIT_COLLECTIVE_CONTRIBUTION,
            (s, a) ->
                s.engine
                    .contributions()
                    .submitCollective(
                        a,
                        new SubmitCollectiveContribution(
                            s.c, s.workshop.id(), s.mobility, "Titre", "Texte", null)),
            GuardedCommand::notFacilitators),
        new GuardedCommand(
            "contributions().edit",
            Action.EDIT_OWN_CONTRIBUTION,
            (s, a) ->
                s.engine
                    .contributions()
                    .edit(a, new EditContribution(s.c, s.aliceIdea.id(), "Titre", "Texte", "")),
            GuardedCommand::notAuthors),
        new GuardedCommand(
            "contributions().withdraw",
            Action.EDIT_OWN_CONTRIBUTION,
            (s, a) ->
                s.engine
                    .contributions()
                    .withdraw(a, new WithdrawContribution(s.c, s.aliceIdea.id())),
            GuardedCommand::notAuthors),
        new GuardedCommand(
            "workshops().record",
            Action.MANAGE_WORKSHOPS,
            (s, a) ->
                s.engine
                    .workshops()
                    .record(
                        a,
                        new RecordWorkshop(
                            s.c,
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 6, 18, 0),
                            TestWorld.place(),
                            5,
                            Set.of(),
                            List.of(s.housing))),
            GuardedCommand::notFacilitators),
        new GuardedCommand(
            "workshops().update",
            Action.MANAGE_WORKSHOPS,
            (s, a) ->
                s.engine
                    .workshops()
                    .update(
                        a,
                        new UpdateWorkshop(
                            s.c,
                            s.workshop.id(),
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            TestWorld.place(),
                            12,
                            Set.of(s.w.facilitator.participant()),
                            List.of(s.mobility))),
            GuardedCommand::notFacilitators),
        new GuardedCommand(
            "comments().post",
            Action.COMMENT,
            (s, a) ->
                s.engine
                    .comments()
                    .post(
                        a,
                        new PostComment(
                            s.c, s.aliceIdea.id(), s.bobOnAlice.id(), "Oui", Stance.AGREE)),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "votes().cast",
            Action.VOTE,
            (s, a) ->
                s.engine.votes().cast(a, new CastBallot(s.c, s.bobIdea.id(), Ballot.support())),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "votes().retract",
            Action.VOTE,
            (s, a) -> s.engine.votes().retract(a, new RetractBallot(s.c, s.aliceIdea.id())),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "moderation().flag",
            Action.FLAG,
            (s, a) ->
                s.engine
                    .moderation()
                    .flag(a, new FlagContent(s.c, ContentRef.of(s.aliceIdea.id()), "Spam")),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "moderation().decide",
            Action.MODERATE,
            (s, a) ->
                s.engine
                    .moderation()
                    .decide(
                        a,
                        new Moderate(
                            s.c, ContentRef.of(s.bobIdea.id()), ModerationAction.HIDE, "Spam")),
            GuardedCommand::notModerators),
        new GuardedCommand(
            "moderation().queue",
            Action.MODERATE,
            (s, a) -> s.engine.moderation().queue(a, s.c),
            GuardedCommand::notModerators),
        new GuardedCommand(
            "moderation().decisions",
            Action.MODERATE,
            (s, a) -> s.engine.moderation().decisions(a, s.c),
            GuardedCommand::notModerators),
        new GuardedCommand(
            "votes().cast in majority judgment",
            Action.VOTE,
            (s, a) ->
                s.engine.votes().cast(a, new CastBallot(s.mj, s.mjIdea.id(), Ballot.grade(2))),
            GuardedCommand::notParticipants),
        new GuardedCommand(
            "comments().post on the other consultation",
            Action.COMMENT,
            (s, a) ->
                s.engine
                    .comments()
                    .post(a, new PostComment(s.mj, s.mjIdea.id(), null, "Bonjour", null)),
            GuardedCommand::notParticipants));
  }
}
