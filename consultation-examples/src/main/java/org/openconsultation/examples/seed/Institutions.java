package org.openconsultation.examples.seed;

import static org.openconsultation.core.model.ParticipantKind.ASSOCIATION;
import static org.openconsultation.core.model.ParticipantKind.COMPANY;
import static org.openconsultation.core.model.ParticipantKind.LOCAL_AUTHORITY;
import static org.openconsultation.core.model.ParticipantKind.ORGANISATION;
import static org.openconsultation.core.model.ParticipantKind.PUBLIC_BODY;
import static org.openconsultation.examples.seed.DemoTheme.DATA;
import static org.openconsultation.examples.seed.DemoTheme.FUNDING;
import static org.openconsultation.examples.seed.DemoTheme.MEDIATION;
import static org.openconsultation.examples.seed.DemoTheme.RIGHTS;
import static org.openconsultation.examples.seed.DemoTheme.TERRITORIES;
import static org.openconsultation.examples.seed.DemoTheme.TOOLS;
import static org.openconsultation.examples.seed.DemoTheme.TRAINING;
import static org.openconsultation.examples.seed.DemoTheme.VULNERABLE;

import java.util.List;
import java.util.Set;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * The organisations that write position papers, all fictional; only their cities are real, and
 * their contributions are placed there on the map.
 */
final class Institutions {

  /**
   * An organisation.
   *
   * @param person the organisation as a registered participant
   * @param point its city, for the map
   * @param intro how its position papers begin: who they are
   * @param themes the themes it writes on, first choice first
   * @param papers how many position papers it writes from the themes' proposals
   */
  record Institution(
      DemoPerson person, GeoPoint point, String intro, List<DemoTheme> themes, int papers) {}

  static final Institution CLES =
      of(
          "Association Clés du numérique",
          ASSOCIATION,
          "52",
          47.2184,
          -1.5536,
          1,
          "L'association Clés du numérique anime depuis 2009 trois espaces publics numériques en"
              + " Loire-Atlantique.",
          MEDIATION,
          FUNDING);
  static final Institution HAUT_VALLON =
      of(
          "Communauté de communes du Haut-Vallon",
          LOCAL_AUTHORITY,
          "75",
          45.9570,
          2.1680,
          1,
          "Notre communauté de communes rassemble 24 communes rurales et 11 000 habitants en"
              + " Creuse.",
          TERRITORIES);
  static final Institution CONNECTIS =
      of(
          "Connectis SAS",
          COMPANY,
          "75",
          44.8378,
          -0.5792,
          1,
          "Connectis est une entreprise bordelaise de 40 salariés qui conçoit des services en"
              + " ligne pour des collectivités.",
          TOOLS,
          FUNDING);

