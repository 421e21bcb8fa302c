package org.openconsultation.examples.seed;

/** The consultation's own texts. */
final class Texts {

  static final String SLUG = "numerique-inclusif-2017";

  static final String TITLE = "Un numérique qui n'oublie personne";

  static final String DESCRIPTION =
      "Beaucoup de Français sont mal à l'aise avec le numérique, alors que les démarches"
          + " administratives passent en ligne. La Mission Numérique Solidaire lance une"
          + " consultation nationale pour recueillir vos idées : comment accompagner chacun,"
          + " garder l'accès aux droits, former les aidants, ne laisser aucun public ni aucun"
          + " territoire de côté, financer la médiation, rendre les outils accessibles et mesurer"
          + " les progrès ?\n\n"
          + "Proposez, commentez et soutenez les contributions dans huit thèmes. Des ateliers se"
          + " tiennent en métropole et en outre-mer ; leurs comptes rendus sont publiés ici comme"
          + " contributions collectives, aux côtés des contributions des associations, des"
          + " collectivités et des entreprises.";

  private Texts() {}
}
