package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;

/**
 * The table of {@code docs/domain.md} that says which operations each phase allows: one {@link Row}
 * per operation, and a consultation {@link Staged} in each phase.
 */
final class PhaseTable {

  private PhaseTable() {}

  /** An actor with every role, so that only the phase decides. */
  static final Actor ALL_ROLES =
      Actor.of(
          ParticipantId.of("all-roles"),
          Role.PARTICIPANT,
          Role.FACILITATOR,
          Role.MODERATOR,
          Role.ORGANISER);

  /** Another one, never registered. */
  static final Actor NEWCOMER =
      Actor.of(
          ParticipantId.of("newcomer"),
          Role.PARTICIPANT,
          Role.FACILITATOR,
          Role.MODERATOR,
          Role.ORGANISER);

  /** A consultation brought to a phase, with whatever content that phase can hold. */
  static final class Staged {
    final TestWorld w = new TestWorld();
    final ConsultationId id;
    ThemeId theme;
    ContributionId own = new ContributionId(UUID.randomUUID());
    ContributionId other = new ContributionId(UUID.randomUUID());

    Staged(Phase phase) {
      switch (phase) {
        case DRAFT -> {
          id = w.draft(ConsultationSettings.defaults(), w.openNow());
          theme = w.theme(id, "Mobilité");
        }
        case SCHEDULED -> {
          id = w.draft(ConsultationSettings.defaults(), w.opensTomorrow());
          theme = w.theme(id, "Mobilité");
          w.engine.consultations().publish(w.organiser, id);
          w.register(ALL_ROLES, id);
        }
        default -> {
          id = w.open();
          theme = w.theme(id, "Mobilité");
          w.register(ALL_ROLES, id);
          w.register(w.alice, id);
          own = w.submit(ALL_ROLES, id, theme, "La mienne").id();
          other = w.submit(w.alice, id, theme, "Celle d'Alice").id();
          w.engine.votes().cast(ALL_ROLES, new CastBallot(id, other, Ballot.support()));
          if (phase != Phase.OPEN) {
            w.clock.advance(Duration.ofDays(31));
          }
          if (phase == Phase.RESULTS_PUBLISHED) {
            w.engine.consultations().publishResults(w.organiser, id);
          }
          if (phase == Phase.ARCHIVED) {
            w.engine.consultations().archive(w.organiser, id);
          }
        }
      }
      assertThat(w.engine.consultations().phase(id)).isEqualTo(phase);
    }
  }

  /** One row of the phase table. */
  @FunctionalInterface
  interface Operation {
    void run(Staged s);
  }

  /**
   * A row of the table in {@code docs/domain.md}: the phases that allow it; the others refuse it
   * with a {@link PhaseException}. Phases in {@code unreachable} cannot hold what the operation
   * needs (no contribution exists before opening) and are skipped.
   */
  record Row(String name, Set<Phase> allowed, Set<Phase> unreachable, Operation op) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Set<Phase> NOT_ARCHIVED = EnumSet.complementOf(EnumSet.of(Phase.ARCHIVED));
  private static final Set<Phase> BEFORE_CLOSE =
      EnumSet.of(Phase.DRAFT, Phase.SCHEDULED, Phase.OPEN);
  private static final Set<Phase> NO_CONTENT = EnumSet.of(Phase.DRAFT, Phase.SCHEDULED);
  private static final Set<Phase> NONE = EnumSet.noneOf(Phase.class);

