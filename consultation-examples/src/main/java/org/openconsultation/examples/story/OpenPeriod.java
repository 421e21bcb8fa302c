package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.StoryData.at;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openconsultation.core.model.Stance;

/** The comments and news briefs of the open period, and all its scenes in order. */
final class OpenPeriod {

  static final List<Scene> REMARKS =
      List.of(
          new Scene.Remark(
              at(2, 10, 19, 30),
              "distance",
              Member.SOPHIE,
              "mediateurs",
              null,
              Stance.AGREE,
              "Chez moi, la MSAP est à 25 km."),
          new Scene.Remark(
              at(2, 11, 9, 10),
              "bus",
              Member.CAMILLE,
              "mediateurs",
              "distance",
              null,
              "Un bus numérique pourrait compléter."),
          new Scene.Remark(
              at(2, 20, 11, 45),
              "partenariats",
              Member.CONNECTIS,
              "lieux",
              null,
              Stance.DISAGREE,
              "L'argent public seul ne suffira pas."),
          new Scene.Remark(
              at(2, 20, 17, 0),
              "gratuite",
              Member.CLES,
              "lieux",
              "partenariats",
              null,
              "Oui, si l'aide reste gratuite."),
          new Scene.Remark(
              at(3, 3, 8, 20),
              "colline",
              Member.MARYSE,
              "guadeloupe",
              null,
              Stance.AGREE,
              "Pas de réseau à Vieux-Habitants."));

  static final List<Scene.Brief> BRIEFS =
      List.of(
          new Scene.Brief(
              at(2, 27, 9, 0),
              "Premiers ateliers à Lyon et à Nantes",
              "63 personnes ont participé aux deux premiers ateliers ; leurs contributions"
                  + " collectives sont en ligne."),
          new Scene.Brief(
              at(3, 13, 9, 0),
              "Les ateliers d'outre-mer ont rendu leurs contributions",
              "Les ateliers de Pointe-à-Pitre et de Saint-Denis de La Réunion ont réuni 58"
                  + " personnes."));

  private OpenPeriod() {}

  /** Every scene between the opening and the close, in the order it happens. */
  static List<Scene> scenes() {
    List<Scene> scenes = new ArrayList<>();
    scenes.addAll(Proposals.SCENES);
    scenes.addAll(Ateliers.SCENES);
    scenes.addAll(REMARKS);
    scenes.addAll(VoteScript.ROUNDS);
    scenes.addAll(BRIEFS);
    scenes.sort(Comparator.comparing(Scene::at));
    return scenes;
  }
}
