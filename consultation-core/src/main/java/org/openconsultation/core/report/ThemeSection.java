package org.openconsultation.core.report;

import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.ThemeId;

/**
 * One theme of a synthesis: its figures, its published contributions in rank order and its
 * workshops.
 *
 * @param id the theme
 * @param title its title
 * @param description what it covers
 * @param figures its figures
 * @param contributions its published contributions, by rank
 * @param workshops the workshops that worked on it or contributed to it, by date
 */
public record ThemeSection(
    ThemeId id,
    String title,
    String description,
    ThemeFigures figures,
    List<RankedContribution> contributions,
    List<WorkshopSummary> workshops) {

  /** Checks that no component is null and copies the lists. */
  public ThemeSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(figures, "figures");
    contributions = List.copyOf(contributions);
    workshops = List.copyOf(workshops);
  }
}
