package org.openconsultation.examples.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * The participants who are not named in the cast: fictional people spread over the territories in
 * proportion to their population, who show their full name, their first name and initial, or a
 * pseudonym.
 */
final class Crowd {

  private static final List<String> FIRST =
      List.of(
          "Marie",
          "Jean",
          "Monique",
          "Michel",
          "Nathalie",
          "Philippe",
          "Isabelle",
          "Christophe",
          "Sandrine",
          "Stéphane",
          "Céline",
          "Nicolas",
          "Julie",
          "Sébastien",
          "Aurélie",
          "Maxime",
          "Léa",
          "Hugo",
          "Chloé",
          "Théo",
          "Manon",
          "Louis",
          "Emma",
          "Enzo",
          "Yanis",
          "Sarah",
          "Mehdi",
          "Fatima",
          "Mohamed",
          "Aïcha",
          "Rachid",
          "Leïla",
          "Françoise",
          "Bernard",
          "Josiane",
          "Gérard",
          "Danielle",
          "Alain",
          "Brigitte",
          "Patrick",
          "Chantal",
          "Daniel",
          "Odile",
          "René",
          "Mamadou",
          "Awa",
          "Thi Hoa",
          "Kevin",
          "Océane",
          "Anthony",
          "Élise",
          "Gaëlle",
          "Loïc",
          "Yannick",
          "Soizic",
          "Noémie",
          "Joël",
          "Hervé",
          "Agnès",
          "Benoît");

  private static final List<String> LAST =
      List.of(
          "Martin",
          "Bernard",
          "Dubois",
          "Thomas",
          "Robert",
          "Richard",
          "Petit",
          "Leroy",
          "Moreau",
          "Simon",
          "Laurent",
          "Lefebvre",
          "Michel",
          "Garcia",
          "David",
          "Bertrand",
          "Vincent",
          "Fournier",
          "Morel",
          "Girard",
          "André",
          "Dupont",
          "Bonnet",
          "François",
          "Martinez",
          "Legrand",
          "Faure",
          "Blanc",
          "Guérin",
          "Muller",
          "Henry",
          "Roussel",
          "Perrin",
          "Morin",
          "Clément",
          "Gauthier",
          "Dumont",
          "Lopez",
          "Fontaine",
          "Chevalier",
          "Robin",
          "Masson",
          "Sanchez",
          "Nguyen",
          "Boyer",
          "Denis",
          "Duval",
          "Joly",
          "Roger",
          "Le Gall",
          "Tanguy",
          "Kerlouégan",
          "Bensaïd",
          "Traoré",
          "Da Silva",
          "Pereira",
          "Ouali",
          "Schmitt",
          "Meyer",
          "Colin",
          "Brun",
          "Arnaud",
          "Picard",
          "Lacroix");

  private static final List<String> FIRST_ANTILLES =
      List.of("Ludivine", "Josué", "Marie-Line", "Rony", "Jessica", "Dimitri", "Nadège", "Willy");
  private static final List<String> LAST_ANTILLES =
      List.of(
          "Jean-Louis",
          "Saint-Val",
          "Mondésir",
          "Bellance",
          "Louisy",
          "Ursulet",
          "Lubin",
          "Zébina",
          "Pierre-Louis",
          "Horth",
          "Sabayo");
  private static final List<String> FIRST_REUNION =
      List.of("Jean-Claude", "Marie-Annick", "Dylan", "Laetitia", "Ludovic", "Stéphanie", "Johan");
  private static final List<String> LAST_REUNION =
      List.of(
          "Payet",
          "Grondin",
          "Rivière",
          "Ramassamy",
          "Mussard",
          "Técher",
          "Maillot",
          "Hoarau",
          "Fontaine",
          "Boyer");
  private static final List<String> FIRST_MAYOTTE =
      List.of("Zaïnaba", "Anfane", "Mariame", "Houssamou", "Faïza", "Bacar", "Echati");
  private static final List<String> LAST_MAYOTTE =
      List.of("Madi", "Saïd", "Abdallah", "Attoumani", "Soilihi", "Combo", "Ali");
  private static final List<String> FIRST_PACIFIC =
      List.of("Moana", "Hinano", "Teva", "Vaimiti", "Émile", "Kévin", "Sabrina", "Tiare");
  private static final List<String> LAST_PACIFIC =
      List.of(
          "Tetuanui",
          "Tehei",
          "Tauhiro",
          "Maiau",
          "Temarii",
          "Waia",
          "Hmae",
          "Cawa",
          "Wakolo",
          "Dupré");

