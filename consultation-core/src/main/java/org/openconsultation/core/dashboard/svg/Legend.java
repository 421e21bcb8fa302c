package org.openconsultation.core.dashboard.svg;

import java.util.List;

/** The key of a chart with several series: a swatch and the series' header each, wrapped. */
final class Legend {

  private static final double ROW = 22;

  private Legend() {}

  /** The height the legend takes for these series in {@code width}; 0 for a single series. */
  static double height(List<String> series, double width) {
    return series.size() < 2 ? 0 : rows(series, width) * ROW + 6;
  }

  /** Draws the legend from {@code (x, y)}; lines get their dash pattern, bars a square. */
  static void draw(Svg svg, List<String> series, double x, double y, double width, boolean lines) {
    if (series.size() < 2) {
      return;
    }
    svg.open("g", "class", "legend");
    double cx = x;
    double cy = y;
    for (int i = 0; i < series.size(); i++) {
      String label = Svg.truncate(series.get(i), 40);
      double w = entryWidth(label);
      if (cx > x && cx + w > x + width) {
        cx = x;
        cy += ROW;
      }
      if (lines) {
        svg.empty(
            "line",
            "x1",
            cx,
            "y1",
            cy + 8,
            "x2",
            cx + 24,
            "y2",
            cy + 8,
            "stroke",
            Palette.colour(i),
            "stroke-width",
            3,
            "stroke-dasharray",
            Palette.dash(i));
      } else {
        svg.empty(
            "rect", "x", cx, "y", cy + 2, "width", 12, "height", 12, "fill", Palette.colour(i));
      }
      svg.leaf(
          "text", label, "x", cx + (lines ? 30 : 18), "y", cy + 8, "dy", "0.35em", "fill", Svg.INK);
      cx += w;
    }
    svg.close("g");
  }

  private static int rows(List<String> series, double width) {
    int rows = 1;
    double used = 0;
    for (String s : series) {
      double w = entryWidth(Svg.truncate(s, 40));
      if (used > 0 && used + w > width) {
        rows++;
        used = 0;
      }
      used += w;
    }
    return rows;
  }

  private static double entryWidth(String label) {
    return 30 + Svg.width(label, Svg.FONT_SIZE) + 16;
  }
}
