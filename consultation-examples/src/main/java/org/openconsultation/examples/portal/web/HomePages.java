package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.NewsBrief;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.view.HomeView;

/**
 * The home page, from the engine's homepage data (dates, key figures, news, timeline), and the
 * themes page. News dated after the engine's clock (the seed's story goes on past the live demo's
 * start) waits until the clock reaches it.
 */
final class HomePages {

  /** The most news briefs the home page reads. */
  private static final int NEWS_ITEMS = 50;

  private final Site site;

  private HomePages(Site site) {
    this.site = site;
  }

  static void install(Javalin app, Site site) {
    HomePages pages = new HomePages(site);
    app.get("/c/{slug}", pages::home);
    app.get("/c/{slug}/themes", pages::themes);
  }

  private void home(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Consultation c = visit.consultation();
    Actor actor = visit.actor();
    Homepage home = visit.engine().reports().homepage(actor, c.id(), NEWS_ITEMS);
    Instant now = site.clock().instant();
    List<NewsBrief> news =
        home.news().stream().filter(n -> !n.publishedAt().toInstant().isAfter(now)).toList();
    List<Contribution> published =
        visit.engine().contributions().list(actor, c.id(), ContributionFilter.published());
    HomeView view =
        new HomeView(
            home.consultation().opensAt().toInstant(),
            home.consultation().closesAt().toInstant(),
            home.consultation().closeReason(),
            home.figures(),
            news,
            home.timeline(),
            themes(visit, published));
    visit.render("home.jte", visit.page(c.title(), "home"), view);
  }

  private void themes(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Consultation c = visit.consultation();
    List<Contribution> published =
        visit.engine().contributions().list(visit.actor(), c.id(), ContributionFilter.published());
    visit.render(
        "themes.jte",
        visit.page(visit.texts().get("themes.title"), "themes"),
        themes(visit, published));
  }

  private static List<HomeView.ThemeCount> themes(Visit visit, List<Contribution> published) {
    Map<ThemeId, Long> counts =
        published.stream()
            .collect(Collectors.groupingBy(Contribution::themeId, Collectors.counting()));
    return visit.engine().themes().list(visit.actor(), visit.consultation().id()).stream()
        .map(t -> new HomeView.ThemeCount(t, counts.getOrDefault(t.id(), 0L)))
        .toList();
  }
}
