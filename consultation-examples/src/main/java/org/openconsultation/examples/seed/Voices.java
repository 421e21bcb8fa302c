package org.openconsultation.examples.seed;

import java.util.List;

/**
 * The phrases that frame the proposals and make up the comments, in the registers of each kind of
 * author. In the templates, {@code {de}} stands for "de " or "d'" as the proposal requires and
 * {@code {p}} for the proposal.
 */
final class Voices {

  /** How some individuals introduce themselves. */
  static final List<String> OPENERS =
      List.of(
          "Je travaille dans un centre social depuis dix ans.",
          "Retraité, je donne des cours d'informatique bénévolement dans ma commune.",
          "Je suis secrétaire de mairie dans un village de 400 habitants.",
          "Mère de trois enfants, je fais toutes les démarches de la famille sur mon téléphone.",
          "J'aide ma mère de 82 ans pour tous ses papiers.",
          "Je suis conseillère à la mission locale.",
          "Bénévole au Secours populaire, je vois passer beaucoup de gens perdus devant les"
              + " écrans.",
          "Je suis infirmière à domicile, et mes patients me demandent souvent de l'aide pour"
              + " leurs démarches.",
          "Je suis développeur, et j'ai honte de certains sites publics.",
          "J'habite un hameau où le téléphone ne capte pas.",
          "Je suis agent d'accueil dans une maison de services au public.",
          "Étudiante en travail social, je fais mon stage dans un CCAS.",
          "Je suis bibliothécaire dans une petite ville.",
          "Je suis au RSA et je fais mes démarches depuis la médiathèque.",
          "Élu municipal d'une commune rurale, je vois nos habitants livrés à eux-mêmes.",
          "Je suis aidante de mon mari, malade d'Alzheimer.");

  /** How individuals put their proposal. */
  static final List<String> LEADS =
      List.of(
          "Je propose {de}{p}.",
          "Il faudrait {p}.",
          "Pourquoi ne pas {p} ?",
          "Ma proposition : {p}.",
          "L'idée serait {de}{p}.",
          "Il est temps {de}{p}.",
          "Je suggère {de}{p}.",
          "Il me semble indispensable {de}{p}.");

  /** How organisations put theirs. */
  static final List<String> POSITIONS =
      List.of(
          "Nous recommandons {de}{p}.",
          "Nous proposons {de}{p}.",
          "Notre première recommandation : {p}.",
          "Nous demandons aux pouvoirs publics {de}{p}.",
          "Il nous paraît nécessaire {de}{p}.");

  /** How position papers end. */
  static final List<String> SIGN_OFFS =
      List.of(
          "Nous sommes prêts à partager notre expérience avec la Mission.",
          "Nous tenons nos données d'activité à la disposition des organisateurs.",
          "Cette position a été adoptée par notre conseil d'administration.",
          "Nous souhaitons être associés à la mise en œuvre de cette proposition.",
          "Nos équipes restent disponibles pour toute précision.");

  /** Who came to a workshop. */
  static final List<String> ATTENDANCE =
      List.of(
          "habitants, agents d'accueil, bénévoles et élus",
          "usagers, travailleurs sociaux et médiateurs",
          "retraités, jeunes de la mission locale et agents des caisses",
          "parents, enseignants et bénévoles d'associations",
          "habitants du quartier, dont plusieurs qui n'avaient jamais utilisé internet",
          "élus, secrétaires de mairie et agents de la maison de services au public");

  /** How workshop minutes end. */
  static final List<String> CONCLUSIONS =
      List.of(
          "Cette proposition a fait consensus.",
          "Deux participants ont exprimé un désaccord sur le financement.",
          "Le groupe souhaite être tenu informé des suites.",
          "Les participants ont voté cette proposition à main levée, à une large majorité.",
          "Le débat a été vif, mais la proposition a été retenue.");

  /** What people who are not online tell a facilitator, in the first person. */
  static final List<String> TESTIMONIES =
      List.of(
          "Je n'ai jamais eu d'ordinateur et je ne sais pas me servir d'un clavier.",
          "Mon téléphone ne sert qu'à appeler et à recevoir les photos de mes petits-enfants.",
          "Depuis que mon mari est décédé, c'est moi qui dois tout faire, et c'est lui qui"
              + " s'occupait des papiers.",
          "Je lis mal le français, alors les sites, c'est impossible pour moi.",
          "J'ai essayé trois fois de faire ma demande sur internet, à chaque fois ça a planté.",
          "Je vis à la rue depuis deux ans et j'ai perdu mon téléphone le mois dernier.",
          "Je suis aveugle depuis l'âge de quarante ans ; le téléphone qui parle m'aide, mais pas"
              + " sur tous les sites.",
          "À la caisse, on m'a dit de tout faire sur internet, mais je n'ai pas internet chez"
              + " moi.",
          "Ma fille habite loin et je ne veux pas la déranger à chaque courrier.",
          "J'habite dans un hameau où le téléphone ne capte pas.",
          "Je travaille de nuit, et les permanences sont toujours ouvertes quand je dors.",
          "On m'a volé mon compte sur un faux site des impôts, depuis j'ai peur de tout.",
          "J'ai 19 ans et je croyais savoir, mais pour mon dossier d'aide au logement je n'ai"
              + " rien compris.",
          "Je parle créole et un peu français ; les papiers, c'est ma voisine qui les lit.",
          "Je suis en fauteuil et l'espace numérique de ma ville est à l'étage, sans"
              + " ascenseur.",
          "Je suis sorti de prison il y a trois mois et maintenant tout se fait en ligne.",
          "Avec ma retraite d'agricultrice, je n'ai pas les moyens d'avoir internet.",
          "J'ai appris à envoyer des messages, mais les mots de passe, je les oublie tous.",
          "Mon médecin m'a dit de prendre rendez-vous en ligne pour la radio, je n'ai pas su.",
          "Je suis arrivée en France il y a un an, j'apprends le français, et tout est en"
              + " ligne.");

