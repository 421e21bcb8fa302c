package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Accès aux droits et démarches en ligne": desks, telephone, plain forms. */
final class RightsTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Depuis que la prime d'activité et les cartes grises passent par internet, les"
                  + " files d'attente se sont déplacées vers les associations.",
              "Certaines démarches ne sont plus possibles qu'en ligne, sans autre solution pour"
                  + " ceux qui n'ont ni ordinateur ni connexion.",
              "Les sites des administrations ne se ressemblent pas : à chaque démarche, il faut"
                  + " un nouvel identifiant et un nouveau mot de passe.",
              "Le non-recours augmente quand la demande devient numérique : des personnes"
                  + " renoncent à des aides auxquelles elles ont droit.",
              "Les courriers et les formulaires emploient un vocabulaire administratif que peu de"
                  + " gens comprennent du premier coup.",
              "Le téléphone des administrations est souvent saturé ou payant, et l'on finit"
                  + " renvoyé vers le site internet.",
              "Un dossier en ligne rejeté pour une pièce mal scannée peut bloquer des droits"
                  + " pendant des semaines.",
              "Beaucoup de personnes confient leurs identifiants à un proche, faute de mieux, avec"
                  + " tous les risques que cela comporte."),
          List.of(
              "Une démarche qui prend dix minutes à un agent expérimenté peut prendre deux heures"
                  + " à une personne seule devant un écran.",
              "Le guichet physique ne doit pas devenir une exception réservée aux cas désespérés.",
              "Les usagers devraient pouvoir déposer une pièce justificative par photo depuis un"
                  + " téléphone, sans scanner.",
              "Il faudrait tester chaque nouveau service en ligne avec de vrais usagers avant sa"
                  + " mise en service.",
              "Les agents d'accueil demandent aussi à être associés à la conception des"
                  + " démarches.",
              "Un simple accusé de réception, avec un numéro de dossier, éviterait beaucoup"
                  + " d'appels inquiets.",
              "Les délais de réponse affichés en ligne devraient être tenus, ou au moins"
                  + " expliqués.",
              "Dans notre secteur, une personne sur trois que nous accompagnons vient pour une"
                  + " démarche liée aux allocations familiales."),
          List.of(
              "J'ai mis trois semaines à obtenir ma carte grise en ligne, avec l'aide du"
                  + " garagiste en plus.",
              "Le numéro de ma caisse sonne dans le vide, c'est devenu impossible de parler à"
                  + " quelqu'un.",
              "Ma mère a perdu son allocation logement pendant deux mois à cause d'un mot de passe"
                  + " oublié.",
              "Les agents de la CAF de mon département font ce qu'ils peuvent, ils ne sont pas"
                  + " assez nombreux.",
              "Un formulaire papier doit rester possible, au moins pour les démarches vitales.",
              "Mon fils m'a créé une adresse e-mail, mais je ne sais jamais où est le mot de"
                  + " passe.",
              "Le site des impôts s'est beaucoup amélioré : c'est la preuve qu'on peut faire"
                  + " simple.",
              "Pour les personnes sous tutelle, rien n'est prévu en ligne."),
          List.of(
              idea(
                  "Garantir un guichet ou un téléphone pour chaque démarche",
                  "garantir par la loi qu'aucune démarche administrative ne soit exclusivement"
                      + " numérique, et qu'un guichet ou un téléphone gratuit reste toujours"
                      + " possible"),
              idea(
                  "Un identifiant unique pour toutes les démarches",
                  "généraliser un identifiant unique, reconnu par toutes les administrations,"
                      + " pour ne plus multiplier les comptes et les mots de passe"),
              idea(
                  "Écrire les formulaires en français facile",
                  "réécrire les formulaires et les courriers administratifs en français facile à"
                      + " lire et à comprendre, avec des usagers"),
              idea(
                  "Des numéros de téléphone gratuits pour les administrations",
                  "rendre gratuits les numéros de téléphone des administrations et garantir un"
                      + " délai de rappel"),
              idea(
                  "Déposer ses justificatifs par photo",
                  "permettre d'envoyer ses pièces justificatives en les photographiant avec un"
                      + " téléphone, sans scanner ni format imposé"),
              idea(
                  "Un droit à l'erreur dans les démarches en ligne",
                  "reconnaître un droit à l'erreur dans les démarches en ligne, pour qu'une case"
                      + " mal cochée ne suspende pas une allocation"),
              idea(
                  "Tester les démarches avec de vrais usagers",
                  "faire tester chaque démarche en ligne par des usagers éloignés du numérique"
                      + " avant sa mise en service, et publier les résultats"),
              idea(
                  "Un mandat d'aidant encadré",
                  "créer un mandat officiel qui permette à un aidant de faire une démarche pour"
                      + " quelqu'un, sans lui demander ses mots de passe"),
              idea(
                  "Un simulateur unique des droits sociaux",
                  "proposer un simulateur unique qui indique en quelques questions toutes les"
                      + " aides auxquelles on a droit, et comment les demander"),
              idea(
                  "Des démarches qui marchent sur téléphone",
                  "concevoir toutes les démarches pour fonctionner d'abord sur un téléphone,"
                      + " puisque c'est le seul écran de beaucoup de ménages"),
              idea(
                  "Prévenir avant de couper une aide",
                  "prévenir par courrier et par SMS avant toute suspension de droits liée à une"
                      + " démarche en ligne non faite"),
              idea(
                  "Un accusé de réception clair pour chaque dossier",
                  "envoyer pour chaque dossier un accusé de réception clair, avec un numéro, la"
                      + " liste des pièces reçues et un délai de réponse"),
              idea(
                  "Garder le papier pour les démarches vitales",
                  "maintenir un formulaire papier pour les démarches vitales : minima sociaux,"
                      + " logement, santé et retraite"),
              idea(
                  "Une maison de services au public dans chaque canton",
                  "ouvrir une maison de services au public dans chaque canton, avec des agents"
                      + " formés aux démarches de plusieurs administrations"),
              idea(
                  "Dire combien de personnes abandonnent en ligne",
                  "mesurer et publier, pour chaque démarche en ligne, la part des usagers qui"
                      + " abandonnent en cours de route"),
              idea(
                  "Un coffre-fort numérique pour les justificatifs",
                  "offrir à chacun un coffre-fort numérique public pour conserver ses"
                      + " justificatifs et les transmettre d'un clic aux administrations"),
              idea(
                  "Les démarches en ligne ouvertes aux tuteurs et curateurs",
                  "prévoir dans chaque démarche en ligne un accès pour les tuteurs et curateurs,"
                      + " avec leurs propres identifiants"),
              idea(
                  "Rappeler au lieu de renvoyer vers le site",
                  "obliger les services téléphoniques à rappeler la personne plutôt que de la"
                      + " renvoyer vers le site internet"),
              idea(
                  "« Dites-le-nous une fois », pour de vrai",
                  "appliquer vraiment le principe « dites-le-nous une fois » : ne plus demander"
                      + " aux usagers des informations que l'administration possède déjà"),
              idea(
                  "Des délais de réponse affichés et tenus",
                  "afficher pour chaque démarche un délai de réponse et s'engager à le tenir"),
              idea(
                  "Aller vers les personnes qui ne demandent rien",
                  "aller au-devant des personnes qui ne demandent pas leurs droits, en croisant"
                      + " les fichiers et en les contactant directement"),
              idea(
                  "Garder en mairie l'aide pour les papiers d'identité",
                  "garder en mairie un guichet d'aide pour les cartes d'identité, passeports et"
                      + " permis, au lieu de tout renvoyer vers des sites nationaux"),
              idea(
                  "Une aide pour la déclaration de revenus en ligne",
                  "organiser chaque printemps des permanences d'aide à la déclaration de revenus"
                      + " en ligne dans les centres des impôts et les mairies"),
              idea(
                  "Prendre rendez-vous sans passer par internet",
                  "permettre de prendre rendez-vous dans les administrations par téléphone ou sur"
                      + " place, et pas seulement en ligne"),
              idea(
                  "Accompagner chaque demande de retraite",
                  "accompagner chaque futur retraité dans sa demande de retraite en ligne, avec un"
                      + " rendez-vous proposé automatiquement"),
              idea(
                  "Des courriers qui disent où se faire aider",
                  "faire figurer sur chaque courrier administratif qui renvoie vers internet"
                      + " l'adresse d'un lieu d'aide proche et un numéro gratuit")));

  private RightsTexts() {}
}
