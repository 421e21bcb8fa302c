package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.Funnel;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.dashboard.svg.Chart;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.examples.portal.view.ChartView;
import org.openconsultation.examples.portal.view.DashboardView;
import org.openconsultation.examples.portal.view.Texts;

/**
 * The dashboard: every chart of the engine's figures with its data table, the participation funnel
 * starting from the visitors the portal counted itself ({@link Visitors}), and the top
 * contributions by the consultation's default rule. Territories with fewer than {@value #SUPPRESS}
 * contributions or participants show a withheld count, as a public page should.
 */
final class DashboardPage {

  /** Counts below this are withheld on the territories' chart. */
  static final int SUPPRESS = 3;

  private static final int TOP = 5;

  private final Site site;

  DashboardPage(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Texts texts = visit.texts();
    Actor actor = visit.actor();
    Consultation c = visit.consultation();
    DashboardFigures figures =
        visit
            .engine()
            .dashboard()
            .figures(actor, c.id(), DashboardQuery.defaults().suppressBelow(SUPPRESS));
    List<ChartView> charts = new ArrayList<>();
    int n = 0;
    for (Chart chart : DashboardCharts.of(figures, texts.locale()).all()) {
      charts.add(ChartView.of("chart-" + ++n, chart));
    }
    long visitors = site.visitors().count();
    Funnel funnel = visit.engine().dashboard().funnel(actor, c.id(), visitors);
    TopContributions top = visit.engine().dashboard().top(actor, c.id(), TOP);
    String rule = "rule." + top.rule();
    DashboardView view =
        new DashboardView(
            charts,
            ChartView.of("chart-funnel", DashboardCharts.funnel(funnel, texts.locale())),
            visitors,
            texts.has(rule) ? texts.get(rule) : top.rule(),
            top.resultsHidden(),
            top.entries());
    visit.render("dashboard.jte", visit.page(texts.get("dashboard.title"), "dashboard"), view);
  }
}
