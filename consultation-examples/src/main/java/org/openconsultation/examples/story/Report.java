package org.openconsultation.examples.story;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;

/** What the public sees after the close: rankings and the workshops, read as a visitor. */
final class Report {

  private final ConsultationEngine engine;
  private final Narrator narrator;
  private final ConsultationId consultation;
  private final Actor visitor = Actor.visitor();

  Report(ConsultationEngine engine, Narrator narrator, ConsultationId consultation) {
    this.engine = engine;
    this.narrator = narrator;
    this.consultation = consultation;
  }

  /** Ranks the query's contributions, prints the ranking under {@code heading}, returns it. */
  Ranking ranking(String heading, RankingQuery query) {
    Ranking ranking = engine.rankings().rank(visitor, query);
    narrator.heading(heading + " (règle " + ranking.rule() + ", v" + ranking.ruleVersion() + ")");
    for (RankingEntry e : ranking.entries()) {
      Contribution c = engine.contributions().get(visitor, consultation, e.contribution());
      long supports = engine.votes().tally(visitor, consultation, c.id()).supports();
      narrator.item(
          String.format(
              Locale.FRENCH,
              "%2d. %-5s %-12s %-16s %s",
              e.rank(),
              e.reference(),
              Narrator.plural(supports, "soutien"),
              Narrator.kind(c),
              c.title()));
    }
    return ranking;
  }

  /** Prints the workshops, by date, with their collective contributions; returns them. */
  List<Workshop> workshops() {
    List<Workshop> workshops = engine.workshops().list(visitor, consultation);
    narrator.heading("Ateliers et contributions collectives");
    for (Workshop w : workshops) {
      String references =
          engine.workshops().contributions(visitor, consultation, w.id()).stream()
              .map(c -> c.reference().toString())
              .collect(Collectors.joining(", "));
      narrator.item(
          String.format(
              Locale.FRENCH,
              "%-5s %s, %s, %s, %s",
              references,
              w.title(),
              Narrator.when(w.heldAt()),
              Narrator.plural(w.attendeeCount(), "personne"),
              position(w.place().point())));
    }
    return workshops;
  }

  private static String position(GeoPoint p) {
    return Narrator.keep(
        String.format(
            Locale.FRENCH,
            "%.4f %s %.4f %s",
            Math.abs(p.latitude()),
            p.latitude() >= 0 ? "N" : "S",
            Math.abs(p.longitude()),
            p.longitude() >= 0 ? "E" : "O"));
  }
}
