package org.openconsultation.examples.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openconsultation.examples.lab.Svg.Anchor;
import org.openconsultation.examples.lab.Svg.Scale;

/**
 * Small multiples, one panel per rule, of each item's latent quality (y) against its rank under the
 * rule (x, first on the left): a rule that recovers the truth draws a falling line.
 */
final class QualityScatter {

  /** One panel: a rule, its order of the item ids and its τ-b with the truth. */
  record Panel(String rule, List<String> order, double tauB) {}

  private static final double PANEL_WIDTH = 270;
  private static final double PANEL_HEIGHT = 210;
  private static final double INNER_LEFT = 48;
  private static final double INNER_RIGHT = 12;
  private static final double INNER_TOP = 28;
  private static final double INNER_BOTTOM = 40;
  private static final double TOP = 40;
  private static final int COLUMNS = 3;

  private QualityScatter() {}

  /** The chart of {@code panels}, with each item's quality from {@code quality}. */
  static String render(String title, List<Panel> panels, Map<String, Double> quality) {
    double lo = quality.values().stream().mapToDouble(Double::doubleValue).min().orElse(-1);
    double hi = quality.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double low = Math.floor(Math.min(lo, -1));
    double high = Math.ceil(Math.max(hi, 1));
    int columns = Math.min(COLUMNS, Math.max(1, panels.size()));
    int rows = (panels.size() + columns - 1) / columns;
    double width = columns * PANEL_WIDTH + 10;
    double height = TOP + rows * PANEL_HEIGHT;
    Svg svg = new Svg(width, height, title, description(panels));
    svg.text(12, 24, title, Anchor.START, 14);
    for (int p = 0; p < panels.size(); p++) {
      double px = 10 + (p % columns) * PANEL_WIDTH;
      double py = TOP + (p / columns) * PANEL_HEIGHT;
      panel(svg, panels.get(p), quality, px, py, low, high, Svg.colour(p));
    }
    return svg.render();
  }

  private static void panel(
      Svg svg,
      Panel panel,
      Map<String, Double> quality,
      double px,
      double py,
      double low,
      double high,
      String colour) {
    int n = Math.max(1, panel.order().size());
    double left = px + INNER_LEFT;
    double right = px + PANEL_WIDTH - INNER_RIGHT;
    double top = py + INNER_TOP;
    double bottom = py + PANEL_HEIGHT - INNER_BOTTOM;
    Scale x = new Scale(1, n, left, right);
    Scale y = new Scale(low, high, bottom, top);
    String heading = String.format(Locale.ROOT, "%s (τ-b %s)", panel.rule(), tau(panel.tauB()));
    svg.text(left, py + 16, heading, Anchor.START, 12);
    int step = (int) Math.max(1, Math.ceil((high - low) / 5));
    for (double q = Math.ceil(low / step) * step; q <= high; q += step) {
      svg.line(left, y.at(q), right, y.at(q), q == 0 ? "#AAAAAA" : Svg.GRID, 1);
      svg.text(left - 6, y.at(q) + 4, Svg.n(q), Anchor.END, 10);
    }
    svg.line(left, bottom, right, bottom, Svg.INK, 1);
    svg.line(left, top, left, bottom, Svg.INK, 1);
    for (int rank : List.of(1, (n + 1) / 2, n)) {
      svg.text(x.at(rank), bottom + 14, Integer.toString(rank), Anchor.MIDDLE, 10);
    }
    svg.text((left + right) / 2, bottom + 30, "rank by " + panel.rule(), Anchor.MIDDLE, 11);
    svg.text(px + 12, (top + bottom) / 2, "latent quality", Anchor.MIDDLE, 11, Svg.INK, -90);
    for (int r = 0; r < panel.order().size(); r++) {
      String id = panel.order().get(r);
      double q = quality.getOrDefault(id, Double.NaN);
      if (!Double.isNaN(q)) {
        String tip = String.format(Locale.ROOT, "%s: rank %d, quality %.3f", id, r + 1, q);
        svg.circle(x.at(r + 1), y.at(q), 3, colour, tip);
      }
    }
  }

  private static String description(List<Panel> panels) {
    List<String> taus = new ArrayList<>();
    for (Panel panel : panels) {
      taus.add(panel.rule() + " " + tau(panel.tauB()));
    }
    return "One panel per rule; each dot is an item, placed by its rank under the rule (first on"
        + " the left) and its latent quality. A rule that recovers the truth draws a falling"
        + " line. Kendall τ-b with the truth: "
        + String.join(", ", taus)
        + ".";
  }

  private static String tau(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
