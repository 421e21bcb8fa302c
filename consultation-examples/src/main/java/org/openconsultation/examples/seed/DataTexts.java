package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Données et évaluation": measuring, publishing, protecting. */
final class DataTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "On ne sait pas combien de personnes sont accompagnées chaque année, ni pour"
                  + " quelles démarches.",
              "Chaque financeur demande ses propres indicateurs, et les associations passent des"
                  + " jours à remplir des tableaux.",
              "Les données personnelles confiées aux aidants circulent sans protection : carnets,"
                  + " photos, clés USB.",
              "Les administrations mesurent le nombre de démarches faites en ligne, jamais le"
                  + " nombre de personnes qui ont renoncé.",
              "Les évaluations des dispositifs d'inclusion numérique sont rares et rarement"
                  + " publiées.",
              "Les usagers ne savent pas ce que deviennent les informations qu'ils saisissent en"
                  + " ligne.",
              "Les données existent, mais dispersées entre l'INSEE, les opérateurs, les caisses et"
                  + " les collectivités."),
          List.of(
              "Trois ou quatre indicateurs communs suffiraient, à condition que tout le monde les"
                  + " utilise.",
              "Les données doivent être publiées en open data, dans un format réutilisable (CSV &"
                  + " co).",
              "Mesurer ne doit pas faire oublier ce qui ne se compte pas : la confiance"
                  + " retrouvée, l'autonomie.",
              "Le respect de la vie privée des personnes accompagnées n'est pas négociable.",
              "Une évaluation indépendante, menée avec des chercheurs, donnerait de la"
                  + " crédibilité aux résultats.",
              "Les résultats de cette consultation devraient eux aussi être publiés en données"
                  + " ouvertes.",
              "Il faut comparer les territoires sans les mettre en concurrence."),
          List.of(
              "Nous remplissons quatre tableaux de bord différents pour quatre financeurs.",
              "Publier les taux d'abandon, les administrations n'aimeront pas, mais c'est"
                  + " indispensable.",
              "Les données, oui, mais anonymisées, et sans ficher les personnes accompagnées.",
              "Un baromètre existe déjà, il suffirait de l'étendre aux territoires.",
              "Il faut associer des chercheurs, sinon chacun évalue son propre dispositif.",
              "Open data & transparence : c'est la base pour une consultation comme celle-ci.",
              "Qui va regarder ces chiffres, et pour en faire quoi ?"),
          List.of(
              idea(
                  "Des indicateurs communs à tous les financeurs",
                  "définir trois ou quatre indicateurs communs à tous les financeurs de"
                      + " l'inclusion numérique, pour ne remplir qu'un seul tableau"),
              idea(
                  "Un baromètre annuel de l'inclusion numérique",
                  "publier chaque année un baromètre de l'inclusion numérique, par région et par"
                      + " public, à partir d'une enquête nationale"),
              idea(
                  "Protéger les données confiées aux aidants",
                  "fournir aux aidants des outils sûrs pour manipuler les documents des personnes"
                      + " accompagnées, et proscrire les copies sur clés ou téléphones personnels"),
              idea(
                  "Une évaluation indépendante des dispositifs",
                  "confier l'évaluation des dispositifs d'inclusion numérique à des équipes"
                      + " indépendantes, avec des chercheurs, et en publier tous les résultats"),
              idea(
                  "Ouvrir les données de couverture et de fréquentation",
                  "publier en données ouvertes la couverture réseau, la localisation des lieux"
                      + " d'accès et leur fréquentation"),
              idea(
                  "Mesurer le non-recours lié au numérique",
                  "mesurer le non-recours aux droits lié à la dématérialisation, démarche par"
                      + " démarche, et en faire un indicateur public"),
              idea(
                  "Un tableau de bord public des démarches en ligne",
                  "publier un tableau de bord de la qualité des démarches en ligne : délais,"
                      + " abandons, satisfaction, recours au téléphone"),
              idea(
                  "Dire aux usagers ce que deviennent leurs données",
                  "expliquer sur chaque formulaire, en deux phrases simples, à quoi servent les"
                      + " informations demandées et qui les verra"),
              idea(
                  "Évaluer la confiance, pas seulement les chiffres",
                  "évaluer les dispositifs aussi par des entretiens avec les personnes"
                      + " accompagnées, pour mesurer l'autonomie et la confiance retrouvées"),
              idea(
                  "Publier cette consultation en données ouvertes",
                  "publier l'ensemble des contributions, des votes et des comptes rendus"
                      + " d'ateliers de cette consultation en données ouvertes, sous une licence"
                      + " libre"),
              idea(
                  "Un outil commun de suivi de l'activité des lieux",
                  "mettre à disposition des lieux de médiation un outil gratuit et commun pour"
                      + " suivre leur activité, sans données nominatives"),
              idea(
                  "Croiser les données pour repérer les besoins",
                  "croiser, dans le respect de la loi, les données des caisses et des"
                      + " collectivités pour repérer les territoires où le besoin"
                      + " d'accompagnement est le plus fort"),
              idea(
                  "Un accès simple à ses données administratives",
                  "offrir à chacun un espace où consulter toutes les données que les"
                      + " administrations détiennent sur lui"),
              idea(
                  "Rendre compte chaque année des suites de la consultation",
                  "publier chaque année un bilan des propositions de cette consultation qui ont été"
                      + " retenues, écartées ou mises en œuvre, et pourquoi"),
              idea(
                  "Des statistiques anonymes dans les lieux de médiation",
                  "garantir que les statistiques transmises par les lieux de médiation soient"
                      + " agrégées et anonymes"),
              idea(
                  "Enquêter auprès de ceux qui ne viennent jamais",
                  "mener des enquêtes de terrain, au porte-à-porte, auprès des personnes qui ne"
                      + " fréquentent aucun lieu d'accompagnement"),
              idea(
                  "Comparer les territoires pour apprendre, pas pour classer",
                  "comparer les résultats des territoires pour repérer les pratiques qui marchent"
                      + " et les diffuser, sans palmarès"),
              idea(
                  "Associer les usagers à l'évaluation",
                  "associer des usagers et des aidants aux comités d'évaluation des dispositifs,"
                      + " avec voix délibérative"),
              idea(
                  "Une base commune des ressources pédagogiques",
                  "réunir dans une base ouverte les supports pédagogiques des médiateurs, sous"
                      + " licence libre, pour ne pas tout réinventer"),
              idea(
                  "Suivre les personnes accompagnées dans le temps",
                  "suivre, avec leur accord, un panel de personnes accompagnées pendant plusieurs"
                      + " années pour savoir si l'autonomie dure"),
              idea(
                  "Une carte publique des besoins par commune",
                  "publier une carte des besoins d'accompagnement par commune, à partir"
                      + " d'indicateurs simples comme l'âge, le revenu et la couverture"),
              idea(
                  "Mesurer le temps passé par les agents à aider",
                  "mesurer le temps que les agents des administrations passent à aider les usagers"
                      + " à faire en ligne ce qu'ils faisaient avant au guichet")));

  private DataTexts() {}
}
