package org.openconsultation.examples.seed;

import java.util.List;
import java.util.Set;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * The people a demo sign-in can offer, all fictional: the organiser, the moderators and the named
 * participants (the persons of the console story, who reappear here). The facilitators are in
 * {@link Facilitator}, the organisations in {@link Institutions}.
 */
final class Cast {

  static final DemoPerson ORGANISER =
      new DemoPerson(
          ParticipantId.of("demo-mission-numerique-solidaire"),
          "Mission Numérique Solidaire",
          ParticipantKind.PUBLIC_BODY,
          "11",
          Set.of(Role.ORGANISER),
          "L'organisme (fictif) qui organise la consultation : thèmes, brèves, calendrier,"
              + " clôture.");

  static final List<DemoPerson> MODERATORS =
      List.of(
          staff("Hélène Marchand", "Modératrice : a masqué la contribution publicitaire."),
          staff("Bruno Lefèvre", "Modérateur : a masqué un commentaire injurieux."),
          staff("Samia Belkacem", "Modératrice : suit la file des signalements."));

  static final DemoPerson CAMILLE =
      person("Camille Durand", "84", "Habitante de Lyon ; sa contribution a trois versions.");
  static final DemoPerson MATHIEU =
      person("Mathieu Le Goff", "53", "Agent d'accueil dans une caisse d'allocations, à Brest.");
  static final DemoPerson SOPHIE =
      person("Sophie Lambert", "75", "Habitante de la Creuse, où le réseau passe mal.");
  static final DemoPerson JEAN_PIERRE =
      person("Jean-Pierre Hoarau", "04", "Retraité à Saint-Paul de La Réunion.");
  static final DemoPerson MARYSE =
      person("Maryse Célestine", "01", "Enseignante à Vieux-Habitants, en Guadeloupe.");
  static final DemoPerson LUCAS =
      person("Lucas Martin", "11", "Étudiant à Paris ; commente et soutient beaucoup.");
  static final DemoPerson NADIA = person("Nadia Rousseau", "93", "Assistante sociale à Marseille.");

  /** The named persons, in the order a sign-in page lists them. */
  static final List<DemoPerson> PERSONS =
      List.of(CAMILLE, MATHIEU, SOPHIE, JEAN_PIERRE, MARYSE, LUCAS, NADIA);

  private Cast() {}

  private static DemoPerson person(String name, String territory, String description) {
    return new DemoPerson(
        Slugs.id(name),
        name,
        ParticipantKind.PERSON,
        territory,
        Set.of(Role.PARTICIPANT),
        description);
  }

  private static DemoPerson staff(String name, String description) {
    return new DemoPerson(
        ParticipantId.of("demo-moderation-" + Slugs.slug(name)),
        name,
        ParticipantKind.PERSON,
        "11",
        Set.of(Role.MODERATOR),
        description);
  }
}
