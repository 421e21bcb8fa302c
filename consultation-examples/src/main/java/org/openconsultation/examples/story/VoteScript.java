package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.StoryData.at;

import java.util.List;

/**
 * Who supports what, week by week, on Friday evenings. Nobody supports their own contribution. The
 * ranking at the end follows from this script alone.
 */
final class VoteScript {

  static final List<Scene.Supports> ROUNDS =
      List.of(
          round(
              at(2, 10, 18, 0),
              ballots(Member.SOPHIE, "mediateurs", "cheque"),
              ballots(Member.LUCAS, "mediateurs", "lieux"),
              ballots(Member.NADIA, "mediateurs", "aidants"),
              ballots(Member.MARYSE, "cheque", "lieux"),
              ballots(Member.JEAN_PIERRE, "mediateurs")),
          round(
              at(2, 17, 18, 0),
              ballots(Member.CAMILLE, "lieux", "lyon", "guichet"),
              ballots(Member.MATHIEU, "lieux", "lyon", "cartographie"),
              ballots(Member.HAUT_VALLON, "lieux", "cheque"),
              ballots(Member.CONNECTIS, "diagnostic")),
          round(
              at(2, 24, 18, 0),
              ballots(Member.SOPHIE, "lyon", "diagnostic", "nantes"),
              ballots(Member.LUCAS, "lyon", "aidants"),
              ballots(Member.NADIA, "lyon", "guichet"),
              ballots(Member.CLES, "lyon", "aidants", "nantes")),
          round(
              at(3, 3, 18, 0),
              ballots(Member.MARYSE, "guadeloupe", "lyon"),
              ballots(Member.JEAN_PIERRE, "guadeloupe", "lieux"),
              ballots(Member.HAUT_VALLON, "guadeloupe", "cartographie"),
              ballots(Member.CAMILLE, "nantes")),
          round(
              at(3, 10, 18, 0),
              ballots(Member.JEAN_PIERRE, "reunion"),
              ballots(Member.MARYSE, "reunion", "guichet"),
              ballots(Member.MATHIEU, "reunion", "mediateurs"),
              ballots(Member.CONNECTIS, "reunion", "lyon")),
          round(
              at(3, 17, 18, 0),
              ballots(Member.NADIA, "reunion", "cheque"),
              ballots(Member.LUCAS, "guichet"),
              ballots(Member.SOPHIE, "lieux"),
              ballots(Member.CLES, "mediateurs"),
              ballots(Member.CAMILLE, "diagnostic"),
              ballots(Member.MATHIEU, "operateurs")));

  private VoteScript() {}

  private static Scene.Supports round(java.time.LocalDateTime at, Scene.Ballots... ballots) {
    return new Scene.Supports(at, List.of(ballots));
  }

  private static Scene.Ballots ballots(Member voter, String... contributions) {
    return new Scene.Ballots(voter, List.of(contributions));
  }
}
