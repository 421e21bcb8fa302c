package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Formation des aidants": social workers, front-desk staff and volunteers. */
final class TrainingTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Les travailleurs sociaux passent une part croissante de leur temps à remplir des"
                  + " démarches en ligne pour les personnes qu'ils suivent.",
              "Les agents d'accueil n'ont jamais été formés à accompagner quelqu'un sur un"
                  + " ordinateur : ils font à la place, faute de temps.",
              "Les bénévoles qui aident leurs voisins ne savent pas jusqu'où aller, ni que faire"
                  + " des mots de passe qu'on leur confie.",
              "Aider quelqu'un à faire, c'est un métier : cela demande de la patience, de la"
                  + " pédagogie et des règles claires.",
              "Chaque réseau forme ses aidants à sa manière, sans reconnaissance commune des"
                  + " compétences.",
              "Les aidants familiaux, souvent des enfants ou des petits-enfants, font les"
                  + " démarches de leurs parents sans aucun cadre.",
              "Les formations existantes sont longues, lointaines et payantes, donc réservées à"
                  + " ceux qui en ont le moins besoin."),
          List.of(
              "Une journée de formation suffirait pour donner les bons réflexes sur les données"
                  + " personnelles.",
              "Un aidant formé gagne du temps dès la deuxième semaine : il sait orienter au lieu"
                  + " de tout faire.",
              "Les formations devraient se tenir près des lieux de travail, sur le temps de"
                  + " travail.",
              "Les aidants réclament surtout un interlocuteur à qui poser leurs questions après"
                  + " la formation.",
              "Il existe déjà des modules de formation en ligne gratuits, mais personne ne les"
                  + " connaît.",
              "Former sans reconnaître ne suffit pas : les compétences acquises doivent compter"
                  + " dans la carrière.",
              "Un carnet de bord simple permettrait de suivre les personnes accompagnées d'une"
                  + " fois sur l'autre."),
          List.of(
              "Je suis assistante sociale, et je remplis des dossiers toute la journée au lieu de"
                  + " faire mon métier.",
              "Les secrétaires de mairie sont les grandes oubliées : ce sont elles qui aident tout"
                  + " le monde.",
              "Une formation, oui, mais sur le temps de travail, pas le samedi.",
              "Chez nous, les bénévoles se forment entre eux, avec les moyens du bord.",
              "Le plus dur, c'est de ne pas faire à la place quand on est pressé.",
              "Je garde les mots de passe de trois voisins dans un carnet, je sais que ce n'est"
                  + " pas bien.",
              "Les modules en ligne, c'est bien, mais pour se former au numérique il faut déjà"
                  + " savoir s'en servir.",
              "Il faudrait associer les écoles de travail social."),
          List.of(
              idea(
                  "Une formation courte commune à tous les aidants",
                  "créer une formation courte, commune à tous les aidants professionnels et"
                      + " bénévoles, sur l'accompagnement aux démarches et la protection des"
                      + " données"),
              idea(
                  "Une charte nationale de l'aidant numérique",
                  "rédiger une charte nationale de l'aidant numérique qui dise ce qu'on peut"
                      + " faire, ce qu'on ne doit pas faire et à qui passer le relais"),
              idea(
                  "Former les secrétaires de mairie",
                  "former en priorité les secrétaires de mairie des petites communes, qui sont"
                      + " souvent le seul point d'aide du village"),
              idea(
                  "Le numérique dans la formation des travailleurs sociaux",
                  "intégrer l'accompagnement numérique dans la formation initiale des assistants"
                      + " sociaux, éducateurs et conseillers en économie sociale et familiale"),
              idea(
                  "Un certificat reconnu pour les aidants",
                  "créer un certificat reconnu de compétences d'aidant numérique, valable dans"
                      + " tous les réseaux et utile pour la carrière"),
              idea(
                  "Une ligne d'appui pour les aidants",
                  "ouvrir une ligne d'appui où les aidants peuvent poser leurs questions sur une"
                      + " démarche difficile, avec des experts des administrations"),
              idea(
                  "Former les aidants familiaux",
                  "proposer aux aidants familiaux des séances d'information sur les démarches, les"
                      + " procurations et la protection des données de leurs proches"),
              idea(
                  "Des binômes entre jeunes et aidants expérimentés",
                  "constituer des binômes entre des jeunes à l'aise avec les outils et des aidants"
                      + " expérimentés qui connaissent les publics"),
              idea(
                  "Un guide pratique pour les bénévoles",
                  "éditer un guide pratique gratuit pour les bénévoles, avec les démarches les"
                      + " plus courantes expliquées pas à pas"),
              idea(
                  "Des formations sur le temps de travail",
                  "garantir que les agents d'accueil soient formés sur leur temps de travail, près"
                      + " de leur lieu de travail"),
              idea(
                  "Former les agents d'accueil des administrations",
                  "former tous les agents d'accueil des administrations à accompagner sans faire"
                      + " à la place, avec des mises en situation"),
              idea(
                  "Des journées d'échange entre aidants",
                  "organiser dans chaque département des journées d'échange de pratiques entre"
                      + " aidants de tous les réseaux"),
              idea(
                  "Un carnet de suivi des personnes accompagnées",
                  "fournir aux aidants un carnet de suivi simple, papier ou numérique, pour noter"
                      + " les démarches faites et celles qui restent"),
              idea(
                  "Reconnaître le temps passé à aider",
                  "reconnaître dans les fiches de poste le temps passé par les agents à aider les"
                      + " usagers dans leurs démarches en ligne"),
              idea(
                  "Former les aidants à repérer l'illettrisme",
                  "former les aidants à repérer discrètement les difficultés de lecture et"
                      + " d'écriture, souvent cachées derrière le numérique"),
              idea(
                  "Des modules en ligne et en présentiel",
                  "combiner des modules en ligne gratuits avec des séances en présentiel, pour que"
                      + " la formation reste accessible à tous"),
              idea(
                  "Former les aidants aux arnaques en ligne",
                  "former les aidants à reconnaître et expliquer les arnaques en ligne, faux sites"
                      + " administratifs et courriels frauduleux"),
              idea(
                  "Un référent numérique dans chaque CCAS",
                  "désigner et former un référent numérique dans chaque centre communal d'action"
                      + " sociale"),
              idea(
                  "Former les bénévoles des associations caritatives",
                  "proposer des formations adaptées aux bénévoles des associations caritatives,"
                      + " qui reçoivent chaque jour des personnes bloquées par une démarche"),
              idea(
                  "Un tutorat entre médiateurs confirmés et débutants",
                  "mettre en place un tutorat entre médiateurs confirmés et nouveaux aidants"
                      + " pendant leurs premiers mois"),
              idea(
                  "Des fiches pratiques par démarche",
                  "produire avec chaque administration des fiches pratiques d'une page, mises à"
                      + " jour, pour les démarches les plus fréquentes"),
              idea(
                  "Former les bibliothécaires à l'aide aux démarches",
                  "former les bibliothécaires à l'aide aux démarches administratives, puisque le"
                      + " public vient déjà les voir"),
              idea(
                  "Des immersions au guichet pour ceux qui conçoivent les sites",
                  "sensibiliser tous les agents publics, y compris ceux qui conçoivent les sites,"
                      + " aux difficultés réelles des usagers, par des immersions au guichet"),
              idea(
                  "Des formations d'aidants en outre-mer",
                  "organiser des sessions de formation d'aidants dans chaque territoire"
                      + " d'outre-mer, avec des formateurs locaux, et en créole quand c'est utile")));

  private TrainingTexts() {}
}
