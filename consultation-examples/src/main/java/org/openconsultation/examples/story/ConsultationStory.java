package org.openconsultation.examples.story;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.ranking.Ranking;

/**
 * The demo: a fictional national consultation on digital inclusion, from February to March 2017,
 * told in French on the console while the engine runs it on the in-memory store.
 *
 * <p>An organiser prepares and publishes it; twelve members register; people, organisations, a
 * digital-inclusion desk and four workshops (two overseas, in their own time zones) contribute;
 * members comment and support contributions week after week; the organiser closes early for an
 * electoral reserve period, a late vote is refused, and the rankings and workshops are printed. A
 * {@link StoryClock} moves time forward, so every run prints the same story.
 */
public final class ConsultationStory {

  /**
   * Hibernate Validator announces its version at INFO through JBoss Logging, which may pick
   * java.util.logging; the story keeps the console for itself. Held here so it is not collected.
   */
  private static final Logger QUIET_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private ConsultationStory() {}

  /** Tells the story on standard output, in UTF-8. */
  public static void main(String[] args) {
    QUIET_VALIDATOR.setLevel(Level.WARNING);
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /** Tells the story on {@code out} and returns where it leaves the engine. */
  public static StoryResult run(PrintStream out) {
    StoryClock clock = new StoryClock(StoryData.START.atZone(StoryData.PARIS));
    ConsultationEngine engine =
        ConsultationEngine.builder().store(new InMemoryStore()).clock(clock).build();
    Narrator narrator = new Narrator(out, clock);
    out.println("Une consultation nationale en 2017 (organisme, personnes et lieux fictifs)");
    out.println();

    Organiser organiser = Organiser.create(engine, clock, narrator);
    organiser.prepare();
    organiser.brief(StoryData.ANNOUNCEMENT);
    Submissions submissions =
        new Submissions(engine, narrator, organiser.consultation(), organiser.themes());
    Participation members =
        new Participation(engine, clock, narrator, organiser.consultation(), submissions);
    members.register();
    organiser.open();
    for (Scene scene : OpenPeriod.scenes()) {
      clock.set(scene.at());
      play(scene, organiser, submissions, members);
    }
    organiser.closeEarly();
    ConsultationException refusal = members.lateVote();

    Report report = new Report(engine, narrator, organiser.consultation());
    ThemeId mediation = organiser.themes().get(StoryTheme.MEDIATION);
    RankingQuery all = RankingQuery.of(organiser.consultation());
    Ranking ranking = report.ranking("Classement par nombre de soutiens", all);
    Ranking mediationRanking =
        report.ranking(
            "Thème " + Narrator.quote(StoryTheme.MEDIATION.title()), all.theme(mediation));
    return new StoryResult(
        engine,
        organiser.consultation(),
        mediation,
        submissions.byKey(),
        ranking,
        mediationRanking,
        report.workshops(),
        refusal);
  }

  private static void play(
      Scene scene, Organiser organiser, Submissions submissions, Participation members) {
    if (scene instanceof Scene.Individual s) {
      submissions.individual(s);
    } else if (scene instanceof Scene.Institutional s) {
      submissions.institutional(s);
    } else if (scene instanceof Scene.Assisted s) {
      submissions.assisted(s);
    } else if (scene instanceof Scene.Workshop s) {
      submissions.workshop(s);
    } else if (scene instanceof Scene.Remark s) {
      members.remark(s);
    } else if (scene instanceof Scene.Supports s) {
      members.supports(s);
    } else if (scene instanceof Scene.Brief s) {
      organiser.brief(s);
    } else {
      throw new IllegalArgumentException("a scene the story cannot play: " + scene);
    }
  }
}
