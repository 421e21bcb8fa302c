package org.openconsultation.examples.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.ResolvedReference;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.dashboard.svg.Chart;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.report.Digest;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.report.SynthesisReport;
import org.openconsultation.examples.seed.DemoConsultation;

/** The documents of the tour: permalinks, synthesis, homepage, digest and dashboard. */
final class ReportTour {

  private final Tour tour;
  private final ConsultationEngine engine;
  private final DemoConsultation demo;
  private final ConsultationId consultation;
  private final Actor organiser;
  private final Actor visitor;
  private final PermalinkTemplate permalinks;
  private final Path dir;

  ReportTour(Tour tour) {
    this.tour = tour;
    this.engine = tour.engine;
    this.demo = tour.demo;
    this.consultation = tour.consultation;
    this.organiser = tour.organiser;
    this.visitor = tour.visitor;
    this.permalinks = tour.permalinks;
    this.dir = tour.dir;
  }

  /** Every revision of the contribution edited twice, cited and linked. */
  void permalinks() throws IOException {
    List<String> lines = new ArrayList<>();
    // publishing:permalinks:begin
    Consultation about = engine.consultations().get(visitor, consultation);
    Contribution edited =
        engine.contributions().get(visitor, consultation, demo.editedContribution());
    for (int n = 1; n <= edited.revision(); n++) {
      String citation = edited.reference().at(n).toString();
      ResolvedReference cited = engine.contributions().resolve(visitor, consultation, citation);
      lines.add(cited.citation() + " " + cited.revision().title());
      lines.add("    " + permalinks.link(about, edited.reference().at(n)));
    }
    // publishing:permalinks:end
    ResolvedReference now =
        engine.contributions().resolve(visitor, consultation, edited.reference().toString());
    lines.add(edited.reference() + " cites " + now.citation());
    write("permalinks.txt", lines);
  }

  /** The synthesis as the organiser reads it, after the close. */
  void synthesis() throws IOException {
    // publishing:synthesis:begin
    SynthesisReport synthesis = engine.reports().synthesis(organiser, consultation);
    Files.writeString(dir.resolve("synthesis.md"), synthesis.toMarkdown());
    Files.writeString(dir.resolve("synthesis.html"), synthesis.toHtmlDocument());
    // publishing:synthesis:end
    tour.wrote("synthesis.md, synthesis.html");
  }

  /** The homepage data, rendered as a host's template might. */
  void homepage() throws IOException {
    List<String> page = new ArrayList<>();
    // publishing:homepage:begin
    Homepage home = engine.reports().homepage(visitor, consultation, 2);
    page.add(home.consultation().title() + " (" + home.consultation().phase() + ")");
    page.add("Clôture : " + home.consultation().closeReason());
    home.news().forEach(n -> page.add(n.publishedAt().toLocalDate() + " " + n.title()));
    home.timeline().forEach(m -> page.add(m.date() + " " + m.label() + " [" + m.status() + "]"));
    KeyFigures f = home.figures();
    page.add(f.participants() + " participants, " + f.totalContributions() + " contributions");
    page.add(
        f.comments() + " comments, " + f.supports() + " supports, " + f.workshops() + " workshops");
    // publishing:homepage:end
    write("homepage.txt", page);
  }

  /** The digest of the last week before the close. */
  void digest() throws IOException {
    // publishing:digest:begin
    Instant weekBefore = demo.closedAt().minus(Duration.ofDays(7));
    Digest digest = engine.reports().digest(visitor, consultation, weekBefore, 3);
    Files.writeString(dir.resolve("digest.txt"), digest.toText());
    Files.writeString(dir.resolve("digest.html"), digest.toHtmlDocument());
    // publishing:digest:end
    tour.wrote("digest.txt, digest.html");
  }

  /** The public dashboard: every chart with its table, and the top contributions. */
  void dashboard() throws IOException {
    // publishing:dashboard:begin
    DashboardQuery query = DashboardQuery.defaults().suppressBelow(5);
    DashboardFigures figures = engine.dashboard().figures(visitor, consultation, query);
    DashboardCharts charts = DashboardCharts.of(figures, Locale.FRENCH);
    Files.writeString(dir.resolve("dashboard-themes.svg"), charts.themes().svg());
    Files.writeString(dir.resolve("dashboard-themes.html"), charts.themes().table().html());
    TopContributions top = engine.dashboard().top(visitor, consultation, 5);
    String table = DashboardCharts.top(top, Locale.FRENCH).html();
    // publishing:dashboard:end
    Files.writeString(dir.resolve("dashboard-top.html"), table);
    tour.wrote("dashboard-themes.svg, dashboard-themes.html, dashboard-top.html");
    Map<String, Chart> others = new LinkedHashMap<>();
    others.put("per-day", charts.perDay());
    others.put("cumulative", charts.cumulative());
    others.put("kinds", charts.kinds());
    others.put("territories", charts.territories());
    others.put("workshop-territories", charts.workshopTerritories());
    others.put("workshop-map", charts.workshopMap());
    for (Map.Entry<String, Chart> chart : others.entrySet()) {
      String name = "dashboard-" + chart.getKey();
      Files.writeString(dir.resolve(name + ".svg"), chart.getValue().svg());
      Files.writeString(dir.resolve(name + ".html"), chart.getValue().table().html());
      tour.wrote(name + ".svg, " + name + ".html");
    }
  }

  private void write(String file, List<String> lines) throws IOException {
    Files.write(dir.resolve(file), lines);
    tour.wrote(file);
  }
}
