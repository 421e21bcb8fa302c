package org.openconsultation.examples.portal.view;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.Theme;

/**
 * The home page: the consultation's dates, key figures, news briefs, timeline and themes.
 *
 * @param opensAt when it opened or opens
 * @param closesAt when it closes or closed, early or not
 * @param closeReason why it closed early, if it did
 * @param figures the key figures
 * @param news the news briefs, newest first
 * @param timeline the milestones, in date order
 * @param themes the themes with their number of contributions
 */
public record HomeView(
    Instant opensAt,
    Instant closesAt,
    @Nullable String closeReason,
    Figures figures,
    List<NewsItem> news,
    List<Milestone> timeline,
    List<ThemeCount> themes) {

  /** Copies the lists. */
  public HomeView {
    news = List.copyOf(news);
    timeline = List.copyOf(timeline);
    themes = List.copyOf(themes);
  }

  /**
   * Key figures.
   *
   * @param contributions published contributions
   * @param collective of which collective ones, from workshops
   * @param participants registered participants
   * @param workshops workshops held
   * @param attendees people who attended them
   */
  public record Figures(
      long contributions, long collective, long participants, long workshops, long attendees) {}

  /**
   * A theme and its published contributions.
   *
   * @param theme the theme
   * @param contributions how many
   */
  public record ThemeCount(Theme theme, long contributions) {}
}
