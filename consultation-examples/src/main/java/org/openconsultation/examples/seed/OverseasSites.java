package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.DemoTheme.FUNDING;
import static org.openconsultation.examples.seed.DemoTheme.MEDIATION;
import static org.openconsultation.examples.seed.DemoTheme.RIGHTS;
import static org.openconsultation.examples.seed.DemoTheme.TERRITORIES;
import static org.openconsultation.examples.seed.DemoTheme.TRAINING;
import static org.openconsultation.examples.seed.DemoTheme.VULNERABLE;
import static org.openconsultation.examples.seed.MainlandSites.at;
import static org.openconsultation.examples.seed.MainlandSites.site;
import static org.openconsultation.examples.seed.Site.place;

import java.util.List;

/**
 * The eight workshops held overseas, each in its own time zone: the Antilles and Guyane are four or
 * five hours behind Paris, La Réunion and Mayotte two or three hours ahead, Nouvelle-Calédonie ten
 * hours ahead and Tahiti eleven hours behind.
 */
final class OverseasSites {

  static final List<Site> ALL =
      List.of(
          new Site(
              "Pointe-à-Pitre",
              Facilitator.LUDOVIC,
              place(
                  "Salle municipale",
                  "Place de la Victoire, 97110 Pointe-à-Pitre",
                  "01",
                  16.2411,
                  -61.5331,
                  "America/Guadeloupe"),
              at(3, 1, 9, 0),
              31,
              List.of(TERRITORIES),
              "En Guadeloupe, les participants de Basse-Terre et des îles du Sud ont décrit des"
                  + " communes entières où le réseau reste faible ou absent.",
              1,
              new Site.Written(
                  "Partir de la couverture réelle du réseau",
                  "Dans plusieurs communes de Basse-Terre et des îles du Sud, le réseau reste"
                      + " faible ou absent. Les participants demandent que le diagnostic parte de"
                      + " mesures de terrain, et que les démarches essentielles gardent une"
                      + " solution au guichet tant que la couverture n'est pas assurée.")),
          site(
              "Fort-de-France",
              Facilitator.MYLENE,
              place(
                  "Médiathèque de quartier",
                  "Boulevard du Général-de-Gaulle, 97200" + " Fort-de-France",
                  "02",
                  14.6036,
                  -61.0669,
                  "America/Martinique"),
              at(3, 2, 17, 30),
              34,
              2,
              "En Martinique, les participants ont insisté sur le vieillissement de l'île :"
                  + " beaucoup d'aînés vivent seuls, loin de leurs enfants partis en métropole.",
              VULNERABLE,
              RIGHTS),
          site(
              "Cayenne",
              Facilitator.RUDY,
              place(
                  "Tiers-lieu Kaz à Palabres",
                  "Avenue du Général-de-Gaulle, 97300 Cayenne",
                  "03",
                  4.9372,
                  -52.3260,
                  "America/Cayenne"),
              at(3, 4, 9, 0),
              28,
              2,
              "En Guyane, des participants venus de Saint-Georges et de Maripasoula ont rappelé"
                  + " que certaines communes ne sont accessibles qu'en pirogue ou en avion.",
              RIGHTS,
              TERRITORIES),
          site(
              "Mamoudzou",
              Facilitator.ANLI,
              place(
                  "Maison des associations",
                  "Rue du Commerce, 97600 Mamoudzou",
                  "06",
                  -12.7806,
                  45.2278,
                  "Indian/Mayotte"),
              at(3, 4, 8, 30),
              44,
              1,
              "À Mayotte, l'atelier s'est tenu en shimaoré et en français ; beaucoup de"
                  + " participants n'avaient jamais utilisé d'ordinateur, mais tous avaient un"
                  + " téléphone.",
              RIGHTS,
              VULNERABLE),
          site(
              "Saint-Pierre",
              Facilitator.NATHALIE,
              place(
                  "Case de quartier de la Ravine",
                  "Rue Marius-et-Ary-Leblond, 97410" + " Saint-Pierre",
                  "04",
                  -21.3393,
                  55.4781,
                  "Indian/Reunion"),
              at(3, 6, 14, 0),
              23,
              1,
              "Dans le Sud de La Réunion, les participants ont salué le travail des agents des"
                  + " cases de quartier, souvent seuls face à des files d'attente.",
              MEDIATION,
              TRAINING),
          site(
              "Papeete",
              Facilitator.HEIMANA,
              place(
                  "Fare des associations",
                  "Avenue Pouvanaa-a-Oopa, 98714 Papeete",
                  "987",
                  -17.5350,
                  -149.5696,
                  "Pacific/Tahiti"),
              at(3, 6, 17, 0),
              16,
              2,
              "En Polynésie, les participants ont rappelé que les archipels s'étendent sur une"
                  + " surface grande comme l'Europe, et que certaines îles n'ont qu'une liaison"
                  + " par semaine.",
              TERRITORIES,
              FUNDING),
          site(
              "Nouméa",
              Facilitator.LOUISE,
              place(
                  "Maison de quartier de Rivière-Salée",
                  "Rue Édouard-Unger, 98800 Nouméa",
                  "988",
                  -22.2758,
                  166.4580,
                  "Pacific/Noumea"),
              at(3, 7, 17, 30),
              18,
              1,
              "En Nouvelle-Calédonie, des participants venus de tribus de la province Nord ont"
                  + " décrit des démarches faites depuis le seul point de la vallée où le"
                  + " téléphone capte.",
              MEDIATION,
              VULNERABLE),
          new Site(
              "Saint-Denis de La Réunion",
              Facilitator.NATHALIE,
              place(
                  "Maison de la vie associative",
                  "Rue de Paris, 97400 Saint-Denis",
                  "04",
                  -20.8823,
                  55.4504,
                  "Indian/Reunion"),
              at(3, 8, 14, 0),
              27,
              List.of(MEDIATION),
              "Dans les Hauts de Saint-Denis, les habitants vivent loin des lieux d'accès, et"
                  + " beaucoup sont plus à l'aise en créole.",
              1,
              new Site.Written(
                  "Une médiation itinérante et en créole",
                  "Les habitants des Hauts vivent loin des lieux d'accès, et beaucoup sont plus à"
                      + " l'aise en créole. Les participants proposent un bus numérique qui passe"
                      + " chaque semaine dans les écarts, avec des médiateurs qui parlent créole"
                      + " et connaissent les démarches locales.")));

  private OverseasSites() {}
}
