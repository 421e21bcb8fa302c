package org.openconsultation.examples.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.examples.story.StoryClock;

/**
 * Fills an engine with a realistic demo consultation, in French: "Un numérique qui n'oublie
 * personne", a fictional national consultation on digital inclusion held by the fictional "Mission
 * Numérique Solidaire" from 8 February 2017, scheduled to close on 24 March and closed early at
 * noon on 10 March for the electoral reserve period. Organisations and people are fictional; cities
 * and their coordinates are real.
 *
 * <p>It holds about 300 registered participants of every kind, eight themes, about 200
 * contributions of the three kinds (individual, some typed in by a facilitator; collective, from 26
 * workshops in mainland France and overseas, each in its own time zone; institutional), about 600
 * comments with stances and replies, about 3,000 supports skewed toward a few contributions,
 * reports, a contribution and a comment hidden by moderators, a contribution edited twice, news
 * briefs and a public timeline. Territories are French régions by INSEE code (see {@link
 * DemoConsultation#territories()}).
 *
 * <pre>{@code
 * StoryClock clock = DemoSeed.clock();
 * ConsultationEngine engine =
 *     ConsultationEngine.builder().store(new InMemoryStore()).clock(clock).build();
 * DemoConsultation demo = DemoSeed.seed(engine, clock);
 * }</pre>
 *
 * <p>A live demo that should stay open until someone closes it seeds with {@link Ending#OPEN}: the
 * story then stops just before the early close, the consultation still open until its scheduled end
 * on 24 March (the news brief announcing the early close stays, as a plan nobody carried out yet).
 *
 * <p>The seed only uses the engine's public API, so it works on any store; it makes about 4,200
 * engine calls, which take well under five seconds on the in-memory store. It is deterministic:
 * every run makes the same content at the same times, and the same ids if the engine's {@link
 * org.openconsultation.core.IdGenerator} is deterministic.
 */
public final class DemoSeed {

  private DemoSeed() {}

  /** Where the story stops. */
  public enum Ending {
    /**
     * The whole story: the organiser closes the consultation early at noon on 10 March, then
     * publishes the closing brief and marks the timeline's closing step done.
     */
    CLOSED_EARLY,
    /**
     * The story up to just before the early close: the consultation is left open, and nothing dated
     * from noon on 10 March on happens (no close, no closing brief, no closing step done).
     */
    OPEN
  }

  /** A clock at the seed's start, 30 January 2017 at 9:00 in Paris, for the engine to read. */
  public static StoryClock clock() {
    return new StoryClock(Calendar.START.atZone(Calendar.PARIS));
  }

  /**
   * Creates and fills the consultation, moving {@code clock} forward from 30 January to a few
   * minutes after the early close, where it leaves it.
   *
   * @param engine an engine built with {@code clock}, on an empty store or one without a
   *     consultation of the same slug
   * @param clock the engine's clock; it must not be later than 30 January 2017, 10:00 in Paris, and
   *     its zone should be Paris (or any zone without a daylight-saving change in February or early
   *     March 2017)
   * @return the consultation and the people a demo can sign in as
   * @throws IllegalArgumentException if the clock is already past the seed's start
   */
  public static DemoConsultation seed(ConsultationEngine engine, StoryClock clock) {
    return seed(engine, clock, Ending.CLOSED_EARLY);
  }

  /**
   * Creates and fills the consultation as {@link #seed(ConsultationEngine, StoryClock)} does, up to
   * {@code ending}. With {@link Ending#OPEN} the clock is left at the last step before the early
   * close (on 10 March 2017, before noon), the consultation open, and the result's {@link
   * DemoConsultation#closedAt()} is the early close the organiser announced but has not made.
   *
   * @throws IllegalArgumentException if the clock is already past the seed's start
   */
  public static DemoConsultation seed(ConsultationEngine engine, StoryClock clock, Ending ending) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ending, "ending");
    Actor organiser = Cast.ORGANISER.actor();
    Player.moveTo(clock, Calendar.CREATED);
    ConsultationId id =
        engine
            .consultations()
            .create(
                organiser,
                CreateConsultation.of(Texts.SLUG, Texts.TITLE, Calendar.SCHEDULE)
                    .withDescription(Texts.DESCRIPTION))
            .id();
    Map<DemoTheme, ThemeId> themes = new EnumMap<>(DemoTheme.class);
    Map<String, ThemeId> byTitle = new LinkedHashMap<>();
    for (DemoTheme t : DemoTheme.values()) {
      ThemeId theme =
          engine.themes().add(organiser, new AddTheme(id, t.title(), t.description())).id();
      themes.put(t, theme);
      byTitle.put(t.title(), theme);
    }
    List<MilestoneId> milestones = new ArrayList<>();
    for (Bulletins.Milestone m : Bulletins.TIMELINE) {
      AddMilestone add =
          new AddMilestone(id, m.label(), m.description(), m.date(), MilestoneStatus.PLANNED);
      milestones.add(engine.milestones().add(organiser, add).id());
    }
    Player.moveTo(clock, Calendar.PUBLISHED);
    engine.consultations().publish(organiser, id);

    Planner.Plan plan = new Planner().plan();
    Player player = new Player(engine, clock, id, themes, milestones);
    plan.steps().stream()
        .filter(s -> ending == Ending.CLOSED_EARLY || s.at().isBefore(Calendar.EARLY_CLOSE))
        .forEach(player::play);

    List<DemoPerson> facilitators = new ArrayList<>();
    for (Facilitator f : Facilitator.values()) {
      facilitators.add(f.person());
    }
    List<DemoPerson> participants = new ArrayList<>(Cast.PERSONS);
    participants.add(Institutions.CLES.person());
    participants.add(Institutions.HAUT_VALLON.person());
    participants.add(Institutions.CONNECTIS.person());
    return new DemoConsultation(
        id,
        Texts.SLUG,
        Texts.TITLE,
        byTitle,
        Cast.ORGANISER,
        Cast.MODERATORS,
        facilitators,
        participants,
        Regions.names(),
        player.id(plan.hidden()),
        player.id(plan.edited()),
        Calendar.EARLY_CLOSE,
        Bulletins.CLOSE_REASON);
  }
}
