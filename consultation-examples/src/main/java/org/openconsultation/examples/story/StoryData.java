package org.openconsultation.examples.story;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Schedule;

/**
 * The consultation itself: its organiser, texts, dates and public timeline. The organiser and every
 * person are fictional; only the cities are real.
 */
final class StoryData {

  /** The consultation's time zone; the story's clock and narration use it too. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The organiser's name; a fictional body. */
  static final String ORGANISER = "Mission Numérique Solidaire";

  /** The organiser's identifier in the host. */
  static final ParticipantId ORGANISER_ID = ParticipantId.of("demo-mission-numerique-solidaire");

  static final String SLUG = "numerique-solidaire-2017";
  static final String TITLE = "Un numérique qui n'oublie personne";
  static final String DESCRIPTION =
      "Beaucoup de Français sont mal à l'aise avec le numérique, alors que les démarches"
          + " administratives passent en ligne. Cette consultation nationale recueille vos idées"
          + " pour accompagner chacun : médiation, diagnostic des territoires, formation des"
          + " aidants et financement. Des ateliers se tiennent en métropole et en outre-mer.";

  /** Open from the start of 8 February to the end of 24 March 2017, in Paris. */
  static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), PARIS);

  /** When the story begins. */
  static final LocalDateTime START = at(1, 30, 9, 0);

  static final LocalDateTime CREATED = at(1, 30, 10, 0);
  static final LocalDateTime PUBLISHED = at(1, 30, 11, 30);
  static final LocalDateTime REGISTRATIONS = at(2, 6, 9, 0);
  static final LocalDateTime OPENING = at(2, 8, 9, 0);

  /** The organiser closes twelve hours before the scheduled end. */
  static final LocalDateTime EARLY_CLOSE = at(3, 24, 12, 0);

  static final String CLOSE_REASON = "Période de réserve électorale";

  static final String CLOSE_NEWS_TITLE = "Clôture anticipée de la consultation";
  static final String CLOSE_NEWS_BODY =
      "La consultation est close depuis midi, en raison de la période de réserve électorale."
          + " Merci aux 12 inscrits et aux participants des ateliers ; la synthèse sera publiée"
          + " en juin.";

  /** A vote that comes too late: Lucas tries to support the Réunion workshop's contribution. */
  static final LocalDateTime LATE_VOTE = at(3, 24, 14, 0);

  static final Member LATE_VOTER = Member.LUCAS;
  static final String LATE_VOTE_TARGET = "reunion";

  /** The brief published before the opening. */
  static final Scene.Brief ANNOUNCEMENT =
      new Scene.Brief(
          at(2, 2, 10, 0),
          "La consultation ouvre le 8 février",
          "Du 8 février au 24 mars, chacun peut proposer, commenter et soutenir des idées pour un"
              + " numérique qui n'oublie personne. Des ateliers auront lieu en métropole et en"
              + " outre-mer.");

  /** A step of the public timeline, as the organiser first announces it. */
  record Step(LocalDate date, String label, String description) {}

  static final List<Step> TIMELINE =
      List.of(
          new Step(LocalDate.of(2017, 2, 8), "Ouverture", "Dépôt des contributions et votes."),
          new Step(
              LocalDate.of(2017, 2, 15),
              "Ateliers",
              "En métropole, puis en Guadeloupe et à" + " La Réunion."),
          new Step(LocalDate.of(2017, 3, 24), "Clôture", "Fin des contributions et des votes."),
          new Step(LocalDate.of(2017, 6, 15), "Synthèse", "Publication de la synthèse."));

  private StoryData() {}

  /** A local time in Paris, in 2017. */
  static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2017, month, day, hour, minute);
  }
}
