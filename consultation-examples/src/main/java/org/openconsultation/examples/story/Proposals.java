package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.StoryData.at;

import java.util.List;

/** The contributions written online or at a desk: individual, institutional and assisted. */
final class Proposals {

  static final List<Scene> SCENES =
      List.of(
          new Scene.Individual(
              at(2, 8, 10, 12),
              "mediateurs",
              Member.CAMILLE,
              StoryTheme.MEDIATION,
              "Un médiateur numérique dans chaque MSAP",
              "Les maisons de services au public accueillent déjà les personnes perdues face aux"
                  + " démarches en ligne, mais les agents n'ont ni le temps ni la formation pour"
                  + " les accompagner. Je propose qu'un médiateur numérique y tienne une"
                  + " permanence chaque semaine, avec et sans rendez-vous."),
          new Scene.Individual(
              at(2, 8, 14, 40),
              "aidants",
              Member.MATHIEU,
              StoryTheme.FORMATION,
              "Aider à faire, pas faire à la place",
              "Au guichet de ma caisse d'allocations, les agents remplissent souvent les dossiers"
                  + " à la place des usagers, qui reviennent la fois suivante tout aussi démunis."
                  + " Une formation courte, commune à tous les aidants, avec des règles claires"
                  + " sur les mots de passe et les données personnelles, changerait beaucoup."),
          new Scene.Institutional(
              at(2, 8, 21, 5),
              "lieux",
              Member.CLES,
              StoryTheme.MEDIATION,
              "Financer durablement les lieux de médiation",
              "Notre association anime trois espaces publics numériques en Loire-Atlantique."
                  + " Chaque année, nous cherchons de nouveaux financements sur projet et nos"
                  + " médiateurs sont en contrats aidés. Nous demandons un label national des"
                  + " lieux de médiation, assorti d'un financement pluriannuel qui permette de"
                  + " stabiliser les équipes."),
          new Scene.Individual(
              at(2, 9, 8, 30),
              "cartographie",
              Member.SOPHIE,
              StoryTheme.DIAGNOSTIC,
              "Cartographier l'accès et les zones blanches",
              "Dans la Creuse, personne ne sait précisément où l'on peut se connecter, imprimer"
                  + " un document ou trouver de l'aide. Une carte ouverte, tenue à jour par les"
                  + " communes et les associations, qui montre aussi les zones sans réseau"
                  + " mobile, serait un premier pas simple."),
          new Scene.Individual(
              at(2, 9, 12, 15),
              "cheque",
              Member.JEAN_PIERRE,
              StoryTheme.FINANCEMENT,
              "Un chèque médiation pour les plus fragiles",
              "Sur le modèle des chèques culture, l'État et les collectivités pourraient faire"
                  + " distribuer par les travailleurs sociaux des chèques donnant droit à quelques"
                  + " heures d'accompagnement dans un lieu labellisé. Les médiateurs seraient"
                  + " financés selon leur activité réelle, y compris à La Réunion."),
          new Scene.Institutional(
              at(2, 13, 10, 0),
              "diagnostic",
              Member.HAUT_VALLON,
              StoryTheme.DIAGNOSTIC,
              "Un diagnostic partagé par intercommunalité",
              "Les besoins ne sont pas les mêmes d'une commune à l'autre de notre territoire"
                  + " rural. Nous proposons que chaque intercommunalité conduise avec le"
                  + " département un diagnostic des usages et des fragilités numériques, base"
                  + " d'un schéma local d'inclusion numérique."),
          new Scene.Institutional(
              at(2, 14, 16, 20),
              "operateurs",
              Member.CONNECTIS,
              StoryTheme.FINANCEMENT,
              "Associer les entreprises au financement",
              "Les entreprises qui dématérialisent leurs services ont intérêt à ce que leurs"
                  + " clients sachent s'en servir. Nous proposons un fonds abondé par les"
                  + " opérateurs et les grands services en ligne, géré avec les collectivités,"
                  + " pour financer des actions de médiation."),
          new Scene.Assisted(
              at(2, 17, 11, 0),
              "guichet",
              Member.KARIM,
              "au point d'accueil numérique de Roubaix",
              "Odette L., 78 ans",
              "59",
              StoryTheme.MEDIATION,
              "Garder un guichet humain",
              "Je n'ai jamais eu d'ordinateur et mon téléphone ne sert qu'à appeler. Depuis que"
                  + " tout se fait sur internet, je dois demander à ma voisine. Je voudrais qu'on"
                  + " puisse toujours parler à quelqu'un, au guichet ou au téléphone."));

  private Proposals() {}
}
