package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.DemoTheme.DATA;
import static org.openconsultation.examples.seed.DemoTheme.FUNDING;
import static org.openconsultation.examples.seed.DemoTheme.MEDIATION;
import static org.openconsultation.examples.seed.DemoTheme.RIGHTS;
import static org.openconsultation.examples.seed.DemoTheme.TERRITORIES;
import static org.openconsultation.examples.seed.DemoTheme.TOOLS;
import static org.openconsultation.examples.seed.DemoTheme.TRAINING;
import static org.openconsultation.examples.seed.DemoTheme.VULNERABLE;
import static org.openconsultation.examples.seed.Site.place;

import java.time.LocalDateTime;
import java.util.List;
import org.openconsultation.core.command.WorkshopPlace;

/** The eighteen workshops held in mainland France, one or more in every région. */
final class MainlandSites {

  private static final String PARIS = "Europe/Paris";

  static final List<Site> ALL =
      List.of(
          site(
              "Rennes",
              Facilitator.GWENAELLE,
              place(
                  "Tiers-lieu La Passerelle",
                  "8 rue des Tilleuls, 35200 Rennes",
                  "53",
                  48.1173,
                  -1.6778,
                  PARIS),
              at(2, 9, 18, 0),
              42,
              2,
              "À Rennes, les médiateurs voient arriver de plus en plus d'étudiants étrangers et"
                  + " de jeunes actifs, pas seulement des personnes âgées.",
              MEDIATION,
              TRAINING),
          site(
              "Roubaix",
              Facilitator.KARIM,
              place(
                  "Centre social Les Hirondelles",
                  "27 rue de l'Alma, 59100 Roubaix",
                  "32",
                  50.6942,
                  3.1746,
                  PARIS),
              at(2, 11, 10, 0),
              27,
              1,
              "À Roubaix, beaucoup de participants ont raconté des droits suspendus après une"
                  + " démarche en ligne mal comprise, et des semaines d'attente pour les"
                  + " rétablir.",
              RIGHTS),
          site(
              "Guéret",
              Facilitator.PIERRE_YVES,
              place(
                  "Salle de la mairie annexe",
                  "Place Bonnyaud, 23000 Guéret",
                  "75",
                  46.1714,
                  1.8713,
                  PARIS),
              at(2, 13, 14, 0),
              19,
              2,
              "Dans la Creuse, plusieurs participants vivent à plus de vingt kilomètres du"
                  + " premier lieu d'aide, et certains n'ont pas de réseau mobile chez eux.",
              TERRITORIES,
              VULNERABLE),
          site(
              "Saint-Denis",
              Facilitator.FATOU,
              place(
                  "Médiathèque des Trois-Rivières",
                  "Rue Gabriel-Péri, 93200 Saint-Denis",
                  "11",
                  48.9362,
                  2.3574,
                  PARIS),
              at(2, 14, 18, 30),
              56,
              2,
              "À Saint-Denis, l'atelier s'est tenu en français, en arabe et en tamoul, avec"
                  + " l'aide de trois interprètes bénévoles.",
              RIGHTS,
              VULNERABLE),
          new Site(
              "Lyon",
              Facilitator.INES,
              place(
                  "Médiathèque de quartier",
                  "Boulevard des États-Unis, 69008 Lyon",
                  "84",
                  45.7365,
                  4.8632,
                  PARIS),
              at(2, 15, 18, 30),
              38,
              List.of(MEDIATION),
              "Dans le 8e arrondissement, la médiathèque est déjà le premier lieu où l'on vient"
                  + " demander de l'aide pour une démarche.",
              2,
              new Site.Written(
                  "Des permanences de médiation en bibliothèque",
                  "Usagers, bibliothécaires et travailleurs sociaux constatent que la"
                      + " bibliothèque est déjà le premier lieu où l'on vient demander de"
                      + " l'aide. Ils proposent d'y tenir des permanences régulières de"
                      + " médiation, avec des postes en libre accès et un médiateur formé, en"
                      + " lien avec les services sociaux du quartier.")),
          site(
              "Toulouse",
              Facilitator.JULIEN,
              place(
                  "Maison de quartier Les Ormeaux",
                  "Allée de Bellefontaine, 31100 Toulouse",
                  "76",
                  43.6047,
                  1.4442,
                  PARIS),
              at(2, 16, 18, 0),
              33,
              1,
              "À Toulouse, les participants ont testé ensemble trois démarches en ligne sur leurs"
                  + " propres téléphones : aucune n'a abouti du premier coup.",
              TOOLS,
              MEDIATION),
          site(
              "Strasbourg",
              Facilitator.ELODIE,
              place(
                  "Centre socioculturel Les Platanes",
                  "Route d'Altenheim, 67100 Strasbourg",
                  "44",
                  48.5734,
                  7.7521,
                  PARIS),
              at(2, 17, 14, 0),
              24,
              1,
              "À Strasbourg, l'atelier réunissait surtout des professionnels : assistantes"
                  + " sociales, agents de caisse, conseillers de la mission locale.",
              TRAINING),
          site(
              "Marseille",
              Facilitator.SABRINA,
              place(
                  "Centre social La Joliette Solidaire",
                  "Rue de Ruffi, 13003 Marseille",
                  "93",
                  43.2965,
                  5.3698,
                  PARIS),
              at(2, 18, 10, 0),
              47,
              2,
              "Dans le 3e arrondissement, beaucoup de familles n'ont qu'un téléphone pour tout le"
                  + " foyer, et les participants ont parlé de démarches faites sur un écran"
                  + " fêlé.",
              VULNERABLE,
              RIGHTS),
          site(
              "Quimper",
              Facilitator.GWENAELLE,
              place(
                  "Maison des associations",
                  "Rue du Frugy, 29000 Quimper",
                  "53",
                  47.9960,
                  -4.1024,
                  PARIS),
              at(2, 20, 18, 0),
              14,
              1,
              "Autour de Quimper, les participants ont dessiné à main levée la carte des zones où"
                  + " le téléphone ne passe pas : elle couvre une bonne partie du Cap Sizun.",
              TERRITORIES),
          site(
              "Bordeaux",
              Facilitator.PIERRE_YVES,
              place(
                  "Tiers-lieu Le Hangar Solidaire",
                  "Quai de Brazza, 33100 Bordeaux",
                  "75",
                  44.8378,
                  -0.5792,
                  PARIS),
              at(2, 21, 18, 30),
              36,
              2,
              "À Bordeaux, des entreprises du numérique étaient présentes aux côtés des"
                  + " associations, ce qui a donné lieu à des échanges vifs sur le financement.",
              FUNDING,
              TOOLS),
          new Site(
              "Nantes",
              Facilitator.THOMAS,
              place(
                  "Maison de quartier",
                  "Rue Auguste-Renoir, 44100 Nantes",
                  "52",
                  47.2215,
                  -1.5990,
                  PARIS),
              at(2, 22, 14, 0),
              25,
              List.of(TRAINING),
              "À Nantes, bénévoles et professionnels de l'aide se sont retrouvés pour la"
                  + " première fois autour de la même table.",
              1,
              new Site.Written(
                  "Une charte et un carnet de bord des aidants",
                  "Les aidants présents, bénévoles comme professionnels, manquent de repères :"
                      + " jusqu'où aller, que faire des identifiants confiés, à qui passer le"
                      + " relais. L'atelier propose une charte nationale de l'aidant numérique et"
                      + " un carnet de bord simple pour suivre les personnes accompagnées.")),
          site(
              "Dijon",
              Facilitator.CLAIRE,
              place(
                  "Maison des solidarités du Lac",
                  "Avenue du Lac, 21000 Dijon",
                  "27",
                  47.3220,
                  5.0415,
                  PARIS),
              at(2, 23, 14, 0),
              21,
              1,
              "À Dijon, les responsables associatifs ont apporté leurs tableaux de suivi : cinq"
                  + " structures, cinq façons différentes de compter les personnes aidées.",
              DATA,
              FUNDING),
          site(
              "Aurillac",
              Facilitator.INES,
              place(
                  "Salle des fêtes de la mairie annexe",
                  "Place de la Paix, 15000 Aurillac",
                  "84",
                  44.9264,
                  2.4397,
                  PARIS),
              at(2, 24, 14, 30),
              12,
              1,
              "Dans le Cantal, les participants ont surtout parlé des distances : l'hiver,"
                  + " certains villages sont à une heure de route du premier guichet.",
              TERRITORIES,
              MEDIATION),
          site(
              "Paris",
              Facilitator.FATOU,
              place(
                  "Tiers-lieu La Fabrique de Belleville",
                  "Rue des Pyrénées, 75020 Paris",
                  "11",
                  48.8638,
                  2.3985,
                  PARIS),
              at(2, 25, 10, 0),
              60,
              2,
              "À Belleville, l'atelier a fait salle comble : soixante personnes, dont une"
                  + " vingtaine venues avec un enfant qui traduisait.",
              MEDIATION,
              DATA),
          site(
              "Charleville-Mézières",
              Facilitator.ELODIE,
              place(
                  "Maison de quartier du Mont-Olympe",
                  "Rue du Petit-Bois, 08000" + " Charleville-Mézières",
                  "44",
                  49.7621,
                  4.7266,
                  PARIS),
              at(2, 27, 14, 0),
              17,
              1,
              "Dans les Ardennes, plusieurs secrétaires de mairie ont raconté qu'elles faisaient"
                  + " chaque semaine les démarches de la moitié du village.",
              TRAINING,
              RIGHTS),
          site(
              "Rouen",
              Facilitator.ANTOINE,
              place(
                  "Espace numérique des Hauts de Rouen",
                  "Rue Louis-Blériot, 76000 Rouen",
                  "28",
                  49.4432,
                  1.0993,
                  PARIS),
              at(2, 28, 18, 0),
              29,
              1,
              "À Rouen, des personnes malvoyantes ont montré, écran éteint, ce que devient un"
                  + " formulaire public lu par une synthèse vocale.",
              TOOLS,
              VULNERABLE),
          site(
              "Orléans",
              Facilitator.THOMAS,
              place(
                  "Espace solidaire de La Source",
                  "Place Albert-Camus, 45100 Orléans",
                  "24",
                  47.9030,
                  1.9093,
                  PARIS),
              at(3, 2, 18, 0),
              22,
              1,
              "À Orléans, les agents d'accueil présents ont chiffré le temps passé chaque jour à"
                  + " aider à faire en ligne ce qui se faisait avant au guichet : près de deux"
                  + " heures.",
              RIGHTS,
              DATA),
          site(
              "Ajaccio",
              Facilitator.SABRINA,
              place(
                  "Salle de la mairie annexe des Salines",
                  "Avenue Maréchal-Juin, 20090" + " Ajaccio",
                  "94",
                  41.9192,
                  8.7386,
                  PARIS),
              at(3, 3, 17, 0),
              11,
              1,
              "En Corse, les participants venus de l'intérieur ont rappelé que le dernier bureau"
                  + " de poste de leur vallée a fermé il y a trois ans.",
              TERRITORIES));

  private MainlandSites() {}

  static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2017, month, day, hour, minute);
  }

  static Site site(
      String city,
      Facilitator facilitator,
      WorkshopPlace place,
      LocalDateTime heldAt,
      int attendees,
      int contributions,
      String local,
      DemoTheme... themes) {
    return new Site(
        city, facilitator, place, heldAt, attendees, List.of(themes), local, contributions, null);
  }
}
