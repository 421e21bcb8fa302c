package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Outils et accessibilité": sites, applications and devices for everyone. */
final class ToolsTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Les sites publics changent d'apparence sans prévenir, et les personnes qui avaient"
                  + " appris le chemin sont à nouveau perdues.",
              "Beaucoup de services en ligne fonctionnent mal sur un téléphone ancien ou avec une"
                  + " connexion lente.",
              "Les messages d'erreur sont incompréhensibles : « Erreur 500 », « session expirée »,"
                  + " « format invalide ».",
              "Les captchas et les mots de passe compliqués bloquent des personnes qui ont"
                  + " pourtant tout fait correctement.",
              "Les règles d'accessibilité existent depuis des années, mais beaucoup de sites"
                  + " publics ne les respectent pas.",
              "Chaque administration développe ses propres outils, avec des boutons et des"
                  + " vocabulaires différents.",
              "Le logiciel libre et les formats ouverts sont peu utilisés dans les lieux publics,"
                  + " alors qu'ils réduisent les coûts."),
          List.of(
              "Un site simple profite à tout le monde, pas seulement aux personnes en difficulté.",
              "Les tests avec de vrais usagers coûtent peu et évitent des erreurs coûteuses.",
              "Un bouton « Besoin d'aide ? » sur chaque page, avec un numéro de téléphone,"
                  + " rassurerait beaucoup de gens.",
              "Il faudrait publier le taux de conformité de chaque site public aux règles"
                  + " d'accessibilité.",
              "Les applications doivent fonctionner en 3G, voire en 2G dans certaines zones.",
              "Un vocabulaire commun à toutes les administrations éviterait bien des"
                  + " confusions.",
              "Les ordinateurs des lieux publics devraient être configurés de la même façon"
                  + " partout."),
          List.of(
              "Le message « session expirée » au bout de dix minutes, c'est l'enfer quand on tape"
                  + " lentement.",
              "Les captchas avec des feux rouges, je n'y arrive jamais.",
              "Le logiciel libre, très bien, mais il faut former les gens à s'en servir.",
              "Sur mon vieux téléphone, la moitié des sites publics ne s'affichent pas.",
              "Pourquoi chaque site a-t-il ses propres règles de mot de passe ?",
              "Mettre un vrai numéro de téléphone en bas de chaque page, ce serait déjà énorme.",
              "Je suis malvoyante : le zoom casse la moitié des formulaires."),
          List.of(
              idea(
                  "Un bouton d'aide sur chaque page des sites publics",
                  "ajouter sur chaque page des sites publics un bouton « Besoin d'aide ? » qui"
                      + " donne un numéro de téléphone et l'adresse du lieu d'aide le plus"
                      + " proche"),
              idea(
                  "Des messages d'erreur compréhensibles",
                  "remplacer les messages d'erreur techniques par des phrases simples qui disent"
                      + " ce qui s'est passé et quoi faire"),
              idea(
                  "Des sites publics qui marchent en 2G",
                  "concevoir les sites publics pour qu'ils fonctionnent avec une connexion lente et"
                      + " sur des téléphones de plus de cinq ans"),
              idea(
                  "Publier le niveau d'accessibilité de chaque site",
                  "publier pour chaque site public son niveau de conformité aux règles"
                      + " d'accessibilité, avec un calendrier de mise en conformité"),
              idea(
                  "Un même vocabulaire pour toutes les démarches",
                  "adopter un vocabulaire et des boutons communs à toutes les démarches en ligne"
                      + " des administrations"),
              idea(
                  "Prévenir avant de changer l'apparence d'un site",
                  "prévenir les usagers et les aidants avant toute refonte d'un site public, et"
                      + " garder l'ancienne version quelques semaines"),
              idea(
                  "En finir avec les captchas illisibles",
                  "supprimer les captchas visuels des sites publics, ou leur proposer une"
                      + " alternative accessible"),
              idea(
                  "Des sessions qui n'expirent pas en dix minutes",
                  "allonger la durée des sessions sur les formulaires en ligne et enregistrer"
                      + " automatiquement les saisies"),
              idea(
                  "Des logiciels libres dans les espaces publics numériques",
                  "équiper les espaces publics numériques de logiciels libres, pour réduire les"
                      + " coûts et apprendre des outils que chacun peut installer chez soi"),
              idea(
                  "Un ordinateur simplifié pour les débutants",
                  "proposer des ordinateurs et tablettes avec une interface simplifiée, pensée pour"
                      + " les débutants et les personnes âgées"),
              idea(
                  "Une vidéo courte pour chaque démarche",
                  "produire pour chaque démarche une vidéo courte, sous-titrée, qui montre l'écran"
                      + " pas à pas"),
              idea(
                  "Un mode « grands caractères » sur les sites publics",
                  "proposer sur tous les sites publics un mode « grands caractères » et fort"
                      + " contraste, activable d'un clic"),
              idea(
                  "Des formulaires qu'on peut reprendre plus tard",
                  "permettre d'enregistrer un formulaire en cours pour le reprendre plus tard, ou"
                      + " chez un aidant"),
              idea(
                  "Ouvrir le code des services publics en ligne",
                  "publier le code source des services publics en ligne, pour que chacun puisse"
                      + " l'améliorer et le réutiliser"),
              idea(
                  "Un assistant vocal pour les démarches",
                  "expérimenter un assistant vocal qui guide pas à pas dans les démarches,"
                      + " utilisable au téléphone"),
              idea(
                  "Des connexions plus simples et plus sûres",
                  "remplacer les mots de passe compliqués par une connexion par code reçu par SMS"
                      + " ou par courrier"),
              idea(
                  "Des postes publics configurés pour l'accessibilité",
                  "configurer tous les postes des lieux publics avec loupe, synthèse vocale et"
                      + " clavier adapté"),
              idea(
                  "Une application unique pour les démarches du quotidien",
                  "réunir dans une seule application publique les démarches du quotidien, avec un"
                      + " accès pour l'aidant"),
              idea(
                  "Des imprimantes et scanners en libre service",
                  "mettre à disposition des imprimantes et scanners en libre service dans les"
                      + " mairies et les bibliothèques, gratuits pour les démarches"
                      + " administratives"),
              idea(
                  "Associer les usagers à la conception des outils",
                  "associer des usagers éloignés du numérique à chaque étape de la conception des"
                      + " outils publics, en les rémunérant pour leur temps"),
              idea(
                  "Prêter du matériel adapté aux personnes handicapées",
                  "prêter aux personnes handicapées des claviers, souris et écrans adaptés, comme"
                      + " on prête déjà des fauteuils"),
              idea(
                  "Des testeurs en situation de handicap pour chaque nouveau site",
                  "faire vérifier l'accessibilité de chaque nouveau site public par des testeurs"
                      + " en situation de handicap, rémunérés"),
              idea(
                  "Une notice papier pour chaque service en ligne",
                  "fournir avec chaque service en ligne une notice papier d'une page, disponible en"
                      + " mairie et en bibliothèque")));

  private ToolsTexts() {}
}
