package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BarChartTest {

  private static DataTable themes() {
    return new DataTable(
        "Contributions per theme",
        List.of("Theme", "Contributions"),
        List.of(
            DataRow.counts("Mobilité", 12),
            DataRow.counts("Logement", 3),
            DataRow.counts("Énergie", 0)));
  }

  private static double width(Element bar) {
    return Double.parseDouble(bar.getAttribute("width"));
  }

  @Test
  void isAStandaloneAccessibleSvgTitledByTheTableCaption() {
    SvgChecks.standalone(BarChart.of(themes()));
  }

  @Test
  void drawsOneBarPerRowWithItsValueAsText() {
    Document doc = SvgChecks.standalone(BarChart.of(themes()));

    assertThat(Xml.svg(doc, "rect", "bar")).hasSize(3);
    assertThat(Xml.svg(doc, "text", "value"))
        .extracting(Element::getTextContent)
        .containsExactly("12", "3", "0");
    assertThat(Xml.svg(doc, "text", "label"))
        .extracting(Element::getTextContent)
        .containsExactly("Mobilité", "Logement", "Énergie");
  }

  @Test
  void barsShareOneScaleFromZero() {
    DataTable table =
        new DataTable(
            "c", List.of("k", "v"), List.of(DataRow.counts("a", 10), DataRow.counts("b", 5)));
    List<Element> bars = Xml.svg(Xml.parse(BarChart.of(table).svg()), "rect", "bar");

    assertThat(width(bars.get(0)))
        .isCloseTo(2 * width(bars.get(1)), org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void aZeroHasAnEmptyBarAndAnyPositiveValueAVisibleOne() {
    DataTable table =
        new DataTable(
            "c",
            List.of("k", "v"),
            List.of(
                DataRow.counts("zero", 0),
                DataRow.counts("tiny", 1),
                DataRow.counts("huge", Long.MAX_VALUE)));
    List<Element> bars = Xml.svg(SvgChecks.standalone(BarChart.of(table)), "rect", "bar");

    assertThat(width(bars.get(0))).isZero();
    assertThat(width(bars.get(1))).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aCellWithoutValueShowsItsTextAndNoBar() {
    DataTable table =
        new DataTable(
            "Per territory",
            List.of("Territory", "Participants"),
            List.of(DataRow.counts("75", 40), new DataRow("971", List.of(DataCell.text("< 5")))));
    Document doc = SvgChecks.standalone(BarChart.of(table));

    assertThat(Xml.svg(doc, "rect", "bar")).hasSize(1);
    assertThat(Xml.svg(doc, "text", "value"))
        .extracting(Element::getTextContent)
        .containsExactly("40", "< 5");
  }

  @Test
  void severalColumnsDrawGroupedBarsInDistinctColoursWithALegend() {
    DataTable table =
        new DataTable(
            "c",
            List.of("Theme", "Contributions", "Comments"),
            List.of(DataRow.counts("a", 1, 2), DataRow.counts("b", 3, 4)));
    Document doc = SvgChecks.standalone(BarChart.of(table));
    List<Element> bars = Xml.svg(doc, "rect", "bar");

    assertThat(bars).hasSize(4);
    assertThat(bars.get(0).getAttribute("fill")).isNotEqualTo(bars.get(1).getAttribute("fill"));
    assertThat(bars.get(0).getAttribute("fill")).isEqualTo(bars.get(2).getAttribute("fill"));
    assertThat(Xml.svg(doc, "g", "legend").get(0).getTextContent())
        .contains("Contributions", "Comments");
  }

  @Test
  void labelsAndCaptionsAreEscapedNotInterpreted() {
    String nasty = "<script>alert('x')</script> & \"quotes\" \u0007";
    DataTable table =
        new DataTable(nasty, List.of(nasty, nasty), List.of(DataRow.counts(nasty, 1)));
    Document doc = SvgChecks.standalone(BarChart.of(table));

    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(Xml.childText(doc.getDocumentElement(), "title"))
        .isEqualTo("<script>alert('x')</script> & \"quotes\" \uFFFD");
    assertThat(Xml.svg(doc, "text", "label").get(0).getTextContent()).startsWith("<script>");
  }

  @Test
  void longLabelsAreCutWithAnEllipsisButKeptWholeInTheBarsTitle() {
    String longTitle = "Une très longue proposition de titre qui ne tient pas dans la marge";
    DataTable table = new DataTable("c", List.of("k", "v"), List.of(DataRow.counts(longTitle, 1)));
    Document doc = Xml.parse(BarChart.of(table).svg());

    assertThat(Xml.svg(doc, "text", "label").get(0).getTextContent()).endsWith("…").hasSize(30);
    assertThat(Xml.childText(Xml.svg(doc, "rect", "bar").get(0), "title")).contains(longTitle);
  }

  @Test
  void refusesNegativeValues() {
    DataTable table = new DataTable("c", List.of("k", "v"), List.of(DataRow.counts("a", -1)));

    assertThatThrownBy(() -> BarChart.of(table)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyTableStillGivesAWellFormedChart() {
    DataTable table = new DataTable("Nothing yet", List.of("k", "v"), List.of());
    Document doc = SvgChecks.standalone(BarChart.of(table));

    assertThat(Xml.svg(doc, "rect", "bar")).isEmpty();
  }
}
