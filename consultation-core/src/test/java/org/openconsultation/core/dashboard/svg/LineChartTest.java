package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartTest {

  private static DataTable week() {
    return new DataTable(
        "Participation per day",
        List.of("Day", "Contributions", "Comments"),
        List.of(
            DataRow.counts("2026-03-02", 3, 0),
            DataRow.counts("2026-03-03", 0, 5),
            DataRow.counts("2026-03-04", 7, 2)));
  }

  @Test
  void isAStandaloneAccessibleSvgTitledByTheTableCaption() {
    SvgChecks.standalone(LineChart.of(week()));
  }

  @Test
  void drawsOnePointPerValueCarryingTheTablesText() {
    Document doc = SvgChecks.standalone(LineChart.of(week()));

    assertThat(Xml.svg(doc, "circle", "point"))
        .extracting(p -> Xml.childText(p, "title"))
        .containsExactly(
            "2026-03-02 — Contributions: 3",
            "2026-03-03 — Contributions: 0",
            "2026-03-04 — Contributions: 7",
            "2026-03-02 — Comments: 0",
            "2026-03-03 — Comments: 5",
            "2026-03-04 — Comments: 2");
  }

  @Test
  void pointsStayInsideTheViewBoxAndHigherValuesSitHigher() {
    Document doc = SvgChecks.standalone(LineChart.of(week()));
    double[] box = Xml.viewBox(doc);
    List<Element> points = Xml.svg(doc, "circle", "point");

    for (Element p : points) {
      assertThat(Double.parseDouble(p.getAttribute("cx"))).isBetween(box[0], box[0] + box[2]);
      assertThat(Double.parseDouble(p.getAttribute("cy"))).isBetween(box[1], box[1] + box[3]);
    }
    double zero = Double.parseDouble(points.get(1).getAttribute("cy"));
    double seven = Double.parseDouble(points.get(2).getAttribute("cy"));
    assertThat(seven).isLessThan(zero);
  }

  @Test
  void eachSeriesHasItsOwnColourAndDashPattern() {
    Document doc = SvgChecks.standalone(LineChart.of(week()));
    List<Element> series = Xml.svg(doc, "g", "series");
    List<Element> lines = Xml.svg(doc, "polyline", null);

    assertThat(series).hasSize(2);
    assertThat(series.get(0).getAttribute("stroke"))
        .isNotEqualTo(series.get(1).getAttribute("stroke"));
    assertThat(lines.get(0).getAttribute("stroke-dasharray"))
        .isNotEqualTo(lines.get(1).getAttribute("stroke-dasharray"));
  }

  @Test
  void aMissingValueBreaksTheLineAndAColumnWithoutValuesIsNotDrawn() {
    DataTable table =
        new DataTable(
            "c",
            List.of("Day", "Shown", "Hidden"),
            List.of(
                new DataRow("d1", List.of(DataCell.count(1), DataCell.text("hidden"))),
                new DataRow("d2", List.of(DataCell.text("?"), DataCell.text("hidden"))),
                new DataRow("d3", List.of(DataCell.count(2), DataCell.text("hidden"))),
                new DataRow("d4", List.of(DataCell.count(4), DataCell.text("hidden")))));
    Document doc = SvgChecks.standalone(LineChart.of(table));

    assertThat(Xml.svg(doc, "g", "series")).hasSize(1);
    assertThat(Xml.svg(doc, "polyline", null)).hasSize(2);
    assertThat(Xml.svg(doc, "circle", "point")).hasSize(3);
  }

  @Test
  void aSingleDayAndAllZerosStillDrawAnAxis() {
    DataTable table =
        new DataTable("c", List.of("Day", "n"), List.of(DataRow.counts("2026-03-02", 0)));
    Document doc = SvgChecks.standalone(LineChart.of(table));

    assertThat(Xml.svg(doc, "circle", "point")).hasSize(1);
    assertThat(Xml.svg(doc, "g", "axis").get(0).getTextContent()).contains("0", "1");
  }

  @Test
  void refusesNegativeValues() {
    DataTable table = new DataTable("c", List.of("k", "v"), List.of(DataRow.counts("a", -3)));

    assertThatThrownBy(() -> LineChart.of(table)).isInstanceOf(IllegalArgumentException.class);
  }
}