  /** Names, as the people agreed to have them shown, of those whose words are typed in. */
  static final List<String> ON_BEHALF =
      List.of(
          "Marcel D., 81 ans",
          "Fatima B., 56 ans",
          "Yvette R., 69 ans",
          "Josiane P., 74 ans",
          "Abdel K., 34 ans",
          "Germaine T., 88 ans",
          "Jean-Claude M., 72 ans",
          "Sylvie L.",
          "Mamadou S., 41 ans",
          "Lucienne G., 90 ans",
          "Rose-Marie C., 77 ans",
          "Kevin D., 19 ans",
          "Paulette V., 83 ans",
          "Ahmed Z., 63 ans",
          "Monique F.",
          "Roger B., 79 ans",
          "Zaïnaba A., 45 ans",
          "Maryvonne Le G., 76 ans",
          "Thérèse H., 85 ans",
          "Ginette, 71 ans");

  /** Agreement, each a full sentence. */
  static final List<String> AGREE =
      List.of(
          "Tout à fait d'accord.",
          "Je soutiens cette idée.",
          "Oui, mille fois oui.",
          "Bonne proposition, simple et concrète.",
          "C'est exactement ce qui manque chez nous.",
          "D'accord, et c'est urgent.",
          "Entièrement d'accord avec ce constat.",
          "Je signe des deux mains.",
          "Enfin quelqu'un qui le dit !",
          "Très juste.",
          "Bravo pour cette proposition.",
          "+1, c'est du bon sens.",
          "D’accord avec vous.",
          "C'est ce que nous faisons déjà dans notre association, et ça marche.");

  /** Disagreement, each a full sentence with a reason. */
  static final List<String> DISAGREE =
      List.of(
          "Je ne suis pas d'accord : on va encore créer une structure de plus.",
          "Fausse bonne idée, à mon avis : qui va payer ?",
          "Ça ne marchera pas sans moyens humains.",
          "Je suis plus réservé : cela existe déjà, il suffirait de le faire connaître.",
          "Attention à ne pas faire à la place des gens, au lieu de les rendre autonomes.",
          "Pas convaincu : le problème, c'est le manque d'agents, pas les outils.",
          "Je ne vois pas comment appliquer ça dans les petites communes.",
          "C'est encore une usine à gaz en perspective.",
          "Désaccord : l'argent public doit aller d'abord aux guichets.");

  /** Hesitation, each a full sentence. */
  static final List<String> NEUTRAL =
      List.of(
          "Pourquoi pas, mais qui paie ?",
          "Intéressant, mais à préciser.",
          "Ça dépend beaucoup des territoires.",
          "À tester d'abord sur quelques communes.",
          "L'idée est bonne, la mise en œuvre sera compliquée.",
          "Je n'ai pas d'avis tranché, mais il faudrait demander aux premiers concernés.",
          "Oui pour les villes, je doute pour la campagne.",
          "À voir avec les moyens disponibles.");

  /** Questions, without a stance. */
  static final List<String> QUESTIONS =
      List.of(
          "Est-ce que ça existe déjà quelque part ?",
          "Qui serait chargé de ça concrètement ?",
          "Vous avez un exemple concret ?",
          "Combien cela coûterait-il ?",
          "Et pour les personnes qui ne peuvent pas se déplacer ?",
          "Qu'en pensent les agents concernés ?",
          "Est-ce que les associations seraient associées ?");

  /** Replies to another comment. */
  static final List<String> REPLIES =
      List.of(
          "Chez nous aussi, c'est pareil.",
          "Bonne question : dans mon département, c'est le conseil départemental qui finance.",
          "Je ne suis pas d'accord avec vous, mais je comprends l'inquiétude.",
          "Ça existe déjà dans certaines villes, avec de bons résultats.",
          "Exactement ce que je voulais dire.",
          "Il faudrait surtout demander aux personnes concernées.",
          "Les agents font ce qu'ils peuvent, le problème est ailleurs.",
          "Merci pour ce retour d'expérience.",
          "C'est vrai, je n'y avais pas pensé.",
          "Dans ma commune, ça a été essayé puis abandonné faute de financement.",
          "Entièrement d’accord avec ce commentaire.");

  /** Replies by a contribution's author to a comment on it. */
  static final List<String> AUTHOR_REPLIES =
      List.of(
          "Merci pour vos retours ! Je précise : l'idée n'est pas de remplacer les agents.",
          "Bonne remarque, je complète ma proposition en ce sens.",
          "Merci. Pour le financement, je pense qu'il faut mêler État et collectivités.",
          "Vous avez raison, il faudrait commencer par une expérimentation.",
          "C'est justement le sens de la proposition : partir des besoins réels.",
          "Merci pour votre soutien, n'hésitez pas à partager !");

  private Voices() {}
}
