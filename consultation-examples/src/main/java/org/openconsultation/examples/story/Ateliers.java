package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.StoryData.at;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.GeoPoint;

/**
 * The workshops, two in mainland France and two overseas, each recorded by the facilitator the day
 * after it was held, with its collective contribution.
 */
final class Ateliers {

  static final List<Scene> SCENES =
      List.of(
          new Scene.Workshop(
              at(2, 16, 9, 30),
              "lyon",
              Member.INES,
              "Lyon",
              LocalDateTime.of(2017, 2, 15, 18, 30),
              place(
                  "Médiathèque de quartier",
                  "Boulevard des États-Unis, 69008 Lyon",
                  "69",
                  45.7365,
                  4.8632,
                  "Europe/Paris"),
              38,
              StoryTheme.MEDIATION,
              "Des permanences de médiation en bibliothèque",
              "Usagers, bibliothécaires et travailleurs sociaux constatent que la bibliothèque"
                  + " est déjà le premier lieu où l'on vient demander de l'aide. Ils proposent d'y"
                  + " tenir des permanences régulières de médiation, avec des postes en libre"
                  + " accès et un médiateur formé, en lien avec les services sociaux du quartier."),
          new Scene.Workshop(
              at(2, 23, 10, 0),
              "nantes",
              Member.INES,
              "Nantes",
              LocalDateTime.of(2017, 2, 22, 14, 0),
              place(
                  "Maison de quartier",
                  "Rue Auguste-Renoir, 44100 Nantes",
                  "44",
                  47.2215,
                  -1.5990,
                  "Europe/Paris"),
              25,
              StoryTheme.FORMATION,
              "Une charte et un carnet de bord des aidants",
              "Les aidants présents, bénévoles comme professionnels, manquent de repères :"
                  + " jusqu'où aller, que faire des identifiants confiés, à qui passer le relais."
                  + " L'atelier propose une charte nationale de l'aidant numérique et un carnet"
                  + " de bord simple pour suivre les personnes accompagnées."),
          new Scene.Workshop(
              at(3, 2, 10, 0),
              "guadeloupe",
              Member.INES,
              "Pointe-à-Pitre",
              LocalDateTime.of(2017, 3, 1, 9, 0),
              place(
                  "Salle municipale",
                  "Place de la Victoire, 97110 Pointe-à-Pitre",
                  "971",
                  16.2411,
                  -61.5331,
                  "America/Guadeloupe"),
              31,
              StoryTheme.DIAGNOSTIC,
              "Partir de la couverture réelle du réseau",
              "Dans plusieurs communes de Basse-Terre et des îles du Sud, le réseau reste faible"
                  + " ou absent. Les participants demandent que le diagnostic parte de mesures de"
                  + " terrain, et que les démarches essentielles gardent une solution au guichet"
                  + " tant que la couverture n'est pas assurée."),
          new Scene.Workshop(
              at(3, 9, 9, 0),
              "reunion",
              Member.INES,
              "Saint-Denis de La Réunion",
              LocalDateTime.of(2017, 3, 8, 14, 0),
              place(
                  "Maison de la vie associative",
                  "Rue de Paris, 97400 Saint-Denis",
                  "974",
                  -20.8823,
                  55.4504,
                  "Indian/Reunion"),
              27,
              StoryTheme.MEDIATION,
              "Une médiation itinérante et en créole",
              "Les habitants des Hauts vivent loin des lieux d'accès, et beaucoup sont plus à"
                  + " l'aise en créole. Les participants proposent un bus numérique qui passe"
                  + " chaque semaine dans les écarts, avec des médiateurs qui parlent créole et"
                  + " connaissent les démarches locales."));

  private Ateliers() {}

  private static WorkshopPlace place(
      String name, String address, String territory, double lat, double lon, String zone) {
    return new WorkshopPlace(name, address, territory, new GeoPoint(lat, lon), ZoneId.of(zone));
  }
}
