package org.openconsultation.core.dashboard.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line chart: table rows along the horizontal axis in order (days, typically), one line per value
 * column with its own colour and dash pattern, a point per value carrying its text, a vertical axis
 * from zero with round ticks. A cell with no value breaks its line; a column with no value at all
 * is left out of the drawing but stays in the table.
 */
public final class LineChart implements Chart {

  private static final double WIDTH = 720;
  private static final double PLOT_HEIGHT = 260;
  private static final double PAD = 16;

  private final DataTable table;
  private final String svg;

  private LineChart(DataTable table) {
    this.table = table;
    this.svg = draw(table);
  }

  /**
   * The chart of {@code table}; throws {@link IllegalArgumentException} if it has no value column
   * or a negative value.
   */
  public static LineChart of(DataTable table) {
    Objects.requireNonNull(table, "table");
    if (table.valueColumns() < 1) {
      throw new IllegalArgumentException("a line chart needs at least one value column");
    }
    for (DataRow row : table.rows()) {
      for (DataCell cell : row.cells()) {
        if (cell.value() != null && cell.value() < 0) {
          throw new IllegalArgumentException(
              "a line chart draws no negative value: " + row.label());
        }
      }
    }
    return new LineChart(table);
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
    List<String> series = new ArrayList<>();
    List<Integer> drawn = new ArrayList<>();
    double max = 0;
    for (int i = 0; i < table.valueColumns(); i++) {
      boolean any = false;
      for (DataCell cell : table.column(i)) {
        if (cell.value() != null) {
          any = true;
          max = Math.max(max, cell.value());
        }
      }
      if (any) {
        series.add(table.headers().get(i + 1));
        drawn.add(i);
      }
    }
    List<BigDecimal> ticks = Ticks.upTo(max);
    double top = ticks.get(ticks.size() - 1).doubleValue();
    double tickWidth =
        ticks.stream().mapToDouble(t -> Svg.width(Ticks.text(t), 12)).max().orElse(8);
    double labelWidth =
        table.rows().stream()
            .mapToDouble(r -> Svg.width(Svg.truncate(r.label(), 16), 12))
            .max()
            .orElse(0);
    double left = PAD + Math.max(Math.min(tickWidth, 170) + 8, labelWidth / 2);
    double right = WIDTH - Math.max(24, labelWidth / 2 + 8);
    double legend = Legend.height(series, WIDTH - 2 * PAD);
    double plotTop = PAD + legend + 8;
    double plotBottom = plotTop + PLOT_HEIGHT;
    double height = plotBottom + 40;

    Svg svg = new Svg(WIDTH, height, table.caption(), table.describe());
    Legend.draw(svg, series, PAD, PAD, WIDTH - 2 * PAD, true);
    svg.open("g", "class", "axis", "font-size", 12, "fill", Svg.MUTED);
    for (BigDecimal tick : ticks) {
      double y = plotBottom - tick.doubleValue() / top * PLOT_HEIGHT;
      svg.empty("line", "x1", left, "y1", y, "x2", right, "y2", y, "stroke", Svg.RULE);
      svg.leaf(
          "text", Ticks.text(tick), "x", left - 6, "y", y, "dy", "0.35em", "text-anchor", "end");
    }
    int n = table.rows().size();
    int every = n == 0 ? 1 : (int) Math.max(1, Math.ceil((labelWidth + 12) * n / (right - left)));
    for (int r = 0; r < n; r += every) {
      svg.leaf(
          "text",
          Svg.truncate(table.rows().get(r).label(), 16),
          "x",
          x(r, n, left, right),
          "y",
          plotBottom + 18,
          "text-anchor",
          "middle");
    }
    svg.close("g");
    svg.empty(
        "line", "x1", left, "y1", plotBottom, "x2", right, "y2", plotBottom, "stroke", Svg.MUTED);
    for (int s = 0; s < drawn.size(); s++) {
      int column = drawn.get(s);
      svg.open("g", "class", "series", "stroke", Palette.colour(s), "fill", Palette.colour(s));
      StringBuilder points = new StringBuilder();
      for (int r = 0; r <= n; r++) {
        DataCell cell = r < n ? table.rows().get(r).cells().get(column) : null;
        if (cell != null && cell.value() != null) {
          double y = plotBottom - cell.value() / top * PLOT_HEIGHT;
          points
              .append(points.length() == 0 ? "" : " ")
              .append(Svg.num(x(r, n, left, right)))
              .append(',')
              .append(Svg.num(y));
        } else if (points.length() > 0) {
          svg.empty(
              "polyline",
              "points",
              points,
              "fill",
              "none",
              "stroke-width",
              2,
              "stroke-dasharray",
              Palette.dash(s));
          points.setLength(0);
        }
      }
      for (int r = 0; r < n; r++) {
        DataRow row = table.rows().get(r);
        DataCell cell = row.cells().get(column);
        if (cell.value() != null) {
          svg.open(
              "circle",
              "class",
              "point",
              "cx",
              x(r, n, left, right),
              "cy",
              plotBottom - cell.value() / top * PLOT_HEIGHT,
              "r",
              3);
          svg.leaf("title", row.label() + " — " + series.get(s) + ": " + cell.text());
          svg.close("circle");
        }
      }
      svg.close("g");
    }
    return svg.end();
  }

  private static double x(int row, int rows, double left, double right) {
    return rows < 2 ? (left + right) / 2 : left + row * (right - left) / (rows - 1);
  }
}
