package org.openconsultation.examples.portal.view;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.report.NewsBrief;

/**
 * The home page, from the engine's homepage data: the consultation's dates, key figures, news
 * briefs and timeline, and the themes.
 *
 * @param opensAt when it opened or opens
 * @param closesAt when it closes or closed, early or not
 * @param closeReason why it closed early, if it did
 * @param figures the key figures; supports only while results are visible
 * @param news the news briefs published so far, newest first
 * @param timeline the milestones, in date order
 * @param themes the themes with their number of contributions
 */
public record HomeView(
    Instant opensAt,
    Instant closesAt,
    @Nullable String closeReason,
    KeyFigures figures,
    List<NewsBrief> news,
    List<Milestone> timeline,
    List<ThemeCount> themes) {

  /** Copies the lists. */
  public HomeView {
    news = List.copyOf(news);
    timeline = List.copyOf(timeline);
    themes = List.copyOf(themes);
  }

  /** The published collective contributions, from workshops. */
  public long collective() {
    return figures.contributions(ContributionKind.COLLECTIVE);
  }

  /**
   * A theme and its published contributions.
   *
   * @param theme the theme
   * @param contributions how many
   */
  public record ThemeCount(Theme theme, long contributions) {}
}