  static final List<Institution> ALL =
      List.of(
          CLES,
          HAUT_VALLON,
          CONNECTIS,
          of(
              "Fédération des espaces publics numériques de l'Ouest",
              ASSOCIATION,
              "53",
              48.1173,
              -1.6778,
              2,
              "Notre fédération réunit 85 espaces publics numériques en Bretagne et en Pays de la"
                  + " Loire.",
              MEDIATION,
              TRAINING),
          of(
              "Réseau Entraide & Numérique",
              ASSOCIATION,
              "11",
              48.8566,
              2.3522,
              1,
              "Le Réseau Entraide & Numérique fédère une soixantaine d’associations de solidarité"
                  + " d’Île-de-France qui accompagnent les démarches en ligne.",
              VULNERABLE,
              MEDIATION),
          of(
              "Union des centres sociaux du Nord",
              ASSOCIATION,
              "32",
              50.6292,
              3.0573,
              2,
              "Les 70 centres sociaux de notre union accueillent chaque semaine des centaines"
                  + " d'habitants venus pour une démarche en ligne.",
              RIGHTS,
              TRAINING),
          of(
              "Communauté d'agglomération Portes de l'Argonne",
              LOCAL_AUTHORITY,
              "44",
              49.0906,
              4.8975,
              1,
              "Notre agglomération de 32 communes, entre Champagne et Lorraine, a perdu en dix ans"
                  + " la moitié de ses guichets de services publics.",
              TERRITORIES,
              FUNDING),
          of(
              "Syndicat mixte Vallées Connectées",
              LOCAL_AUTHORITY,
              "84",
              44.7353,
              4.5992,
              1,
              "Le syndicat mixte Vallées Connectées porte le déploiement du réseau et de la"
                  + " médiation numérique dans 140 communes de montagne.",
              TERRITORIES),
          of(
              "Communauté d'agglomération du Littoral Est",
              LOCAL_AUTHORITY,
              "04",
              -21.0340,
              55.7128,
              1,
              "Notre intercommunalité de l'est de La Réunion compte six communes, des Hauts au"
                  + " littoral, où les écarts restent mal desservis.",
              TERRITORIES,
              MEDIATION),
          of(
              "Communauté de communes des Bords du Cher",
              LOCAL_AUTHORITY,
              "24",
              47.2220,
              2.0687,
              1,
              "Nos 15 communes ont ouvert ensemble en 2016 une maison de services au public, qui"
                  + " reçoit déjà 300 visites par mois.",
              RIGHTS,
              TERRITORIES),
          of(
              "Observatoire régional des usages numériques",
              PUBLIC_BODY,
              "76",
              43.6108,
              3.8767,
              2,
              "L'Observatoire régional des usages numériques (ORUN) interroge chaque année 3 000"
                  + " habitants d'Occitanie sur leurs pratiques.",
              DATA),
          of(
              "Groupement d'intérêt public Services du Massif",
              PUBLIC_BODY,
              "84",
              45.7772,
              3.0870,
              1,
              "Notre groupement gère 18 maisons de services au public dans le Massif central, avec"
                  + " les caisses, Pôle emploi et La Poste.",
              RIGHTS,
              TERRITORIES),
          of(
              "Recyclo'Tech SCOP",
              COMPANY,
              "32",
              50.6942,
              3.1746,
              1,
              "Recyclo'Tech est une coopérative d'insertion qui reconditionne chaque année 6 000"
                  + " ordinateurs venus d'entreprises et de collectivités.",
              VULNERABLE,
              TOOLS),
          of(
              "Lumen Conseil",
              COMPANY,
              "11",
              48.8698,
              2.3075,
              1,
              "Lumen Conseil aide depuis 2011 des administrations à concevoir des services en"
                  + " ligne à partir des besoins des usagers.",
              DATA,
              TOOLS),
          of(
              "Télécoms des Îles SARL",
              COMPANY,
              "02",
              14.6036,
              -61.0669,
              1,
              "Opérateur de réseau implanté aux Antilles, nous raccordons des foyers et des"
                  + " entreprises en Martinique et en Guadeloupe.",
              TERRITORIES),
          of(
              "Fondation Solidarités Numériques",
              ORGANISATION,
              "11",
              48.8566,
              2.3522,
              1,
              "La Fondation Solidarités Numériques soutient chaque année une quarantaine de"
                  + " projets d'inclusion numérique partout en France.",
              FUNDING),
          of(
              "Union professionnelle des médiateurs numériques",
              ORGANISATION,
              "84",
              45.7640,
              4.8357,
              2,
              "Notre union rassemble 600 médiatrices et médiateurs numériques, salariés,"
                  + " bénévoles ou indépendants.",
              MEDIATION,
              TRAINING),
          of(
              "Association Les Aînés Connectés",
              ASSOCIATION,
              "93",
              43.7102,
              7.2620,
              1,
              "Créée par des retraités, notre association initie chaque année 400 personnes de"
                  + " plus de 70 ans à la tablette et au smartphone.",
              VULNERABLE),
          of(
              "Association Voir & Naviguer",
              ASSOCIATION,
              "27",
              47.2378,
              6.0241,
              1,
              "Voir & Naviguer accompagne depuis quinze ans des personnes aveugles et malvoyantes"
                  + " dans leurs usages numériques.",
              TOOLS,
              VULNERABLE),
          of(
              "Association Lire, Écrire, Cliquer",
              ASSOCIATION,
              "24",
              47.3941,
              0.6848,
              1,
              "Notre association lutte contre l’illettrisme en Touraine, et le numérique est"
                  + " devenu la première demande de nos apprenants.",
              VULNERABLE,
              TRAINING),
          of(
              "Association Passerelles Solidaires",
              ASSOCIATION,
              "93",
              43.2965,
              5.3698,
              1,
              "Passerelles Solidaires gère deux accueils de jour pour personnes sans domicile"
                  + " dans le centre de Marseille.",
              VULNERABLE,
              RIGHTS),
          of(
              "Association Mains & Signes",
              ASSOCIATION,
              "76",
              43.6047,
              1.4442,
              1,
              "Mains & Signes défend l'accès des personnes sourdes et malentendantes aux services"
                  + " publics, en langue des signes française.",
              VULNERABLE,
              TOOLS),
          of(
              "Association Kaz Numérik",
              ASSOCIATION,
              "01",
              16.2710,
              -61.5045,
              1,
              "Kaz Numérik tient quatre points d'accès au numérique en Guadeloupe, dont un"
                  + " itinérant à Marie-Galante.",
              MEDIATION,
              TERRITORIES),
          of(
              "Association Fenua Connect",
              ASSOCIATION,
              "987",
              -17.5350,
              -149.5696,
              1,
              "Fenua Connect accompagne les habitants des archipels de Polynésie, qui font souvent"
                  + " leurs démarches depuis une île sans administration.",
              TERRITORIES,
              MEDIATION),
          of(
              "Association Lien Numérique Guyane",
              ASSOCIATION,
              "03",
              5.4984,
              -54.0325,
              1,
              "Nous intervenons le long du Maroni, auprès d'habitants qui parlent souvent d'autres"
                  + " langues que le français.",
              RIGHTS,
              VULNERABLE),
          of(
              "Collectif Mayotte Droits et Numérique",
              ASSOCIATION,
              "06",
              -12.7806,
              45.2278,
              1,
              "Notre collectif réunit des associations de Mayotte qui accompagnent les familles"
                  + " dans leurs démarches, souvent en shimaoré ou en kibushi.",
              RIGHTS),
          of(
              "Association Calédonie Solidaire Numérique",
              ASSOCIATION,
              "988",
              -22.2758,
              166.4580,
              1,
              "Notre association intervient à Nouméa et dans les tribus de la province Nord, où la"
                  + " couverture reste inégale.",
              MEDIATION,
              TERRITORIES),
          of(
              "Association Jeunes & Connectés",
              ASSOCIATION,
              "28",
              49.1829,
              -0.3707,
              1,
              "Nous accompagnons en Normandie des jeunes de 16 à 25 ans éloignés de l'emploi,"
                  + " pour qui le numérique n'est pas si évident qu'on le croit.",
              VULNERABLE,
              TRAINING),
          of(
              "Association Corse Solidarité Numérique",
              ASSOCIATION,
              "94",
              42.6973,
              9.4509,
              1,
              "Nous intervenons dans les villages de l'intérieur de la Corse, où l'on fait parfois"
                  + " une heure de route pour une démarche.",
              TERRITORIES));

  private Institutions() {}

  private static Institution of(
      String name,
      ParticipantKind kind,
      String territory,
      double latitude,
      double longitude,
      int papers,
      String intro,
      DemoTheme... themes) {
    DemoPerson person =
        new DemoPerson(Slugs.id(name), name, kind, territory, Set.of(Role.PARTICIPANT), intro);
    return new Institution(
        person, new GeoPoint(latitude, longitude), intro, List.of(themes), papers);
  }
}
