package org.openconsultation.examples.seed;

import java.util.EnumSet;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * The facilitators, all fictional: each runs the workshops of a territory and keeps a desk where
 * people who are not online come to have their contribution typed in.
 */
enum Facilitator {
  INES("Inès Benali", "84", "à la médiathèque de Lyon 8e"),
  KARIM("Karim Haddad", "32", "au point d'accueil numérique de Roubaix"),
  GWENAELLE("Gwenaëlle Le Bihan", "53", "à l'espace public numérique de Rennes"),
  THOMAS("Thomas Mercier", "52", "à la maison de quartier de Nantes Nord"),
  FATOU("Fatou Diallo", "11", "à la permanence numérique de Saint-Denis"),
  ELODIE("Élodie Garnier", "44", "au centre socioculturel de Strasbourg"),
  JULIEN("Julien Fabre", "76", "à la maison de quartier de Toulouse"),
  SABRINA("Sabrina Ferhat", "93", "au centre social de Marseille 3e"),
  PIERRE_YVES("Pierre-Yves Roux", "75", "à la maison de services au public de Guéret"),
  CLAIRE("Claire Besson", "27", "à la maison des solidarités de Dijon"),
  ANTOINE("Antoine Lemaire", "28", "à l'espace numérique des Hauts de Rouen"),
  LUDOVIC("Ludovic Jean-Baptiste", "01", "au point numérique de Pointe-à-Pitre"),
  MYLENE("Mylène Joseph-Angélique", "02", "à la médiathèque de Fort-de-France"),
  RUDY("Rudy Bellony", "03", "au tiers-lieu de Cayenne"),
  NATHALIE("Nathalie Payet", "04", "à la case de quartier de Saint-Pierre"),
  ANLI("Anli Ahamada", "06", "à la maison des associations de Mamoudzou"),
  HEIMANA("Heimana Teriitehau", "987", "au fare des associations de Papeete"),
  LOUISE("Louise Gowé", "988", "à la maison de quartier de Nouméa");

  private final String displayName;
  private final String territory;
  private final String desk;

  Facilitator(String displayName, String territory, String desk) {
    this.displayName = displayName;
    this.territory = territory;
    this.desk = desk;
  }

  /** Where the facilitator receives people, as a French complement of place ("au …", "à la …"). */
  String desk() {
    return desk;
  }

  /** The facilitator as a demo person: a registered participant who also facilitates. */
  DemoPerson person() {
    return new DemoPerson(
        Slugs.id(displayName),
        displayName,
        ParticipantKind.PERSON,
        territory,
        EnumSet.of(Role.FACILITATOR, Role.PARTICIPANT),
        "Anime les ateliers de son territoire et tient une permanence " + desk + ".");
  }
}
