package org.openconsultation.examples.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openconsultation.examples.lab.Svg.Anchor;
import org.openconsultation.examples.lab.Svg.Scale;

/**
 * A horizontal bar chart of values between −1 and 1 (correlations), one bar per label, with a
 * whisker of ± one standard deviation when there is one. The description lists the values.
 */
final class BarChart {

  /** One bar: its label, value and standard deviation (NaN: no whisker; a NaN value: no bar). */
  record Bar(String label, double value, double sd) {}

  private static final double PLOT = 420;
  private static final double BAR = 22;
  private static final double GAP = 10;
  private static final double TOP = 56;
  private static final double BOTTOM = 56;

  private BarChart() {}

  /** The chart; {@code axis} names the values, for example "Kendall τ-b with the truth". */
  static String render(String title, String axis, List<Bar> bars) {
    int longest = bars.stream().mapToInt(b -> b.label().length()).max().orElse(4);
    double left = Math.max(100, 24 + 7.5 * longest);
    double width = left + PLOT + 60;
    double height = TOP + bars.size() * (BAR + GAP) + BOTTOM;
    Scale x = new Scale(-1, 1, left, left + PLOT);
    Svg svg = new Svg(width, height, title, description(axis, bars));
    svg.text(12, 24, title, Anchor.START, 14);
    double bottom = TOP + bars.size() * (BAR + GAP);
    for (double tick = -1; tick <= 1; tick += 0.5) {
      svg.line(x.at(tick), TOP - 6, x.at(tick), bottom, tick == 0 ? Svg.INK : Svg.GRID, 1);
      svg.text(x.at(tick), bottom + 16, Svg.n(tick), Anchor.MIDDLE, 11);
    }
    svg.text(x.at(0), bottom + 38, axis, Anchor.MIDDLE, 12);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = TOP + i * (BAR + GAP);
      svg.text(left - 10, y + BAR / 2 + 4, bar.label(), Anchor.END, 12);
      if (Double.isNaN(bar.value())) {
        svg.text(x.at(0) + 6, y + BAR / 2 + 4, "n/a", Anchor.START, 11);
        continue;
      }
      double value = clamp(bar.value());
      double from = Math.min(x.at(0), x.at(value));
      String tip = bar.label() + ": " + format(bar);
      svg.rect(from, y, Math.abs(x.at(value) - x.at(0)), BAR, Svg.colour(i), tip);
      if (!Double.isNaN(bar.sd())) {
        double lo = x.at(clamp(bar.value() - bar.sd()));
        double hi = x.at(clamp(bar.value() + bar.sd()));
        svg.line(lo, y + BAR / 2, hi, y + BAR / 2, Svg.INK, 1.5);
        svg.line(lo, y + 5, lo, y + BAR - 5, Svg.INK, 1.5);
        svg.line(hi, y + 5, hi, y + BAR - 5, Svg.INK, 1.5);
      }
      boolean right = value >= 0;
      double end = right ? Math.max(x.at(value), x.at(clamp(value + sd0(bar)))) : x.at(0);
      double labelX = right ? end + 6 : x.at(0) + 6;
      svg.text(labelX, y + BAR / 2 + 4, format(bar), Anchor.START, 11);
    }
    return svg.render();
  }

  private static String description(String axis, List<Bar> bars) {
    List<String> values = new ArrayList<>();
    for (Bar bar : bars) {
      values.add(bar.label() + " " + format(bar));
    }
    return axis + ", from −1 to 1, by rule: " + String.join("; ", values) + ".";
  }

  private static String format(Bar bar) {
    if (Double.isNaN(bar.value())) {
      return "n/a";
    }
    return Double.isNaN(bar.sd())
        ? String.format(Locale.ROOT, "%.3f", bar.value())
        : String.format(Locale.ROOT, "%.3f ± %.3f", bar.value(), bar.sd());
  }

  private static double sd0(Bar bar) {
    return Double.isNaN(bar.sd()) ? 0 : bar.sd();
  }

  private static double clamp(double value) {
    return Math.max(-1, Math.min(1, value));
  }
}
