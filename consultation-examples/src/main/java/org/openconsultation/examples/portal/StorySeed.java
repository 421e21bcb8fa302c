package org.openconsultation.examples.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.examples.seed.DemoConsultation;
import org.openconsultation.examples.seed.DemoPerson;
import org.openconsultation.examples.seed.DemoSeed;
import org.openconsultation.examples.story.StoryClock;

/**
 * The demo portal's seed: {@link DemoSeed}'s consultation "Un numérique qui n'oublie personne"
 * (February–March 2017), with its organiser, moderators, three facilitators and its named
 * participants offered at sign-in.
 *
 * <p>The live demo starts on 9 March 2017 at 10:00 in Paris, a day during the open period: the
 * consultation is open, and the demo clock moves on with real time from there. The story is seeded
 * up to just before the early close the organiser announced for noon on 10 March ({@link
 * DemoSeed.Ending#OPEN}), so the consultation stays open until its scheduled end on 24 March, or
 * until an organiser closes it from the organiser's page ({@code --reset} starts over).
 */
public final class StorySeed implements PortalSeed {

  /** How long before the announced early close the live demo starts. */
  static final Duration BEFORE_CLOSE = Duration.ofHours(26);

  private static final int FACILITATORS = 3;

  /** The seed. */
  public StorySeed() {}

  @Override
  public SeededConsultation seed(ConsultationEngine engine, PortalClock clock) {
    StoryClock story = DemoSeed.clock();
    clock.follow(story);
    DemoConsultation demo = DemoSeed.seed(engine, story, DemoSeed.Ending.OPEN);
    List<DemoPerson> people = new ArrayList<>();
    people.addAll(demo.participants());
    people.addAll(
        demo.facilitators().subList(0, Math.min(FACILITATORS, demo.facilitators().size())));
    people.addAll(demo.moderators());
    people.add(demo.organiser());
    return new SeededConsultation(
        demo.id(), demo.slug(), people, demo.closedAt().minus(BEFORE_CLOSE));
  }
}
