package org.openconsultation.examples.portal.view;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Theme;

/**
 * The contributions list: filters, the ranking rule chosen with its explanation, and the ranked
 * contributions.
 *
 * @param theme the theme filter's id, if any
 * @param kind the kind filter, if any
 * @param territory the territory filter, if any
 * @param themes the themes to filter by
 * @param territories the territories to filter by
 * @param rules the rules to choose from
 * @param rule the rule the list is ranked by
 * @param hiddenResults whether the chosen rule was refused because results are hidden until close
 * @param rows the contributions, ranked
 */
public record ContributionsView(
    @Nullable String theme,
    @Nullable String kind,
    @Nullable String territory,
    List<Theme> themes,
    List<String> territories,
    List<Rule> rules,
    Rule rule,
    boolean hiddenResults,
    List<Row> rows) {

  /** Copies the lists. */
  public ContributionsView {
    themes = List.copyOf(themes);
    territories = List.copyOf(territories);
    rules = List.copyOf(rules);
    rows = List.copyOf(rows);
  }

  /**
   * A ranking rule as people read it.
   *
   * @param name the rule's registered name
   * @param label its name in the page's language
   * @param explanation how it ranks, in the page's language
   */
  public record Rule(String name, String label, String explanation) {}

  /**
   * A ranked contribution.
   *
   * @param rank its rank, from 1
   * @param contribution the contribution
   * @param theme its theme's title
   * @param author who it is from, as the page shows it
   * @param explanation why it has this rank, in the rule's words (English)
   */
  public record Row(
      int rank, Contribution contribution, String theme, String author, String explanation) {}
}
