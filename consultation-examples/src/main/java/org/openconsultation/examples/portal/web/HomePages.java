package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.view.HomeView;

/** The home page (dates, figures, news, timeline) and the themes page. */
final class HomePages {

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
    ConsultationEngine engine = visit.engine();
    Actor actor = visit.actor();
    List<Contribution> published =
        engine.contributions().list(actor, c.id(), ContributionFilter.published());
    List<Workshop> workshops = engine.workshops().list(actor, c.id());
    HomeView.Figures figures =
        new HomeView.Figures(
            published.size(),
            published.stream().filter(x -> x.kind() == ContributionKind.COLLECTIVE).count(),
            engine.participants().count(actor, c.id()),
            workshops.size(),
            workshops.stream().mapToLong(Workshop::attendeeCount).sum());
    Instant now = site.clock().instant();
    List<NewsItem> news =
        engine.news().list(actor, c.id()).stream()
            .filter(n -> !n.publishedAt().isAfter(now))
            .sorted(Comparator.comparing(NewsItem::publishedAt).reversed())
            .toList();
    HomeView view =
        new HomeView(
            c.schedule().opensAt(),
            c.effectiveClosing(),
            now.isBefore(c.effectiveClosing()) ? null : c.lifecycle().closeReason(),
            figures,
            news,
            engine.milestones().timeline(actor, c.id()),
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