  /** Pseudonyms as people type them, with the territory they give (or none). */
  private static final List<String[]> PSEUDONYMS =
      List.of(
          new String[] {"mamie_connectée", "84"}, new String[] {"Jojo974", "04"},
          new String[] {"Le Berrichon", "24"}, new String[] {"citoyen_lambda", ""},
          new String[] {"Marguerite & Lucien", "53"}, new String[] {"ZazouNantes", "52"},
          new String[] {"papy_geek", "76"}, new String[] {"Titi du 59", "32"},
          new String[] {"aidante-fatiguée", "75"}, new String[] {"Lili971", "01"},
          new String[] {"AnneSo", "11"}, new String[] {"CœurDeLoire", "24"},
          new String[] {"le_voisin", ""}, new String[] {"Marco_B", "93"},
          new String[] {"Sylvie (Lens)", "32"}, new String[] {"Dédé du Cantal", "84"},
          new String[] {"Tahiti_Nui", "987"}, new String[] {"Fred'", "44"},
          new String[] {"Gaëtan l'Ardennais", "44"}, new String[] {"MadininaWoman", "02"},
          new String[] {"Kanak_du_Nord", "988"}, new String[] {"nico.dev", "11"},
          new String[] {"Une travailleuse sociale", "76"}, new String[] {"Bzh_29", "53"});

  private Crowd() {}

  /**
   * {@code count} people whose ids are all distinct and differ from the {@code taken} ids, in a
   * fixed order for a given random source.
   */
  static List<DemoPerson> draw(SplittableRandom rng, int count, Set<ParticipantId> taken) {
    Set<ParticipantId> ids = new HashSet<>(taken);
    List<DemoPerson> people = new ArrayList<>();
    for (String[] p : PSEUDONYMS) {
      if (people.size() < count && ids.add(Slugs.id(p[0]))) {
        people.add(person(p[0], p[1].isEmpty() ? null : p[1], "Inscrit sous un pseudonyme."));
      }
    }
    while (people.size() < count) {
      Regions.Region region = region(rng);
      @Nullable String territory = rng.nextInt(100) < 5 ? null : region.code();
      String first = pick(rng, firstNames(region.code()));
      String last = pick(rng, lastNames(region.code()));
      String name = rng.nextInt(100) < 35 ? first + " " + last.charAt(0) + "." : first + " " + last;
      if (ids.add(Slugs.id(name))) {
        String where = territory == null ? "sans territoire indiqué" : region.name();
        people.add(person(name, territory, "Personne inscrite, " + where + "."));
      }
    }
    return people;
  }

  private static DemoPerson person(String name, @Nullable String territory, String description) {
    return new DemoPerson(
        Slugs.id(name),
        name,
        ParticipantKind.PERSON,
        territory,
        Set.of(Role.PARTICIPANT),
        description);
  }

  private static Regions.Region region(SplittableRandom rng) {
    double total = Regions.ALL.stream().mapToDouble(Regions.Region::population).sum();
    double u = rng.nextDouble() * total;
    for (Regions.Region r : Regions.ALL) {
      u -= r.population();
      if (u < 0) {
        return r;
      }
    }
    return Regions.ALL.get(0);
  }

  private static List<String> firstNames(String code) {
    return switch (code) {
      case "01", "02", "03" -> FIRST_ANTILLES;
      case "04" -> FIRST_REUNION;
      case "06" -> FIRST_MAYOTTE;
      case "987", "988" -> FIRST_PACIFIC;
      default -> FIRST;
    };
  }

  private static List<String> lastNames(String code) {
    return switch (code) {
      case "01", "02", "03" -> LAST_ANTILLES;
      case "04" -> LAST_REUNION;
      case "06" -> LAST_MAYOTTE;
      case "987", "988" -> LAST_PACIFIC;
      default -> LAST;
    };
  }

  private static String pick(SplittableRandom rng, List<String> list) {
    return list.get(rng.nextInt(list.size()));
  }
}
