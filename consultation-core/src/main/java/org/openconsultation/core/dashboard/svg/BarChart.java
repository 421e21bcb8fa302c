package org.openconsultation.core.dashboard.svg;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart: one group of bars per table row, one bar per value column (a legend names
 * the columns when there are several), each bar followed by its value as text. A cell with no value
 * (a withheld count) gets its text and no bar. Bars of one chart share one scale from zero.
 */
public final class BarChart implements Chart {

  private static final double WIDTH = 720;
  private static final double PAD = 16;
  private static final double BAR = 18;
  private static final double GAP = 12;
  private static final int LABEL_CHARS = 30;

  private final DataTable table;
  private final String svg;

  private BarChart(DataTable table) {
    this.table = table;
    this.svg = draw(table);
  }

  /**
   * The chart of {@code table}; throws {@link IllegalArgumentException} if it has no value column
   * or a negative value.
   */
  public static BarChart of(DataTable table) {
    Objects.requireNonNull(table, "table");
    if (table.valueColumns() < 1) {
      throw new IllegalArgumentException("a bar chart needs at least one value column");
    }
    for (DataRow row : table.rows()) {
      for (DataCell cell : row.cells()) {
        if (cell.value() != null && cell.value() < 0) {
          throw new IllegalArgumentException("a bar chart draws no negative value: " + row.label());
        }
      }
    }
    return new BarChart(table);
  }

  @Override
  public String svg() {
    return svg;
  }

  @Override
  public DataTable table() {
    return table;
  }

  private static String draw(DataTable table) {
    List<String> series = table.headers().subList(1, table.headers().size());
    double labelWidth = 0;
    double valueWidth = 0;
    double max = 0;
    for (DataRow row : table.rows()) {
      labelWidth = Math.max(labelWidth, Svg.width(Svg.truncate(row.label(), LABEL_CHARS), 13));
      for (DataCell cell : row.cells()) {
        valueWidth = Math.max(valueWidth, Svg.width(cell.text(), 13));
        max = cell.value() != null ? Math.max(max, cell.value()) : max;
      }
    }
    double barX = PAD + Math.min(labelWidth, 240) + 10;
    double plot = WIDTH - barX - Math.min(valueWidth, 240) - 8 - PAD;
    double legend = Legend.height(series, WIDTH - 2 * PAD);
    double top = PAD + legend;
    double group = series.size() * (BAR + 2) - 2 + GAP;
    double height = top + Math.max(1, table.rows().size()) * group + PAD;

    Svg svg = new Svg(WIDTH, height, table.caption(), table.describe());
    Legend.draw(svg, series, PAD, PAD, WIDTH - 2 * PAD, false);
    svg.empty(
        "line", "x1", barX, "y1", top - 4, "x2", barX, "y2", height - PAD, "stroke", Svg.MUTED);
    double y = top;
    for (DataRow row : table.rows()) {
      svg.open("g", "class", "row");
      double middle = y + (group - GAP) / 2;
      svg.leaf(
          "text",
          Svg.truncate(row.label(), LABEL_CHARS),
          "class",
          "label",
          "x",
          barX - 8,
          "y",
          middle,
          "dy",
          "0.35em",
          "text-anchor",
          "end",
          "fill",
          Svg.INK);
      for (int i = 0; i < row.cells().size(); i++) {
        DataCell cell = row.cells().get(i);
        double by = y + i * (BAR + 2);
        double length = 0;
        if (cell.value() != null) {
          length = max > 0 ? cell.value() / max * plot : 0;
          length = cell.value() > 0 ? Math.max(1, length) : 0;
          svg.open(
              "rect",
              "class",
              "bar",
              "x",
              barX,
              "y",
              by,
              "width",
              length,
              "height",
              BAR,
              "fill",
              Palette.colour(i));
          svg.leaf("title", row.label() + " — " + series.get(i) + ": " + cell.text());
          svg.close("rect");
        }
        svg.leaf(
            "text",
            cell.text(),
            "class",
            "value",
            "x",
            barX + length + 6,
            "y",
            by + BAR / 2,
            "dy",
            "0.35em",
            "fill",
            Svg.INK);
      }
      svg.close("g");
      y += group;
    }
    return svg.end();
  }
}
