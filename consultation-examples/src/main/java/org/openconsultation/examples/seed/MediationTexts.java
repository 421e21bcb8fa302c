package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.ThemeText.idea;

import java.util.List;

/** The theme "Médiation numérique": places, mediators, drop-in hours, mobile help. */
final class MediationTexts {

  static final ThemeText TEXT =
      new ThemeText(
          List.of(
              "Beaucoup de personnes n'osent pas demander de l'aide : elles ont honte de ne pas"
                  + " savoir se servir d'un ordinateur.",
              "Les lieux de médiation existent, mais personne ne les connaît, pas même les agents"
                  + " d'accueil qui pourraient y orienter le public.",
              "Les médiateurs numériques sont souvent en contrat aidé ou en service civique, et"
                  + " partent au bout d'un an avec leur savoir-faire.",
              "Dans les communes rurales, le premier lieu d'accompagnement est parfois à trente"
                  + " kilomètres, sans transport en commun.",
              "Les horaires des espaces publics numériques collent mal à ceux des personnes qui"
                  + " travaillent.",
              "Un atelier collectif ne suffit pas toujours : certaines démarches demandent un"
                  + " accompagnement individuel, long et confidentiel.",
              "Les bibliothèques, les centres sociaux et les maisons de services au public font"
                  + " déjà de la médiation, chacun dans son coin.",
              "Le public le plus éloigné du numérique ne viendra jamais de lui-même dans un espace"
                  + " numérique : il faut aller vers lui.",
              "Près d'un adulte sur cinq dit ne pas se sentir à l'aise avec internet, et ce sont"
                  + " rarement ceux qui poussent la porte d'un atelier."),
          List.of(
              "Dans une commune voisine, une permanence tenue deux matinées par semaine à la mairie"
                  + " reçoit une quinzaine de personnes à chaque fois.",
              "Une heure d'accompagnement coûte moins cher qu'un dossier rejeté puis instruit une"
                  + " seconde fois.",
              "Il faudrait prévoir un lieu calme, à l'écart du passage, pour les démarches qui"
                  + " touchent aux données personnelles.",
              "Les structures de l'économie sociale et solidaire sont prêtes à porter ces"
                  + " permanences si on leur garantit un financement sur trois ans.",
              "L'essentiel est que la personne reparte en sachant refaire seule la démarche la fois"
                  + " suivante.",
              "Un annuaire à jour des lieux de médiation, consultable aussi par téléphone, rendrait"
                  + " service à tout le monde.",
              "On pourrait commencer par les quartiers prioritaires et les communes de moins de"
                  + " 2 000 habitants.",
              "Les médiateurs que nous avons rencontrés insistent : sans locaux ni matériel"
                  + " stable, rien ne tient dans la durée."),
          List.of(
              "Dans ma commune, la médiathèque le fait déjà le samedi matin, et ça marche.",
              "Le bus numérique passe chez nous une fois par mois, c'est trop peu.",
              "Les médiateurs doivent aussi être formés à l'écoute, pas seulement à"
                  + " l'informatique.",
              "Chez nous, la permanence est tenue par une bénévole de 72 ans, formidable, mais"
                  + " seule.",
              "Attention à ne pas réserver ces permanences aux heures de bureau.",
              "Mon père de 84 ans y est allé deux fois, et il fait maintenant ses virements seul.",
              "Il faudrait que les CCAS puissent orienter directement vers ces lieux.",
              "Une permanence sans ordinateurs récents, ça décourage tout le monde."),
          List.of(
              idea(
                  "Une permanence de médiation dans chaque mairie rurale",
                  "organiser, au moins une demi-journée par semaine, une permanence de médiation"
                      + " numérique dans chaque mairie rurale, tenue par un médiateur"
                      + " intercommunal qui tourne entre les villages"),
              idea(
                  "Des médiateurs numériques en CDI, pas en contrats aidés",
                  "transformer les postes de médiateurs numériques en emplois durables, avec un"
                      + " vrai statut et une grille de salaire, au lieu d'enchaîner contrats aidés"
                      + " et services civiques"),
              idea(
                  "Un bus numérique qui passe chaque semaine",
                  "faire circuler un bus équipé de postes et d'une connexion, qui s'arrête chaque"
                      + " semaine à heure fixe sur les places de marché des villages"),
              idea(
                  "Ouvrir les espaces numériques le soir et le samedi",
                  "ouvrir les espaces publics numériques au moins un soir par semaine et le samedi"
                      + " matin, pour les personnes qui travaillent"),
              idea(
                  "Des médiateurs dans les bureaux de poste",
                  "accueillir des permanences de médiation dans les bureaux de poste, qui restent"
                      + " présents dans beaucoup de petites communes"),
              idea(
                  "Un rendez-vous de médiation à domicile pour les personnes isolées",
                  "proposer un accompagnement à domicile, sur rendez-vous, aux personnes âgées ou"
                      + " handicapées qui ne peuvent pas se déplacer"),
              idea(
                  "Un numéro unique pour trouver de l'aide près de chez soi",
                  "créer un numéro de téléphone gratuit qui oriente vers le lieu de médiation le"
                      + " plus proche et prend rendez-vous"),
              idea(
                  "Des permanences dans les centres commerciaux",
                  "installer des points de médiation temporaires dans les galeries marchandes, là"
                      + " où passe tout le monde"),
              idea(
                  "La médiation numérique dans les bibliothèques",
                  "faire des bibliothèques des lieux de médiation de référence, avec des postes en"
                      + " libre accès et des bibliothécaires formés à l'accompagnement"),
              idea(
                  "Des médiateurs dans les salles d'attente",
                  "placer un médiateur dans les salles d'attente des caisses d'allocations, de"
                      + " l'assurance maladie et de Pôle emploi, pour aider pendant l'attente"),
              idea(
                  "Accompagner sans juger",
                  "former les médiateurs à accueillir sans jamais faire sentir à la personne"
                      + " qu'elle est « en retard », et afficher ce principe à l'entrée des lieux"),
              idea(
                  "Un café numérique mensuel dans chaque quartier",
                  "organiser chaque mois un café numérique convivial dans les quartiers, où l'on"
                      + " vient avec son téléphone et ses questions"),
              idea(
                  "Des jeunes en service civique auprès des aînés",
                  "mobiliser des jeunes volontaires en service civique pour accompagner les aînés,"
                      + " en binôme avec un médiateur professionnel"),
              idea(
                  "Un label pour les lieux de médiation",
                  "créer un label national des lieux de médiation numérique, avec un cahier des"
                      + " charges simple et une visibilité commune"),
              idea(
                  "Des ateliers pour apprendre à utiliser son smartphone",
                  "proposer des ateliers courts consacrés au smartphone, puisque c'est souvent le"
                      + " seul appareil dont disposent les personnes"),
              idea(
                  "Mutualiser les médiateurs entre communes",
                  "permettre aux petites communes de partager un médiateur à plusieurs, par"
                      + " convention, avec un planning commun"),
              idea(
                  "Des médiateurs qui parlent les langues des habitants",
                  "recruter des médiateurs qui parlent les langues de leur public : créole, arabe,"
                      + " turc, shimaoré ou langue des signes"),
              idea(
                  "La médiation dans les gares et les transports",
                  "ouvrir des points d'aide numérique dans les gares et les pôles d'échange, pour"
                      + " les billets, les abonnements et les démarches du quotidien"),
              idea(
                  "Un accompagnement gratuit pour les premières démarches",
                  "garantir à chacun trois séances gratuites d'accompagnement pour ses premières"
                      + " démarches en ligne"),
              idea(
                  "Prêter des tablettes avec accompagnement",
                  "prêter des tablettes pendant quelques mois, avec une connexion et des séances"
                      + " d'accompagnement, aux personnes qui n'ont aucun équipement"),
              idea(
                  "Des permanences sur les marchés",
                  "tenir des permanences mobiles sur les marchés hebdomadaires, avec un stand,"
                      + " deux médiateurs et une imprimante"),
              idea(
                  "Des médiateurs dans les hôpitaux",
                  "proposer une aide numérique dans les hôpitaux et les maisons de santé, pour la"
                      + " prise de rendez-vous et le dossier médical"),
              idea(
                  "L'entraide entre voisins, reconnue et outillée",
                  "reconnaître et outiller l'entraide entre voisins, avec un guide de bonnes"
                      + " pratiques et un relais vers les professionnels quand c'est nécessaire"),
              idea(
                  "Des permanences de médiation dans les pharmacies",
                  "accueillir des permanences ponctuelles dans les pharmacies rurales, où les"
                      + " aînés se rendent chaque semaine"),
              idea(
                  "Un médiateur numérique dans chaque collège",
                  "affecter un médiateur numérique à chaque collège, pour les élèves et pour les"
                      + " parents qui doivent suivre la scolarité en ligne"),
              idea(
                  "Valoriser les médiateurs bénévoles",
                  "valoriser l'engagement des médiateurs bénévoles par une reconnaissance"
                      + " officielle et le remboursement de leurs frais"),
              idea(
                  "Relier les médiateurs en réseau régional",
                  "animer un réseau régional des médiateurs, avec des rencontres, un forum"
                      + " d'entraide et un annuaire tenu à jour")));

  private MediationTexts() {}
}
