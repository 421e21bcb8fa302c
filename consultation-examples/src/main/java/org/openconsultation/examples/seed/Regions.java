package org.openconsultation.examples.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territories of the seed: French régions by their INSEE code (COG 2017), and the two overseas
 * collectivities that are not régions, Polynésie française and Nouvelle-Calédonie, by their INSEE
 * code 987 and 988. Participants, workshops and contributions all carry these codes.
 */
final class Regions {

  /**
   * A territory.
   *
   * @param code its INSEE code
   * @param name its French name
   * @param population its population in 2017, in millions, to place the crowd
   * @param overseas whether it is outside mainland France
   */
  record Region(String code, String name, double population, boolean overseas) {}

  static final List<Region> ALL =
      List.of(
          new Region("11", "Île-de-France", 12.1, false),
          new Region("24", "Centre-Val de Loire", 2.6, false),
          new Region("27", "Bourgogne-Franche-Comté", 2.8, false),
          new Region("28", "Normandie", 3.3, false),
          new Region("32", "Hauts-de-France", 6.0, false),
          new Region("44", "Grand Est", 5.5, false),
          new Region("52", "Pays de la Loire", 3.7, false),
          new Region("53", "Bretagne", 3.3, false),
          new Region("75", "Nouvelle-Aquitaine", 5.9, false),
          new Region("76", "Occitanie", 5.8, false),
          new Region("84", "Auvergne-Rhône-Alpes", 7.9, false),
          new Region("93", "Provence-Alpes-Côte d'Azur", 5.0, false),
          new Region("94", "Corse", 0.33, false),
          new Region("01", "Guadeloupe", 0.40, true),
          new Region("02", "Martinique", 0.38, true),
          new Region("03", "Guyane", 0.26, true),
          new Region("04", "La Réunion", 0.85, true),
          new Region("06", "Mayotte", 0.25, true),
          new Region("987", "Polynésie française", 0.28, true),
          new Region("988", "Nouvelle-Calédonie", 0.27, true));

  private Regions() {}

  /** Every territory's name by code, mainland first. */
  static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    ALL.forEach(r -> names.put(r.code(), r.name()));
    return names;
  }

  /** Whether {@code code} is one of the seed's overseas territories. */
  static boolean overseas(String code) {
    return ALL.stream().anyMatch(r -> r.code().equals(code) && r.overseas());
  }
}
