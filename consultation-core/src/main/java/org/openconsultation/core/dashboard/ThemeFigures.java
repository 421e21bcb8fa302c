package org.openconsultation.core.dashboard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ThemeId;

/**
 * One theme's figures.
 *
 * @param theme the theme
 * @param title its title
 * @param contributions its contributions
 * @param comments comments on its contributions
 * @param ballots ballots on its contributions, or null when results are hidden
 * @param supports supports, approvals and votes for on its contributions, or null when results are
 *     hidden
 */
public record ThemeFigures(
    ThemeId theme,
    String title,
    long contributions,
    long comments,
    @Nullable Long ballots,
    @Nullable Long supports) {

  /** Checks that no required component is null. */
  public ThemeFigures {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(title, "title");
  }
}
