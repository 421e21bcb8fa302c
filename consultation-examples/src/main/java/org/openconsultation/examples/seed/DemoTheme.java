package org.openconsultation.examples.seed;

/** The consultation's eight themes, in the order the organiser adds them. */
enum DemoTheme {
  MEDIATION(
      "Médiation numérique",
      "Accompagner chacun dans ses usages : lieux, médiateurs, permanences, itinérance."),
  RIGHTS(
      "Accès aux droits et démarches en ligne",
      "Garder l'accès aux droits quand les démarches passent en ligne : guichets, téléphone,"
          + " simplicité, non-recours."),
  TRAINING(
      "Formation des aidants",
      "Former les travailleurs sociaux, agents d'accueil et bénévoles qui aident sans faire à la"
          + " place."),
  VULNERABLE(
      "Inclusion des publics fragiles",
      "Personnes âgées, handicapées, allophones, sans domicile, détenues, jeunes en difficulté :"
          + " des réponses adaptées à chacun."),
  TERRITORIES(
      "Territoires et réseaux",
      "Couverture, lieux d'accès, diagnostics locaux et coopération entre les acteurs d'un même"
          + " territoire."),
  FUNDING(
      "Financement et modèles",
      "Qui finance la médiation numérique, comment, et pour combien de temps ?"),
  TOOLS(
      "Outils et accessibilité",
      "Des sites, des applications et des équipements que tout le monde peut utiliser."),
  DATA(
      "Données et évaluation",
      "Mesurer les besoins et les résultats, publier les données, protéger celles des usagers.");

  private final String title;
  private final String description;

  DemoTheme(String title, String description) {
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

  /** The theme's hand-written material. */
  ThemeText text() {
    return switch (this) {
      case MEDIATION -> MediationTexts.TEXT;
      case RIGHTS -> RightsTexts.TEXT;
      case TRAINING -> TrainingTexts.TEXT;
      case VULNERABLE -> VulnerableTexts.TEXT;
      case TERRITORIES -> TerritoryTexts.TEXT;
      case FUNDING -> FundingTexts.TEXT;
      case TOOLS -> ToolsTexts.TEXT;
      case DATA -> DataTexts.TEXT;
    };
  }
}
