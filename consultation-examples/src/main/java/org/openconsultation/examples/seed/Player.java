package org.openconsultation.examples.seed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.examples.story.StoryClock;

/**
 * Performs the plan's steps against the engine through its public API, moving the clock to each
 * step's time first, and remembers the ids the engine gives and the figures so far.
 */
final class Player {

  private final ConsultationEngine engine;
  private final StoryClock clock;
  private final ConsultationId consultation;
  private final Map<DemoTheme, ThemeId> themes;
  private final List<MilestoneId> milestones;
  private final Actor organiser = Cast.ORGANISER.actor();
  private final Map<Draft, ContributionId> contributions = new IdentityHashMap<>();
  private final Map<Note, CommentId> comments = new IdentityHashMap<>();
  private final Map<Site, WorkshopId> workshops = new HashMap<>();
  private int registrations;
  private int supports;
  private int attendees;
  private int overseasWorkshops;
  private int overseasAttendees;

  Player(
      ConsultationEngine engine,
      StoryClock clock,
      ConsultationId consultation,
      Map<DemoTheme, ThemeId> themes,
      List<MilestoneId> milestones) {
    this.engine = engine;
    this.clock = clock;
    this.consultation = consultation;
    this.themes = Map.copyOf(themes);
    this.milestones = List.copyOf(milestones);
  }

  /** Moves the clock to {@code at}, exactly. */
  static void moveTo(StoryClock clock, Instant at) {
    clock.set(LocalDateTime.ofInstant(at, clock.getZone()));
    if (!clock.instant().equals(at)) {
      throw new IllegalStateException("the clock's zone cannot show " + at + " exactly");
    }
  }

  /** Performs one step. */
  void play(Step step) {
    moveTo(clock, step.at());
    if (step instanceof Step.Join s) {
      DemoPerson p = s.who();
      engine
          .participants()
          .register(
              p.actor(), new Register(consultation, p.displayName(), p.kind(), p.territory(), "1"));
      registrations++;
    } else if (step instanceof Step.Hold s) {
      hold(s.site());
    } else if (step instanceof Step.Submit s) {
      contributions.put(s.draft(), submit(s.draft()));
    } else if (step instanceof Step.Revise s) {
      engine
          .contributions()
          .edit(
              s.draft().author().actor(),
              new EditContribution(consultation, id(s.draft()), s.title(), s.body(), s.note()));
    } else if (step instanceof Step.Post s) {
      Note n = s.note();
      CommentId parent = n.parent() == null ? null : comment(n.parent());
      comments.put(
          n,
          engine
              .comments()
              .post(
                  n.author().actor(),
                  new PostComment(consultation, id(n.contribution()), parent, n.body(), n.stance()))
              .id());
    } else if (step instanceof Step.Support s) {
      engine
          .votes()
          .cast(s.voter().actor(), new CastBallot(consultation, id(s.draft()), Ballot.support()));
      supports++;
    } else if (step instanceof Step.Report s) {
      engine
          .moderation()
          .flag(s.reporter().actor(), new FlagContent(consultation, ref(s.target()), s.reason()));
    } else if (step instanceof Step.Hide s) {
      engine
          .moderation()
          .decide(
              s.moderator().actor(),
              new Moderate(consultation, ref(s.target()), ModerationAction.HIDE, s.reason()));
    } else if (step instanceof Step.Brief s) {
      engine
          .news()
          .publish(organiser, new PublishNews(consultation, s.title(), s.body().apply(progress())));
    } else if (step instanceof Step.Mark s) {
      engine
          .milestones()
          .update(
              organiser,
              new UpdateMilestone(
                  consultation,
                  milestones.get(s.milestone()),
                  s.label(),
                  s.description(),
                  s.date(),
                  s.status()));
    } else if (step instanceof Step.Close s) {
      engine.consultations().closeEarly(organiser, new CloseEarly(consultation, s.reason()));
    } else {
      throw new IllegalArgumentException("a step the seed cannot play: " + step);
    }
  }

  /** The figures so far. */
  Progress progress() {
    return new Progress(
        registrations,
        contributions.size(),
        comments.size(),
        supports,
        workshops.size(),
        attendees,
        overseasWorkshops,
        overseasAttendees);
  }

  /** The id the engine gave the contribution {@code draft}. */
  ContributionId id(Draft draft) {
    return Objects.requireNonNull(contributions.get(draft), draft::title);
  }

  private CommentId comment(Note note) {
    return Objects.requireNonNull(comments.get(note), note::body);
  }

  private ContentRef ref(Content target) {
    return target instanceof Draft d ? ContentRef.of(id(d)) : ContentRef.of(comment((Note) target));
  }

  private void hold(Site site) {
    DemoPerson f = site.facilitator().person();
    RecordWorkshop record =
        new RecordWorkshop(
            consultation,
            "Atelier de " + site.city(),
            "Animé par " + f.displayName() + ". " + site.local(),
            site.heldAt(),
            site.place(),
            site.attendees(),
            Set.of(f.id()),
            site.themes().stream().map(this::theme).toList());
    workshops.put(site, engine.workshops().record(f.actor(), record).id());
    attendees += site.attendees();
    if (site.overseas()) {
      overseasWorkshops++;
      overseasAttendees += site.attendees();
    }
  }

  private ContributionId submit(Draft d) {
    Actor actor = d.author().actor();
    ThemeId theme = theme(d.theme());
    Draft.Origin origin = d.origin();
    if (origin instanceof Draft.Assisted a) {
      return engine
          .contributions()
          .submitAssisted(
              actor,
              new SubmitAssistedContribution(
                  consultation, theme, d.title(), d.body(), a.onBehalfOf(), a.territory(), null))
          .id();
    } else if (origin instanceof Draft.Workshop w) {
      WorkshopId workshop = Objects.requireNonNull(workshops.get(w.site()), w.site()::city);
      return engine
          .contributions()
          .submitCollective(
              actor,
              new SubmitCollectiveContribution(
                  consultation, workshop, theme, d.title(), d.body(), w.attendees()))
          .id();
    } else if (origin instanceof Draft.Institutional i) {
      return engine
          .contributions()
          .submitInstitutional(
              actor,
              new SubmitInstitutionalContribution(
                  consultation, theme, d.title(), d.body(), d.author().displayName(), i.point()))
          .id();
    }
    return engine
        .contributions()
        .submit(actor, new SubmitContribution(consultation, theme, d.title(), d.body()))
        .id();
  }

  private ThemeId theme(DemoTheme t) {
    return Objects.requireNonNull(themes.get(t), t::name);
  }
}
