package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.Calendar.paris;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Stance;

/**
 * What happens to the hand-written contributions: Camille's edits, the named participants' comments
 * (one with an emoji), the reports, the advertisement and the insulting comment that the moderators
 * hide, and reports that the moderators leave alone.
 */
final class Script {

  private final Map<String, Draft> papers;

  /**
   * The script around {@code papers}, by their key in {@link Featured#papers()} or "atelier-" and
   * the workshop's city.
   */
  Script(Map<String, Draft> papers) {
    this.papers = Map.copyOf(papers);
  }

  /** The steps of the script. */
  List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    Draft mediateurs = paper("mediateurs");
    for (Featured.Edit e : Featured.edits()) {
      steps.add(new Step.Revise(e.at(), mediateurs, e.title(), e.body(), e.note()));
    }
    Note distance =
        note(
            steps,
            paris(2, 10, 19, 30),
            Cast.SOPHIE,
            mediateurs,
            null,
            Stance.AGREE,
            "Chez moi, la MSAP est à 25 km.");
    note(
        steps,
        paris(2, 11, 9, 10),
        Cast.CAMILLE,
        mediateurs,
        distance,
        null,
        "Un bus numérique pourrait compléter.");
    Draft lieux = paper("lieux");
    Note partners =
        note(
            steps,
            paris(2, 20, 11, 45),
            Institutions.CONNECTIS.person(),
            lieux,
            null,
            Stance.DISAGREE,
            "L'argent public seul ne suffira pas.");
    note(
        steps,
        paris(2, 20, 17, 0),
        Institutions.CLES.person(),
        lieux,
        partners,
        null,
        "Oui, si l'aide reste gratuite.");
    steps.add(new Step.Report(paris(2, 21, 8, 0), Cast.MARYSE, partners, "Hors sujet"));
    note(
        steps,
        paris(3, 3, 8, 20),
        Cast.MARYSE,
        paper("atelier-pointe-a-pitre"),
        null,
        Stance.AGREE,
        "Pas de réseau à Vieux-Habitants.");
    Draft guichet = paper("guichet");
    note(
        steps,
        paris(2, 18, 12, 31),
        Cast.LUCAS,
        guichet,
        null,
        Stance.AGREE,
        "Ma grand-mère dirait exactement la même chose 👍 Merci d’avoir pris le temps de"
            + " recueillir son avis.");

    Draft operateurs = paper("operateurs");
    steps.add(
        new Step.Report(
            paris(2, 15, 10, 2),
            Cast.NADIA,
            operateurs,
            "Publicité déguisée pour les opérateurs ?"));
    steps.add(
        new Step.Report(
            paris(2, 16, 18, 40),
            Cast.SOPHIE,
            operateurs,
            "Une entreprise qui réclame de l'argent public, c'est de la publicité."));

    Draft advert = paper("publicite");
    steps.add(new Step.Report(paris(2, 20, 14, 25), Cast.LUCAS, advert, "Publicité"));
    steps.add(
        new Step.Report(
            paris(2, 20, 14, 48),
            Cast.NADIA,
            advert,
            "Démarchage commercial, et payant en plus !"));
    steps.add(
        new Step.Report(
            paris(2, 20, 15, 31), Cast.MATHIEU, advert, "Publicité pour un service payant"));
    steps.add(
        new Step.Hide(
            paris(2, 20, 16, 10),
            Cast.MODERATORS.get(0),
            advert,
            "Contenu publicitaire, contraire à la charte de participation."));

    Note insult =
        note(
            steps,
            paris(2, 22, 23, 48),
            Featured.HOTHEAD,
            guichet,
            null,
            Stance.DISAGREE,
            "Les agents de la CAF sont tous des incapables et des fainéants, qu'on les remplace"
                + " par des gens compétents !!!");
    steps.add(
        new Step.Report(
            paris(2, 23, 7, 55), Cast.NADIA, insult, "Propos insultants envers les agents"));
    steps.add(
        new Step.Report(
            paris(2, 23, 8, 40),
            Cast.MATHIEU,
            insult,
            "Injurieux pour les agents d'accueil, dont je fais partie"));
    steps.add(
        new Step.Hide(
            paris(2, 23, 9, 15),
            Cast.MODERATORS.get(1),
            insult,
            "Propos injurieux envers des agents publics, contraires à la charte de participation."));
    return steps;
  }

  /** The contribution the moderators hide. */
  Draft hidden() {
    return paper("publicite");
  }

  /** The contribution its author edits twice. */
  Draft edited() {
    return paper("mediateurs");
  }

  private Draft paper(String key) {
    return Objects.requireNonNull(papers.get(key), key);
  }

  private static Note note(
      List<Step> steps,
      Instant at,
      DemoPerson author,
      Draft contribution,
      @Nullable Note parent,
      @Nullable Stance stance,
      String body) {
    Note n = new Note(at, author, contribution, parent, stance, body);
    steps.add(new Step.Post(at, n));
    return n;
  }
}
