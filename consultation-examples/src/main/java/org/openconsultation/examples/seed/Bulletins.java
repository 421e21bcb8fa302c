package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.Calendar.paris;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.model.MilestoneStatus;

/** The organiser's news briefs and public timeline. */
final class Bulletins {

  /** A step of the timeline as first announced. */
  record Milestone(String label, String description, LocalDate date) {}

  static final int OPENING = 0;
  static final int WORKSHOPS = 1;
  static final int CLOSING = 2;

  /** The timeline, as announced before the opening. */
  static final List<Milestone> TIMELINE =
      List.of(
          new Milestone(
              "Ouverture",
              "Dépôt des contributions, commentaires et soutiens.",
              LocalDate.of(2017, 2, 8)),
          new Milestone(
              "Ateliers",
              "26 ateliers en métropole et en outre-mer, du 9 février au 8 mars.",
              LocalDate.of(2017, 2, 9)),
          new Milestone(
              "Clôture", "Fin des contributions et des votes.", LocalDate.of(2017, 3, 24)),
          new Milestone(
              "Synthèse",
              "Publication de la synthèse et des données ouvertes.",
              LocalDate.of(2017, 6, 15)));

  static final String CLOSE_REASON = "Clôture anticipée pour la période de réserve électorale";

  private Bulletins() {}

  /** The brief published before the opening. */
  static Step.Brief announcement() {
    return new Step.Brief(
        Calendar.ANNOUNCED,
        "La consultation ouvre le 8 février",
        p ->
            "Du 8 février au 24 mars, chacun peut proposer, commenter et soutenir des idées pour"
                + " un numérique qui n'oublie personne. 26 ateliers auront lieu en métropole et"
                + " en outre-mer.");
  }

  /** The briefs of the open period and of the close, whose figures come from the progress. */
  static List<Step.Brief> briefs() {
    return List.of(
        new Step.Brief(
            paris(2, 8, 9, 5),
            "La consultation est ouverte",
            p ->
                "Jusqu'au 24 mars, proposez, commentez et soutenez des idées dans huit thèmes, de"
                    + " la médiation numérique aux données. "
                    + number(p.registrations())
                    + " personnes se sont déjà inscrites."),
        new Step.Brief(
            paris(2, 20, 9, 0),
            "Premiers ateliers, premières contributions collectives",
            p ->
                "Les "
                    + number(p.workshops())
                    + " premiers ateliers ont réuni "
                    + number(p.attendees())
                    + " personnes ; leurs contributions collectives sont en ligne. D'autres"
                    + " suivent, jusqu'en outre-mer."),
        new Step.Brief(
            Calendar.CLOSE_ANNOUNCED,
            "Clôture anticipée le 10 mars à midi",
            p ->
                "En raison de la période de réserve électorale, la consultation fermera le"
                    + " vendredi 10 mars à midi, et non le 24 mars. Il reste dix jours pour"
                    + " contribuer, commenter et soutenir : "
                    + number(p.contributions())
                    + " contributions et "
                    + number(p.supports())
                    + " soutiens à ce jour."),
        new Step.Brief(
            paris(3, 9, 10, 0),
            "Les ateliers d'outre-mer ont rendu leurs contributions",
            p ->
                "Guadeloupe, Martinique, Guyane, Mayotte, La Réunion, Polynésie et"
                    + " Nouvelle-Calédonie : les "
                    + number(p.overseasWorkshops())
                    + " ateliers d'outre-mer ont réuni "
                    + number(p.overseasAttendees())
                    + " personnes, chacun à l'heure de son territoire."),
        new Step.Brief(
            Calendar.EARLY_CLOSE.plusSeconds(300),
            "La consultation est close",
            p ->
                "La consultation est close depuis midi, en raison de la période de réserve"
                    + " électorale. Merci aux "
                    + number(p.registrations())
                    + " inscrits : "
                    + number(p.contributions())
                    + " contributions, "
                    + number(p.comments())
                    + " commentaires, "
                    + number(p.supports())
                    + " soutiens et "
                    + number(p.workshops())
                    + " ateliers réunissant "
                    + number(p.attendees())
                    + " personnes. La synthèse sera publiée en juin."));
  }

  /** The timeline's updates, except the workshops' which follow the workshops themselves. */
  static List<Step.Mark> marks() {
    Milestone opening = TIMELINE.get(OPENING);
    return List.of(
        new Step.Mark(
            paris(2, 8, 9, 0),
            OPENING,
            opening.label(),
            opening.description(),
            opening.date(),
            MilestoneStatus.DONE),
        closing(Calendar.CLOSE_ANNOUNCED, MilestoneStatus.PLANNED),
        closing(Calendar.EARLY_CLOSE.plusSeconds(60), MilestoneStatus.DONE));
  }

  /** The workshops' step of the timeline, in progress then done. */
  static Step.Mark workshops(Instant at, MilestoneStatus status) {
    Milestone w = TIMELINE.get(WORKSHOPS);
    return new Step.Mark(at, WORKSHOPS, w.label(), w.description(), w.date(), status);
  }

  private static Step.Mark closing(Instant at, MilestoneStatus status) {
    return new Step.Mark(
        at,
        CLOSING,
        "Clôture anticipée",
        "Clôture avancée au 10 mars à midi, pour la réserve électorale.",
        LocalDate.of(2017, 3, 10),
        status);
  }

  /** A number as written in French, with its thin space between thousands. */
  static String number(int n) {
    return NumberFormat.getIntegerInstance(Locale.FRENCH).format(n);
  }
}