  static List<Row> rows() {
    return List.of(
        new Row(
            "publish",
            EnumSet.of(Phase.DRAFT),
            NONE,
            s -> s.w.engine.consultations().publish(ALL_ROLES, s.id)),
        new Row(
            "close early",
            EnumSet.of(Phase.SCHEDULED, Phase.OPEN),
            NONE,
            s -> s.w.engine.consultations().closeEarly(ALL_ROLES, new CloseEarly(s.id, "Réserve"))),
        new Row(
            "extend",
            EnumSet.of(Phase.SCHEDULED, Phase.OPEN),
            NONE,
            s ->
                s.w
                    .engine
                    .consultations()
                    .extend(
                        ALL_ROLES,
                        new ExtendConsultation(
                            s.id, s.w.clock.instant().plus(Duration.ofDays(100))))),
        new Row(
            "publish results",
            EnumSet.of(Phase.CLOSED),
            NONE,
            s -> s.w.engine.consultations().publishResults(ALL_ROLES, s.id)),
        new Row(
            "archive",
            EnumSet.of(Phase.CLOSED, Phase.RESULTS_PUBLISHED),
            NONE,
            s -> s.w.engine.consultations().archive(ALL_ROLES, s.id)),
        new Row(
            "update settings",
            BEFORE_CLOSE,
            NONE,
            s ->
                s.w
                    .engine
                    .consultations()
                    .updateSettings(
                        ALL_ROLES,
                        new UpdateSettings(
                            s.id, ConsultationSettings.defaults().withSupportLimit(2)))),
        new Row(
            "change the vote mode",
            EnumSet.of(Phase.DRAFT, Phase.SCHEDULED),
            NONE,
            s -> {
              Throwable t =
                  catchThrowable(
                      () ->
                          s.w
                              .engine
                              .consultations()
                              .updateSettings(
                                  ALL_ROLES,
                                  new UpdateSettings(
                                      s.id,
                                      ConsultationSettings.defaults()
                                          .withVoteMode(VoteMode.FOR_AGAINST))));
              // Open: refused as invalid input rather than by phase (footnote 1 of the table).
              if (t instanceof InvalidInputException e
                  && s.w.engine.consultations().phase(s.id) == Phase.OPEN) {
                assertThat(e.violations().get(0).code()).isEqualTo("settings.vote-mode");
                throw new PhaseException("phase.open", Phase.OPEN, "as documented");
              }
              if (t instanceof RuntimeException r) {
                throw r;
              }
            }),
        new Row(
            "add a theme",
            BEFORE_CLOSE,
            NONE,
            s -> s.w.engine.themes().add(ALL_ROLES, new AddTheme(s.id, "Santé", ""))),
        new Row(
            "publish news",
            NOT_ARCHIVED,
            NONE,
            s -> s.w.engine.news().publish(ALL_ROLES, new PublishNews(s.id, "Brève", "Texte"))),
        new Row(
            "add a milestone",
            NOT_ARCHIVED,
            NONE,
            s ->
                s.w
                    .engine
                    .milestones()
                    .add(
                        ALL_ROLES,
                        new AddMilestone(
                            s.id, "Bilan", "", LocalDate.of(2026, 7, 1), MilestoneStatus.PLANNED))),
        new Row(
            "record a workshop",
            NOT_ARCHIVED,
            NONE,
            s ->
                s.w
                    .engine
                    .workshops()
                    .record(
                        ALL_ROLES,
                        new RecordWorkshop(
                            s.id,
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            TestWorld.place(),
                            8,
                            Set.of(),
                            List.of(s.theme)))),
        new Row(
            "register",
            EnumSet.of(Phase.SCHEDULED, Phase.OPEN),
            NONE,
            s ->
                s.w
                    .engine
                    .participants()
                    .register(
                        NEWCOMER,
                        new Register(
                            s.id, "Nouveau", ParticipantKind.PERSON, null, TestWorld.TERMS))),
        new Row(
            "update one's profile",
            EnumSet.of(Phase.SCHEDULED, Phase.OPEN, Phase.CLOSED, Phase.RESULTS_PUBLISHED),
            NONE,
            s -> {
              try {
                s.w
                    .engine
                    .participants()
                    .updateProfile(
                        ALL_ROLES,
                        new UpdateProfile(s.id, "Renommé", ParticipantKind.PERSON, null));
              } catch (ForbiddenException e) {
                // Draft: the phase allows it, but nobody can be registered (footnote 2).
                assertThat(e.code()).isEqualTo("participant.not-registered");
                assertThat(s.w.engine.consultations().phase(s.id)).isEqualTo(Phase.DRAFT);
                throw new PhaseException("phase.draft", Phase.DRAFT, "as documented");
              }
            }),
        new Row(
            "submit a contribution",
            EnumSet.of(Phase.OPEN),
            NONE,
            s ->
                s.w
                    .engine
                    .contributions()
                    .submit(ALL_ROLES, new SubmitContribution(s.id, s.theme, "Titre", "Texte"))),
        new Row(
            "edit a contribution",
            EnumSet.of(Phase.OPEN),
            NO_CONTENT,
            s ->
                s.w
                    .engine
                    .contributions()
                    .edit(ALL_ROLES, new EditContribution(s.id, s.own, "Titre 2", "Texte 2", ""))),
        new Row(
            "withdraw a contribution",
            EnumSet.of(Phase.OPEN),
            NO_CONTENT,
            s ->
                s.w
                    .engine
                    .contributions()
                    .withdraw(ALL_ROLES, new WithdrawContribution(s.id, s.own))),
        new Row(
            "comment",
            EnumSet.of(Phase.OPEN),
            NONE,
            s ->
                s.w
                    .engine
                    .comments()
                    .post(ALL_ROLES, new PostComment(s.id, s.other, null, "Bien vu", null))),
        new Row(
            "cast a ballot",
            EnumSet.of(Phase.OPEN),
            NONE,
            s -> s.w.engine.votes().cast(ALL_ROLES, new CastBallot(s.id, s.own, Ballot.support()))),
        new Row(
            "retract a ballot",
            EnumSet.of(Phase.OPEN),
            NONE,
            s -> s.w.engine.votes().retract(ALL_ROLES, new RetractBallot(s.id, s.other))),
        new Row(
            "report content",
            EnumSet.of(Phase.OPEN),
            NONE,
            s ->
                s.w
                    .engine
                    .moderation()
                    .flag(ALL_ROLES, new FlagContent(s.id, ContentRef.of(s.other), "Spam"))),
        new Row(
            "moderate",
            EnumSet.of(Phase.SCHEDULED, Phase.OPEN, Phase.CLOSED, Phase.RESULTS_PUBLISHED),
            EnumSet.of(Phase.SCHEDULED),
            s ->
                s.w
                    .engine
                    .moderation()
                    .decide(
                        ALL_ROLES,
                        new Moderate(
                            s.id, ContentRef.of(s.other), ModerationAction.HIDE, "Hors sujet"))));
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Row row : rows()) {
      for (Phase phase : Phase.values()) {
        if (!row.unreachable().contains(phase)) {
          cells.add(Arguments.of(row, phase));
        }
      }
    }
    return cells.stream();
  }
}
