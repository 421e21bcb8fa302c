package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.Calendar.paris;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * The hand-written contributions of the named participants (the console story's, slightly
 * extended), and the accounts whose posts a moderator hides. {@link Script} tells what happens to
 * them.
 */
final class Featured {

  /** A company that posts an advertisement, which participants report and a moderator hides. */
  static final DemoPerson ADVERTISER =
      new DemoPerson(
          Slugs.id("Dépann'Info Services"),
          "Dépann'Info Services",
          ParticipantKind.COMPANY,
          "11",
          Set.of(Role.PARTICIPANT),
          "Compte publicitaire : sa contribution a été masquée par la modération.");

  /** A participant whose insulting comment a moderator hides. */
  static final DemoPerson HOTHEAD =
      new DemoPerson(
          Slugs.id("Gégé_en_colère"),
          "Gégé_en_colère",
          ParticipantKind.PERSON,
          "32",
          Set.of(Role.PARTICIPANT),
          "Participant dont un commentaire injurieux a été masqué.");

  /** The original text of Camille's contribution, typo included: she edits it twice. */
  static final String MEDIATEURS_BODY =
      "Les maisons de services au public accueillent déjà les personnes perdues face aux"
          + " démarches en ligne, mais les agents n'ont ni le temps ni la formation pour les"
          + " accompagner. Je propose qu'un médiateur numérique y tienne une permanance chaque"
          + " semaine, avec et sans rendez-vous.";

  private Featured() {}

  /** The hand-written contributions, by key, in order of submission. */
  static Map<String, Draft> papers() {
    Map<String, Draft> p = new LinkedHashMap<>();
    p.put(
        "mediateurs",
        online(
            paris(2, 8, 10, 12),
            Cast.CAMILLE,
            DemoTheme.MEDIATION,
            "Un médiateur numérique dans chaque MSAP",
            MEDIATEURS_BODY,
            9));
    p.put(
        "aidants",
        online(
            paris(2, 8, 14, 40),
            Cast.MATHIEU,
            DemoTheme.TRAINING,
            "Aider à faire, pas faire à la place",
            "Au guichet de ma caisse d'allocations, les agents remplissent souvent les dossiers à"
                + " la place des usagers, qui reviennent la fois suivante tout aussi démunis. Une"
                + " formation courte, commune à tous les aidants, avec des règles claires sur les"
                + " mots de passe et les données personnelles, changerait beaucoup.",
            7));
    p.put(
        "lieux",
        paper(
            paris(2, 8, 21, 5),
            Institutions.CLES,
            DemoTheme.FUNDING,
            "Financer durablement les lieux de médiation",
            "Notre association anime trois espaces publics numériques en Loire-Atlantique. Chaque"
                + " année, nous cherchons de nouveaux financements sur projet et nos médiateurs"
                + " sont en contrats aidés. Nous demandons un label national des lieux de"
                + " médiation, assorti d'un financement pluriannuel qui permette de stabiliser les"
                + " équipes.",
            6));
    p.put(
        "cartographie",
        online(
            paris(2, 9, 8, 30),
            Cast.SOPHIE,
            DemoTheme.TERRITORIES,
            "Cartographier l'accès et les zones blanches",
            "Dans la Creuse, personne ne sait précisément où l'on peut se connecter, imprimer un"
                + " document ou trouver de l'aide. Une carte ouverte, tenue à jour par les"
                + " communes et les associations, qui montre aussi les zones sans réseau mobile,"
                + " serait un premier pas simple.",
            5));
    p.put(
        "cheque",
        online(
            paris(2, 9, 12, 15),
            Cast.JEAN_PIERRE,
            DemoTheme.FUNDING,
            "Un chèque médiation pour les plus fragiles",
            "Sur le modèle des chèques culture, l'État et les collectivités pourraient faire"
                + " distribuer par les travailleurs sociaux des chèques donnant droit à quelques"
                + " heures d'accompagnement dans un lieu labellisé. Les médiateurs seraient"
                + " financés selon leur activité réelle, y compris à La Réunion.",
            8));
    p.put(
        "diagnostic",
        paper(
            paris(2, 13, 10, 0),
            Institutions.HAUT_VALLON,
            DemoTheme.TERRITORIES,
            "Un diagnostic partagé par intercommunalité",
            "Les besoins ne sont pas les mêmes d'une commune à l'autre de notre territoire rural."
                + " Nous proposons que chaque intercommunalité conduise avec le département un"
                + " diagnostic des usages et des fragilités numériques, base d'un schéma local"
                + " d'inclusion numérique.",
            3));
    p.put(
        "operateurs",
        paper(
            paris(2, 14, 16, 20),
            Institutions.CONNECTIS,
            DemoTheme.FUNDING,
            "Associer les entreprises au financement",
            "Les entreprises qui dématérialisent leurs services ont intérêt à ce que leurs clients"
                + " sachent s'en servir. Nous proposons un fonds abondé par les opérateurs et les"
                + " grands services en ligne, géré avec les collectivités, pour financer des"
                + " actions de médiation.",
            1.5));
    p.put(
        "guichet",
        new Draft(
            paris(2, 17, 11, 0),
            Facilitator.KARIM.person(),
            DemoTheme.RIGHTS,
            "Garder un guichet humain",
            "Je n'ai jamais eu d'ordinateur et mon téléphone ne sert qu'à appeler. Depuis que"
                + " tout se fait sur internet, je dois demander à ma voisine. Je voudrais qu'on"
                + " puisse toujours parler à quelqu'un, au guichet ou au téléphone.",
            new Draft.Assisted("Odette L., 78 ans", "32"),
            10));
    p.put(
        "publicite",
        online(
            paris(2, 20, 14, 3),
            ADVERTISER,
            DemoTheme.RIGHTS,
            "Vos démarches faites à domicile : devis gratuit !",
            "Marre des sites administratifs ? Notre équipe s'occupe de TOUT à votre place :"
                + " impôts, CAF, retraite, carte grise. 49,90 € l'intervention, satisfaction"
                + " garantie à 100 % ! Appelez le 01 23 45 67 89 ou écrivez à"
                + " contact@depann-info.example — 7j/7 & sans rendez-vous.",
            0));
    return p;
  }

  /** The edits of Camille's contribution: a typo, then a precision after the comments. */
  static List<Edit> edits() {
    String fixed = MEDIATEURS_BODY.replace("permanance", "permanence");
    return List.of(
        new Edit(
            paris(2, 9, 8, 2),
            "Un médiateur numérique dans chaque MSAP",
            fixed,
            "Correction d'une faute de frappe"),
        new Edit(
            paris(2, 15, 21, 17),
            "Un médiateur numérique dans chaque MSAP, et itinérant là où il n'y en a pas",
            fixed
                + "\n\nMise à jour du 15 février : plusieurs commentaires rappellent que la MSAP la"
                + " plus proche est parfois à 25 km. Là où il n'y en a pas, le médiateur pourrait"
                + " passer chaque semaine dans les mairies, comme un bus numérique.",
            "Précision après les commentaires"));
  }

  /** An edit of a contribution by its author. */
  record Edit(Instant at, String title, String body, String note) {}

  private static Draft online(
      Instant at, DemoPerson author, DemoTheme theme, String title, String body, double appeal) {
    return new Draft(at, author, theme, title, body, new Draft.Online(), appeal);
  }

  private static Draft paper(
      Instant at,
      Institutions.Institution author,
      DemoTheme theme,
      String title,
      String body,
      double appeal) {
    return new Draft(
        at, author.person(), theme, title, body, new Draft.Institutional(author.point()), appeal);
  }
}
