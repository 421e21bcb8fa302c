package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Territoires et réseaux": coverage, places, local diagnoses, cooperation. */
final class TerritoryTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Dans beaucoup de villages, le réseau mobile ne passe pas et le débit ne permet pas"
                  + " d'envoyer un document.",
              "Personne ne sait précisément où l'on peut se connecter, imprimer un document ou"
                  + " trouver de l'aide sur le territoire.",
              "Les acteurs d'un même territoire (mairie, département, CAF, associations) ne se"
                  + " parlent pas assez.",
              "Les besoins ne sont pas les mêmes d'une commune à l'autre : un plan national"
                  + " uniforme passera à côté.",
              "Les zones blanches ne figurent sur aucune carte officielle fiable, et les habitants"
                  + " en sont réduits à chercher un point haut.",
              "La fermeture des services publics de proximité a précédé l'arrivée du haut débit,"
                  + " au lieu de la suivre.",
              "Dans les quartiers prioritaires, les lieux d'accès existent mais ferment faute de"
                  + " financement."),
          List.of(
              "Un diagnostic partagé par intercommunalité permettrait de savoir qui fait quoi et"
                  + " où sont les trous.",
              "Les élus locaux sont prêts à s'engager, à condition d'avoir des données fiables et"
                  + " un interlocuteur.",
              "Une carte ouverte, mise à jour par les communes et les associations, serait un"
                  + " premier pas simple.",
              "Les départements ont la compétence sociale : ils sont bien placés pour coordonner.",
              "Il faut partir des mesures de terrain, pas des cartes des opérateurs.",
              "Tant que la couverture n'est pas assurée, les démarches essentielles doivent garder"
                  + " une solution au guichet.",
              "Un coordinateur par département suffirait à faire vivre le réseau."),
          List.of(
              "Chez moi, il faut monter au cimetière pour avoir une barre de réseau.",
              "Notre communauté de communes a fait ce diagnostic l'an dernier, on peut partager la"
                  + " méthode.",
              "La carte des opérateurs dit que ma commune est couverte. C'est faux.",
              "Les réseaux existent déjà, il faut juste leur donner les moyens de se coordonner.",
              "Le haut débit arrivera chez nous en 2022, paraît-il. D'ici là ?",
              "Attention à ne pas oublier les quartiers des grandes villes, pas seulement la"
                  + " campagne.",
              "Dans les Hauts, à La Réunion, c'est pareil : pas de réseau dans les écarts."),
          List.of(
              idea(
                  "Cartographier l'aide numérique sur chaque territoire",
                  "publier une carte ouverte de tous les lieux où l'on peut se connecter, imprimer"
                      + " et être aidé, tenue à jour par les communes et les associations"),
              idea(
                  "Un schéma départemental d'inclusion numérique",
                  "confier à chaque département l'élaboration d'un schéma d'inclusion numérique,"
                      + " avec les intercommunalités, la CAF et les associations"),
              idea(
                  "Mesurer la couverture mobile avec les habitants",
                  "faire mesurer la couverture mobile par les habitants eux-mêmes, avec une"
                      + " application simple, et publier les résultats commune par commune"),
              idea(
                  "Un coordinateur de l'inclusion numérique par département",
                  "financer un poste de coordinateur de l'inclusion numérique par département,"
                      + " chargé de faire travailler ensemble tous les acteurs"),
              idea(
                  "Ne fermer aucun guichet sans solution de rechange",
                  "interdire la fermeture d'un service public de proximité tant qu'un lieu"
                      + " d'accompagnement numérique n'est pas ouvert à moins de vingt minutes"),
              idea(
                  "Des tiers-lieux numériques dans les bourgs",
                  "soutenir l'ouverture de tiers-lieux dans les bourgs ruraux, qui mêlent espace"
                      + " de travail partagé, médiation et services publics"),
              idea(
                  "Le wifi public gratuit dans les mairies",
                  "équiper chaque mairie d'un accès wifi gratuit et d'un poste en libre service,"
                      + " accessibles aux heures d'ouverture"),
              idea(
                  "Priorité aux zones blanches",
                  "donner la priorité, dans les plans de déploiement, aux communes sans aucune"
                      + " couverture plutôt qu'à la montée en débit des villes"),
              idea(
                  "Des rencontres annuelles de l'inclusion numérique",
                  "organiser chaque année, dans chaque département, des rencontres ouvertes entre"
                      + " élus, administrations, associations et habitants"),
              idea(
                  "Un lieu d'accès dans chaque quartier prioritaire",
                  "garantir au moins un lieu d'accès et d'accompagnement numérique ouvert toute la"
                      + " semaine dans chaque quartier prioritaire de la politique de la ville"),
              idea(
                  "Associer les opérateurs aux diagnostics locaux",
                  "obliger les opérateurs de télécommunications à partager leurs données de"
                      + " couverture avec les collectivités qui conduisent un diagnostic"),
              idea(
                  "Des agences postales communales équipées",
                  "équiper les agences postales communales d'un poste connecté et former leurs"
                      + " agents à l'aide aux démarches"),
              idea(
                  "Une plateforme d'échange entre territoires",
                  "créer une plateforme où les territoires partagent leurs diagnostics, leurs"
                      + " méthodes et leurs réussites"),
              idea(
                  "Mutualiser les lieux entre administrations",
                  "installer dans un même lieu les permanences de plusieurs administrations,"
                      + " plutôt que chacune ouvre et ferme ses propres points d'accueil"),
              idea(
                  "Un volet numérique dans les contrats de ville",
                  "rendre obligatoire un volet inclusion numérique dans les contrats de ville et"
                      + " les contrats de ruralité"),
              idea(
                  "Des relais numériques dans les commerces de proximité",
                  "faire des commerces volontaires, boulangerie ou bureau de tabac, des relais où"
                      + " l'on peut imprimer un document ou recevoir un premier conseil"),
              idea(
                  "Adapter les plans aux territoires insulaires",
                  "adapter les plans d'inclusion numérique aux territoires insulaires et"
                      + " d'outre-mer, où les coûts et les distances ne sont pas ceux de la"
                      + " métropole"),
              idea(
                  "Un observatoire régional des usages",
                  "créer dans chaque région un observatoire des usages numériques, qui publie"
                      + " chaque année des chiffres par territoire"),
              idea(
                  "Des antennes partagées entre opérateurs",
                  "imposer le partage des antennes entre opérateurs dans les zones peu denses,"
                      + " pour couvrir plus vite les villages"),
              idea(
                  "Une convention entre département et intercommunalités",
                  "signer dans chaque département une convention entre le conseil départemental et"
                      + " les intercommunalités pour répartir les rôles"),
              idea(
                  "Transformer des locaux publics vides en espaces numériques",
                  "transformer des locaux publics inoccupés, anciennes écoles ou perceptions, en"
                      + " espaces numériques partagés"),
              idea(
                  "Mettre en réseau les maisons de services au public",
                  "mettre en réseau les maisons de services au public d'un même département, avec"
                      + " des outils et une formation communs"),
              idea(
                  "Une aide à l'internet par satellite",
                  "proposer une aide à l'équipement en internet par satellite pour les foyers des"
                      + " zones qui ne seront pas couvertes avant plusieurs années")));

  private TerritoryTexts() {}
}
