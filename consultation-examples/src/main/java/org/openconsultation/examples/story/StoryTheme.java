package org.openconsultation.examples.story;

/** The consultation's themes, in the order the organiser adds them. */
enum StoryTheme {
  MEDIATION(
      "Médiation numérique",
      "Accompagner chacun dans ses usages : lieux, médiateurs, permanences, itinérance."),
  DIAGNOSTIC(
      "Diagnostic numérique du territoire",
      "Connaître les besoins, les lieux d'accès et les zones mal couvertes de chaque territoire."),
  FORMATION(
      "Formation des aidants",
      "Former les travailleurs sociaux, agents d'accueil et bénévoles qui aident sans faire à la"
          + " place."),
  FINANCEMENT(
      "Financement", "Qui finance la médiation numérique, comment, et pour combien de temps ?");

  private final String title;
  private final String description;

  StoryTheme(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /** The theme's title, as shown to participants. */
  String title() {
    return title;
  }

  /** What the theme covers. */
  String description() {
    return description;
  }
}
