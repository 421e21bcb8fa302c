package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Financement et modèles": who pays, how, and for how long. */
final class FundingTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Les structures de médiation vivent d'appels à projets annuels et passent un temps"
                  + " considérable à chercher des financements.",
              "La dématérialisation fait faire des économies aux administrations, mais ces"
                  + " économies ne financent pas l'accompagnement.",
              "Les financements s'arrêtent souvent au moment où un lieu commence à être connu du"
                  + " public.",
              "Les petites associations n'ont pas les moyens de répondre aux appels à projets"
                  + " nationaux.",
              "Les entreprises qui dématérialisent leurs services ont intérêt à ce que leurs"
                  + " clients sachent s'en servir, mais ne participent pas au coût.",
              "La médiation numérique est gratuite pour l'usager, et elle doit le rester pour les"
                  + " plus fragiles.",
              "Personne ne sait combien coûte réellement une heure d'accompagnement, faute de"
                  + " chiffres partagés."),
          List.of(
              "Un financement sur trois ans minimum permettrait de stabiliser les équipes.",
              "Une part des économies réalisées par la dématérialisation pourrait être"
                  + " réinvestie dans l'accompagnement.",
              "Les collectivités sont prêtes à cofinancer si l'État s'engage dans la durée.",
              "Les fondations d'entreprise financent déjà des projets, mais de manière"
                  + " dispersée.",
              "Le financement devrait suivre l'activité réelle, mesurée simplement, sans"
                  + " paperasse.",
              "Les territoires d'outre-mer ont des surcoûts qu'il faut prendre en compte.",
              "Un fonds régional géré avec les associations serait plus proche du terrain."),
          List.of(
              "Notre association a passé trois mois sur un dossier de subvention pour 8 000 €.",
              "Si les banques ferment leurs agences, qu'elles financent l'accompagnement !",
              "Le chèque, c'est une bonne idée, à condition que les lieux soient là pour"
                  + " l'accepter.",
              "Financer à l'activité, c'est risquer de privilégier les publics faciles.",
              "Les opérateurs devraient contribuer, ils profitent de la dématérialisation.",
              "Trois ans de financement, ce serait déjà une révolution pour nous.",
              "Il faut éviter de créer encore un guichet de subventions de plus."),
          List.of(
              idea(
                  "Un financement pluriannuel des lieux de médiation",
                  "financer les lieux de médiation par des conventions de trois ans au moins,"
                      + " plutôt que par des appels à projets annuels"),
              idea(
                  "Réinvestir les économies de la dématérialisation",
                  "consacrer une part fixe des économies réalisées par chaque administration grâce"
                      + " à la dématérialisation à l'accompagnement des usagers"),
              idea(
                  "Faire contribuer les banques et les assureurs",
                  "demander aux banques, assureurs et fournisseurs d'énergie qui ferment leurs"
                      + " agences de contribuer au financement de l'accompagnement numérique"),
              idea(
                  "Des appels à projets simplifiés pour les petites associations",
                  "simplifier les appels à projets pour les petites associations : un dossier de"
                      + " deux pages, une réponse en un mois"),
              idea(
                  "Un fonds régional de l'inclusion numérique",
                  "créer dans chaque région un fonds de l'inclusion numérique, cofinancé par"
                      + " l'État, la région et les départements, et géré avec les acteurs de"
                      + " terrain"),
              idea(
                  "Financer la médiation selon l'activité réelle",
                  "financer les structures selon le nombre de personnes accompagnées, mesuré"
                      + " simplement, en tenant compte de la difficulté des publics"),
              idea(
                  "La médiation numérique, service d'intérêt général",
                  "reconnaître la médiation numérique comme un service d'intérêt général, ce qui"
                      + " ouvre droit à des financements stables"),
              idea(
                  "Connaître le coût réel d'un accompagnement",
                  "mener une étude nationale sur le coût réel d'une heure d'accompagnement"
                      + " numérique, pour fixer des financements justes"),
              idea(
                  "Des contrats à impact social, avec prudence",
                  "expérimenter des contrats à impact social sur quelques territoires, en gardant"
                      + " un contrôle public sur les objectifs"),
              idea(
                  "Financer l'équipement des lieux d'accès",
                  "financer le renouvellement des ordinateurs et des connexions des lieux d'accès"
                      + " tous les quatre ans"),
              idea(
                  "Les compétences numériques de base dans le CPF",
                  "permettre de financer des formations aux compétences numériques de base avec le"
                      + " compte personnel de formation"),
              idea(
                  "Tenir compte des surcoûts d'outre-mer",
                  "majorer les financements de l'inclusion numérique dans les outre-mer pour tenir"
                      + " compte des surcoûts de transport, d'équipement et de connexion"),
              idea(
                  "Une dotation pour les communes qui accueillent une permanence",
                  "verser aux communes qui accueillent une permanence numérique une dotation"
                      + " forfaitaire, simple et automatique"),
              idea(
                  "Le mécénat de compétences des entreprises du numérique",
                  "encourager le mécénat de compétences des salariés des entreprises du numérique"
                      + " auprès des associations de médiation"),
              idea(
                  "Un financement participatif local",
                  "ouvrir des plateformes de financement participatif locales pour les projets de"
                      + " médiation, avec un abondement public"),
              idea(
                  "Mutualiser les achats de matériel",
                  "organiser des achats groupés de matériel reconditionné pour les associations et"
                      + " les petites communes"),
              idea(
                  "Toutes les aides sur un seul site",
                  "réunir sur un seul site toutes les aides et tous les appels à projets de"
                      + " l'inclusion numérique, publics et privés"),
              idea(
                  "Ne pas perdre les médiateurs en fin de contrat aidé",
                  "accompagner la fin des contrats aidés dans la médiation par un financement de"
                      + " transition, pour ne pas perdre les médiateurs formés"),
              idea(
                  "Un crédit de formation pour les aidants bénévoles",
                  "donner aux associations un crédit de formation pour leurs bénévoles aidants,"
                      + " utilisable auprès d'organismes agréés"),
              idea(
                  "Évaluer avant de couper un financement",
                  "évaluer l'activité d'une structure avant toute décision de baisse de"
                      + " financement, et laisser un an pour s'adapter"),
              idea(
                  "Les pénalités des opérateurs pour l'inclusion",
                  "affecter à l'inclusion numérique les pénalités payées par les opérateurs qui ne"
                      + " respectent pas leurs obligations de couverture"),
              idea(
                  "Financer le temps de coordination",
                  "financer explicitement le temps de coordination entre partenaires, qui n'entre"
                      + " aujourd'hui dans aucune ligne budgétaire")));

  private FundingTexts() {}
}
