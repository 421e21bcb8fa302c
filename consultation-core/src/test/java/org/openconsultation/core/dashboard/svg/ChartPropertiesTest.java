package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Whatever the data, every chart is a well-formed SVG that shows the numbers of its table. */
class ChartPropertiesTest {

  /** Counts with zeros, ones and huge values over-represented. */
  private static final Gen<Long> COUNTS =
      integers()
          .between(0, 5)
          .zip(
              longs().between(0, Long.MAX_VALUE),
              (pick, any) ->
                  switch (pick) {
                    case 0 -> 0L;
                    case 1 -> 1L;
                    case 2 -> Long.MAX_VALUE;
                    case 3 -> any % 100;
                    default -> any;
                  });

  /** Any text, markup and control characters included. */
  private static final Gen<String> LABELS =
      strings().allPossible().ofLengthBetween(0, 40).mix(strings().ascii().ofLengthBetween(0, 12));

  /** A table of 0 to 40 rows and 1 to 4 value columns, some cells without value. */
  private static final Gen<DataTable> TABLES =
      integers()
          .between(1, 4)
          .flatMap(
              columns ->
                  lists()
                      .of(LABELS.zip(lists().of(COUNTS).ofSize(columns), Row::new))
                      .ofSizeBetween(0, 40)
                      .zip(
                          LABELS,
                          lists().of(LABELS).ofSize(columns + 1),
                          (rows, caption, headers) -> table(caption, headers, rows)));

  private record Row(String label, List<Long> values) {}

  private static DataTable table(String caption, List<String> headers, List<Row> rows) {
    List<DataRow> out = new ArrayList<>();
    for (Row r : rows) {
      List<DataCell> cells = new ArrayList<>();
      for (long v : r.values()) {
        cells.add(v % 7 == 6 ? DataCell.text("< " + v % 10) : DataCell.count(v));
      }
      out.add(new DataRow(r.label(), cells));
    }
    return new DataTable(caption, headers, out);
  }

  /** The cells a chart plots, column after column. */
  private static List<String> plottedByColumn(DataTable table) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < table.valueColumns(); c++) {
      for (DataRow row : table.rows()) {
        DataCell cell = row.cells().get(c);
        if (cell.plotted()) {
          out.add(row.label() + " — " + table.headers().get(c + 1) + ": " + cell.text());
        }
      }
    }
    return out;
  }

  @Test
  void everyBarChartIsWellFormedAndShowsEveryCellOfItsTable() {
    qt().withExamples(100)
        .forAll(TABLES)
        .checkAssert(
            table -> {
              Document doc = SvgChecks.standalone(BarChart.of(table));
              List<String> expected = new ArrayList<>();
              table
                  .rows()
                  .forEach(r -> r.cells().forEach(c -> expected.add(Xml.asParsed(c.text()))));

              assertThat(Xml.svg(doc, "text", "value"))
                  .extracting(Element::getTextContent)
                  .containsExactlyElementsOf(expected);
              assertThat(Xml.svg(doc, "rect", "bar"))
                  .hasSize(
                      (int)
                          table.rows().stream()
                              .flatMap(r -> r.cells().stream())
                              .filter(DataCell::plotted)
                              .count());
              assertThat(Xml.parse(table.html())).isNotNull();
            });
  }

  @Test
  void everyLineChartIsWellFormedWithOnePointPerPlottedCellInsideTheViewBox() {
    qt().withExamples(100)
        .forAll(TABLES)
        .checkAssert(
            table -> {
              Document doc = SvgChecks.standalone(LineChart.of(table));
              double[] box = Xml.viewBox(doc);
              List<Element> points = Xml.svg(doc, "circle", "point");

              assertThat(points)
                  .extracting(p -> Xml.childText(p, "title"))
                  .containsExactlyElementsOf(
                      plottedByColumn(table).stream().map(Xml::asParsed).toList());
              for (Element p : points) {
                assertThat(Double.parseDouble(p.getAttribute("cy")))
                    .isBetween(box[1], box[1] + box[3]);
              }
            });
  }

  @Test
  void everyPointMapIsWellFormedWithEveryPointInsideTheViewBox() {
    Gen<DataRow> places =
        LABELS.zip(
            doubles().between(-90, 90),
            doubles().between(-180, 180),
            COUNTS,
            (label, lat, lon, n) ->
                new DataRow(
                    label,
                    List.of(
                        DataCell.text(label),
                        DataCell.decimal(lat, 4),
                        DataCell.decimal(lon, 4),
                        DataCell.count(n))));
    qt().withExamples(100)
        .forAll(lists().of(places).ofSizeBetween(0, 30))
        .checkAssert(
            rows -> {
              DataTable table = new DataTable("Map", List.of("w", "area", "lat", "lon", "n"), rows);
              Document doc = SvgChecks.standalone(PointMap.of(table));
              double[] box = Xml.viewBox(doc);
              List<Element> points = Xml.svg(doc, "circle", "point");

              assertThat(points).hasSize(rows.size());
              for (Element p : points) {
                assertThat(Double.parseDouble(p.getAttribute("cx")))
                    .isBetween(box[0], box[0] + box[2]);
                assertThat(Double.parseDouble(p.getAttribute("cy")))
                    .isBetween(box[1], box[1] + box[3]);
              }
            });
  }

  @Test
  void anyNegativeValueIsRefusedByBarAndLineCharts() {
    qt().forAll(longs().between(Long.MIN_VALUE, -1), integers().between(0, 5))
        .checkAssert(
            (negative, position) -> {
              List<DataRow> rows = new ArrayList<>();
              for (int i = 0; i <= 5; i++) {
                rows.add(DataRow.counts("r" + i, i == position ? negative : i));
              }
              DataTable table = new DataTable("c", List.of("k", "v"), rows);

              assertThatThrownBy(() -> BarChart.of(table))
                  .isInstanceOf(IllegalArgumentException.class);
              assertThatThrownBy(() -> LineChart.of(table))
                  .isInstanceOf(IllegalArgumentException.class);
            });
  }
}
