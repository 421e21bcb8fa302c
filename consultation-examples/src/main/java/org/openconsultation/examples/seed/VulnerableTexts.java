package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Inclusion des publics fragiles": answers fitted to each public. */
final class VulnerableTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Les personnes âgées qui vivent seules sont les premières touchées par la fin des"
                  + " guichets.",
              "Pour une personne sans domicile, le téléphone est à la fois l'outil indispensable"
                  + " et le bien le plus facile à perdre.",
              "Les personnes qui maîtrisent mal le français cumulent deux obstacles : la langue et"
                  + " l'outil.",
              "On croit les jeunes à l'aise avec le numérique, mais beaucoup ne savent ni envoyer"
                  + " un CV ni remplir un dossier en ligne.",
              "Beaucoup de sites publics restent inutilisables pour les personnes aveugles ou"
                  + " malvoyantes.",
              "L'illettrisme touche encore 7 % des adultes, et le numérique le rend plus visible"
                  + " et plus douloureux.",
              "En détention ou à la sortie de prison, l'accès au numérique est quasi nul alors que"
                  + " tout se joue en ligne : emploi, logement, droits.",
              "Les familles monoparentales n'ont souvent qu'un téléphone pour tout le foyer,"
                  + " partagé avec les devoirs des enfants."),
          List.of(
              "Un accompagnement réussi commence par la confiance, et la confiance prend du"
                  + " temps.",
              "Il faut des réponses différentes selon les publics : ce qui convient à un étudiant"
                  + " ne convient pas à une personne de 85 ans.",
              "Les associations spécialisées connaissent ces publics : elles doivent être"
                  + " associées dès le départ.",
              "Un équipement reconditionné à bas prix change déjà beaucoup de choses.",
              "La honte est le premier obstacle : personne n'aime avouer qu'il ne sait pas.",
              "Les travailleurs sociaux peuvent repérer ces personnes, à condition d'avoir un lieu"
                  + " où les orienter.",
              "Rien ne remplace la présence humaine pour les personnes les plus isolées."),
          List.of(
              "Ma grand-mère a 91 ans, elle n'utilisera jamais internet, et elle a le droit de ne"
                  + " pas le faire.",
              "Pour les personnes sourdes, la visio en langue des signes change tout.",
              "Dans notre accueil de jour, on recharge une quarantaine de téléphones chaque"
                  + " matin.",
              "Les jeunes que j'accompagne en mission locale ont tous un smartphone, mais pas"
                  + " d'adresse e-mail qui marche.",
              "Il faut penser aussi aux aidants des personnes handicapées, souvent épuisés.",
              "Les personnes âgées ont surtout peur des arnaques, il faut les rassurer.",
              "En prison, même préparer sa sortie est devenu impossible sans internet."),
          List.of(
              idea(
                  "Des visites de convivialité numérique pour les aînés",
                  "organiser des visites régulières chez les aînés isolés, où l'on mêle compagnie"
                      + " et apprentissage du numérique, avec les CCAS et les associations de"
                      + " bénévoles"),
              idea(
                  "Une adresse e-mail durable pour les personnes sans domicile",
                  "offrir aux personnes sans domicile une adresse électronique durable et un espace"
                      + " pour conserver leurs papiers numérisés, avec l'appui des accueils de"
                      + " jour"),
              idea(
                  "Des casiers de recharge dans les accueils de jour",
                  "installer des casiers de recharge sécurisés pour les téléphones dans les"
                      + " accueils de jour et les centres d'hébergement"),
              idea(
                  "Des démarches traduites dans les principales langues",
                  "traduire les démarches essentielles dans les principales langues parlées par"
                      + " les personnes étrangères, et le dire clairement sur les sites"),
              idea(
                  "Rendre les sites publics utilisables par les personnes aveugles",
                  "rendre enfin tous les sites publics conformes aux règles d'accessibilité, et"
                      + " sanctionner les administrations qui ne le font pas"),
              idea(
                  "Des ateliers numériques dans les missions locales",
                  "proposer dans chaque mission locale des ateliers pour apprendre aux jeunes à"
                      + " gérer une adresse e-mail, un CV en ligne et leurs démarches"),
              idea(
                  "Le numérique en détention pour préparer la sortie",
                  "donner aux personnes détenues un accès encadré aux démarches en ligne, pour"
                      + " préparer leur sortie : droits sociaux, logement, emploi"),
              idea(
                  "Un guichet en visio avec interprète en langue des signes",
                  "ouvrir dans chaque administration un guichet en visio avec interprète en langue"
                      + " des signes pour les personnes sourdes"),
              idea(
                  "Des équipements reconditionnés à prix solidaire",
                  "vendre à prix solidaire des ordinateurs et téléphones reconditionnés aux"
                      + " ménages modestes, avec une prise en main offerte"),
              idea(
                  "Apprendre à lire, écrire et cliquer en même temps",
                  "associer les programmes de lutte contre l'illettrisme et les ateliers"
                      + " numériques, pour apprendre à lire, écrire et cliquer en même temps"),
              idea(
                  "Un forfait internet social",
                  "créer un forfait internet social à moins de dix euros par mois, sur le modèle"
                      + " du tarif social de l'énergie"),
              idea(
                  "Des ateliers parents-enfants",
                  "organiser des ateliers où parents et enfants apprennent ensemble, notamment pour"
                      + " suivre la scolarité en ligne"),
              idea(
                  "Protéger les aînés contre les arnaques",
                  "lancer une campagne de prévention des arnaques en ligne destinée aux aînés,"
                      + " relayée par les pharmacies, les mairies et les banques"),
              idea(
                  "Des interfaces en facile à lire et à comprendre",
                  "concevoir avec les associations des interfaces simplifiées, en facile à lire et"
                      + " à comprendre, pour les personnes en situation de handicap mental"),
              idea(
                  "Un volet numérique dans l'accompagnement du RSA",
                  "inclure un volet numérique dans l'accompagnement des allocataires du RSA, avec"
                      + " des séances prises en compte dans leur parcours"),
              idea(
                  "Ne pas oublier les gens du voyage",
                  "adapter les démarches et la domiciliation aux gens du voyage, avec des"
                      + " permanences mobiles sur les aires d'accueil"),
              idea(
                  "Un droit à rester hors ligne",
                  "reconnaître un droit à rester hors ligne pour ceux qui le choisissent, sans"
                      + " perdre aucun droit ni payer plus cher"),
              idea(
                  "Accompagner les réfugiés dès leur arrivée",
                  "prévoir dès l'arrivée des réfugiés un accompagnement numérique dans leur langue,"
                      + " pour les démarches d'asile, de santé et de scolarité"),
              idea(
                  "Des ateliers adaptés aux personnes malvoyantes",
                  "organiser des ateliers adaptés aux personnes malvoyantes, avec loupes d'écran,"
                      + " synthèse vocale et formateurs spécialisés"),
              idea(
                  "Un téléphone sûr pour les femmes victimes de violences",
                  "fournir aux femmes accompagnées après des violences un téléphone sécurisé et une"
                      + " aide pour protéger leurs comptes en ligne"),
              idea(
                  "Penser aux aidants des personnes dépendantes",
                  "faciliter les démarches en ligne des aidants de personnes dépendantes, qui"
                      + " gèrent souvent deux dossiers à la fois"),
              idea(
                  "Des ateliers numériques dans les maisons de retraite",
                  "proposer des ateliers numériques réguliers dans les maisons de retraite, pour"
                      + " garder le lien avec les familles par visio"),
              idea(
                  "Des permanences dans les foyers de jeunes travailleurs",
                  "tenir des permanences d'aide aux démarches dans les foyers de jeunes"
                      + " travailleurs et les résidences sociales"),
              idea(
                  "Accompagner les agriculteurs âgés dans leurs déclarations",
                  "accompagner les agriculteurs âgés dans leurs déclarations en ligne, avec les"
                      + " chambres d'agriculture et la MSA")));

  private VulnerableTexts() {}
}
