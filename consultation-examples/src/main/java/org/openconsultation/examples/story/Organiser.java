package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.Narrator.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** The organiser's part: preparing, publishing, news, opening and the early close. */
final class Organiser {

  private final ConsultationEngine engine;
  private final StoryClock clock;
  private final Narrator narrator;
  private static final Actor ACTOR = Actor.of(StoryData.ORGANISER_ID, Role.ORGANISER);

  private final ConsultationId consultation;
  private final Map<StoryTheme, ThemeId> themes = new EnumMap<>(StoryTheme.class);
  private final List<Milestone> milestones = new ArrayList<>();

  private Organiser(
      ConsultationEngine engine, StoryClock clock, Narrator narrator, ConsultationId consultation) {
    this.engine = engine;
    this.clock = clock;
    this.narrator = narrator;
    this.consultation = consultation;
  }

  /** Creates the consultation as a draft, at {@link StoryData#CREATED}. */
  static Organiser create(ConsultationEngine engine, StoryClock clock, Narrator narrator) {
    clock.set(StoryData.CREATED);
    Consultation c =
        engine
            .consultations()
            .create(
                ACTOR,
                CreateConsultation.of(StoryData.SLUG, StoryData.TITLE, StoryData.SCHEDULE)
                    .withDescription(StoryData.DESCRIPTION));
    narrator.say(StoryData.ORGANISER + " prépare " + quote(c.title()) + ".");
    return new Organiser(engine, clock, narrator, c.id());
  }

  /** The consultation. */
  ConsultationId consultation() {
    return consultation;
  }

  /** The themes' identifiers. */
  Map<StoryTheme, ThemeId> themes() {
    return themes;
  }

  /** Adds the themes and the timeline, then publishes the draft. */
  void prepare() {
    for (StoryTheme t : StoryTheme.values()) {
      themes.put(
          t,
          engine.themes().add(ACTOR, new AddTheme(consultation, t.title(), t.description())).id());
    }
    narrator.say(
        "Quatre thèmes : "
            + engine.themes().list(ACTOR, consultation).stream()
                .map(Theme::title)
                .collect(Collectors.joining(", "))
            + ".");
    for (StoryData.Step step : StoryData.TIMELINE) {
      milestones.add(
          engine
              .milestones()
              .add(
                  ACTOR,
                  new AddMilestone(
                      consultation,
                      step.label(),
                      step.description(),
                      step.date(),
                      MilestoneStatus.PLANNED)));
    }
    narrator.say(
        "Calendrier : "
            + engine.milestones().timeline(ACTOR, consultation).stream()
                .map(m -> m.label() + " " + Narrator.shortDay(m.date()))
                .collect(Collectors.joining(", "))
            + ".");
    clock.set(StoryData.PUBLISHED);
    engine.consultations().publish(ACTOR, consultation);
    narrator.say(
        "Publication : consultation "
            + Narrator.phase(engine.consultations().phase(consultation))
            + " du "
            + Narrator.day(StoryData.SCHEDULE.localOpening())
            + " au "
            + Narrator.day(StoryData.SCHEDULE.localClosing().minusNanos(1))
            + " ("
            + Narrator.zoneName(StoryData.SCHEDULE.zone())
            + ").");
  }

  /** Publishes a news brief. */
  void brief(Scene.Brief brief) {
    clock.set(brief.at());
    engine.news().publish(ACTOR, new PublishNews(consultation, brief.title(), brief.body()));
    narrator.say("Brève : " + quote(brief.title()) + ".");
  }

  /** Waits for the opening time and marks the day's step of the timeline done. */
  void open() {
    clock.set(StoryData.OPENING);
    markTodayDone();
    narrator.say(
        "La consultation est "
            + Narrator.phase(engine.consultations().phase(consultation))
            + " : chacun peut contribuer, commenter et soutenir.");
  }

  /** Closes before the scheduled end, marks the day's step done and says why in a brief. */
  void closeEarly() {
    clock.set(StoryData.EARLY_CLOSE);
    engine.consultations().closeEarly(ACTOR, new CloseEarly(consultation, StoryData.CLOSE_REASON));
    markTodayDone();
    engine
        .news()
        .publish(
            ACTOR,
            new PublishNews(consultation, StoryData.CLOSE_NEWS_TITLE, StoryData.CLOSE_NEWS_BODY));
    narrator.say(
        StoryData.ORGANISER
            + " clôt la consultation avant l'heure : "
            + quote(StoryData.CLOSE_REASON)
            + ". Elle est désormais "
            + Narrator.phase(engine.consultations().phase(consultation))
            + ".");
  }

  private void markTodayDone() {
    LocalDate today = clock.local().toLocalDate();
    int index =
        IntStream.range(0, milestones.size())
            .filter(i -> milestones.get(i).date().equals(today))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no step on " + today));
    Milestone m = milestones.get(index);
    milestones.set(
        index,
        engine
            .milestones()
            .update(
                ACTOR,
                new UpdateMilestone(
                    consultation,
                    m.id(),
                    m.label(),
                    m.description(),
                    m.date(),
                    MilestoneStatus.DONE)));
  }
}
