package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.Funnel;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.dashboard.svg.Chart;
import org.openconsultation.core.dashboard.svg.DataTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * The charts and tables of {@code docs/publishing/dashboard.md} are what the code draws from {@link
 * DashboardSampleScene}. Run with {@code -Ddashboard.samples.write=true} to write the SVG files
 * again after a deliberate change; the test then checks the doc against them.
 */
class DashboardDocSamplesTest {

  private static final Path IMAGES = Path.of("../docs/images");
  private static final Path DOC = Path.of("../docs/publishing/dashboard.md");

  private static final Map<String, Chart> CHARTS = new LinkedHashMap<>();
  private static DataTable top;

  @BeforeAll
  static void draw() {
    DashboardSampleScene scene = new DashboardSampleScene();
    ConsultationEngine engine = scene.f.engine;
    Actor visitor = scene.f.w.visitor;
    ConsultationId consultation = scene.c;
    // dashboard:begin
    Dashboard dashboard = engine.dashboard();
    DashboardFigures figures =
        dashboard.figures(visitor, consultation, DashboardQuery.defaults().suppressBelow(3));
    DashboardCharts charts = DashboardCharts.of(figures, Locale.ENGLISH);
    String svg = charts.perDay().svg(); // a standalone SVG document
    String html = charts.perDay().table().html(); // the same numbers as an HTML table
    Funnel funnel = dashboard.funnel(visitor, consultation, 1250); // visitors the host measured
    TopContributions top3 = dashboard.top(visitor, consultation, 3); // by the default rule
    // dashboard:end
    assertThat(svg).startsWith("<svg");
    assertThat(html).startsWith("<table>");
    CHARTS.put("per-day", charts.perDay());
    CHARTS.put("cumulative", charts.cumulative());
    CHARTS.put("themes", charts.themes());
    CHARTS.put("kinds", charts.kinds());
    CHARTS.put("territories", charts.territories());
    CHARTS.put("workshop-territories", charts.workshopTerritories());
    CHARTS.put("workshop-map", charts.workshopMap());
    CHARTS.put("funnel", DashboardCharts.funnel(funnel, Locale.ENGLISH));
    top = DashboardCharts.top(top3, Locale.ENGLISH);
  }

  private static Path image(String name) {
    return IMAGES.resolve("dashboard-" + name + ".svg");
  }

  @Test
  void theSvgFilesOfTheDocAreWhatTheCodeDraws() throws IOException {
    if (Boolean.getBoolean("dashboard.samples.write")) {
      Files.createDirectories(IMAGES);
      for (var e : CHARTS.entrySet()) {
        Files.writeString(image(e.getKey()), e.getValue().svg(), StandardCharsets.UTF_8);
      }
    }
    for (var e : CHARTS.entrySet()) {
      assertThat(Files.readString(image(e.getKey()), StandardCharsets.UTF_8))
          .as(image(e.getKey()).toString())
          .isEqualTo(e.getValue().svg());
    }
  }

  @Test
  void theDocQuotesTheCodeThatDrewTheSamples() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/org/openconsultation/core/DashboardDocSamplesTest.java"));
    int begin = lines.indexOf("    // dashboard:begin");
    int end = lines.indexOf("    // dashboard:end");
    String snippet =
        lines.subList(begin + 1, end).stream()
            .map(l -> l.substring(4))
            .collect(Collectors.joining("\n"));

    assertThat(begin).isPositive();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .contains("```java\n" + snippet + "\n```");
  }

  @Test
  void theDocShowsEachChartWithItsDataTable() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);

    for (var e : CHARTS.entrySet()) {
      assertThat(doc)
          .as(e.getKey())
          .contains("](../images/dashboard-" + e.getKey() + ".svg)")
          .contains(e.getValue().table().html());
    }
    assertThat(doc).contains(top.html());
  }
}
