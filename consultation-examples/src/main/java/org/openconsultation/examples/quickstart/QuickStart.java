package org.openconsultation.examples.quickstart;

import static org.openconsultation.core.model.ParticipantKind.PERSON;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;

/**
 * The README's quick start: an engine on the in-memory store, a consultation open for thirty days,
 * one theme, one participant, one contribution, one support, one ranking. The code between the
 * {@code quick-start} markers is quoted in the README as it stands.
 */
public final class QuickStart {

  private QuickStart() {}

  /** Runs the quick start with the system clock, in Paris, and prints the ranking. */
  public static void main(String[] args) {
    Ranking ranking = run(Clock.system(ZoneId.of("Europe/Paris")));
    System.out.println("Ranking by rule " + ranking.rule() + ":");
    for (RankingEntry entry : ranking.entries()) {
      System.out.println(entry.rank() + ". " + entry.reference() + " " + entry.explanation());
    }
  }

  /**
   * Runs the quick start at the time {@code clock} shows, the consultation opening today in the
   * clock's zone, and returns the final ranking.
   */
  public static Ranking run(Clock clock) {
    // quick-start:begin
    ConsultationEngine engine =
        ConsultationEngine.builder().store(new InMemoryStore()).clock(clock).build();
    Actor mayor = Actor.of(ParticipantId.of("mairie"), Role.ORGANISER);
    Actor alice = Actor.participant(ParticipantId.of("alice"));

    LocalDate today = LocalDate.now(clock);
    Schedule days = Schedule.days(today, today.plusDays(29), clock.getZone());
    CreateConsultation create = CreateConsultation.of("parcs-2026", "Nos parcs en 2026", days);
    ConsultationId id = engine.consultations().create(mayor, create).id();
    ThemeId parks = engine.themes().add(mayor, new AddTheme(id, "Jardins", "")).id();
    engine.consultations().publish(mayor, id);

    engine.participants().register(alice, new Register(id, "Alice", PERSON, "75", "1"));
    SubmitContribution idea = new SubmitContribution(id, parks, "Un potager", "Derrière l'école.");
    ContributionId c = engine.contributions().submit(alice, idea).id();
    engine.votes().cast(alice, new CastBallot(id, c, Ballot.support()));
    return engine.rankings().rank(alice, RankingQuery.of(id));
    // quick-start:end
  }
}
