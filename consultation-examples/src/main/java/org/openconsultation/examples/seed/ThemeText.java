package org.openconsultation.examples.seed;

import java.util.List;

/**
 * The hand-written material of one theme, from which contribution bodies and comments are composed.
 *
 * @param constats observations, each a full sentence, that open a contribution
 * @param details examples or precisions, each a full sentence, that close one
 * @param remarks what commenters add, each a full sentence
 * @param ideas the proposals, one per contribution: no title appears twice in the seed
 */
record ThemeText(
    List<String> constats, List<String> details, List<String> remarks, List<Idea> ideas) {

  ThemeText {
    constats = List.copyOf(constats);
    details = List.copyOf(details);
    remarks = List.copyOf(remarks);
    ideas = List.copyOf(ideas);
  }

  /**
   * A proposal.
   *
   * @param title the contribution's title
   * @param proposal what is proposed, as an infinitive clause without a final stop ("ouvrir…"), so
   *     that it reads after "Je propose de", "Il faudrait" or "Les participants proposent de"
   */
  record Idea(String title, String proposal) {}

  /** A proposal, for the data classes. */
  static Idea idea(String title, String proposal) {
    return new Idea(title, proposal);
  }
}
