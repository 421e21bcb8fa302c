package org.openconsultation.examples.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.research.Comparison;
import org.openconsultation.examples.lab.Svg.Anchor;
import org.openconsultation.examples.lab.Svg.Scale;

/**
 * A bump chart of rank shifts: one column per rule, in the order compared, and one line per item of
 * the first rule's top k, through its rank under each rule (rank 1 at the top). The description
 * lists the same ranks as text.
 */
final class BumpChart {

  private static final double LEFT = 150;
  private static final double RIGHT = 110;
  private static final double TOP = 78;
  private static final double BOTTOM = 30;
  private static final int LABEL_CHARS = 16;

  private BumpChart() {}

  /** The chart of {@code comparison}'s rules, for data described as {@code source}. */
  static String render(Comparison comparison, String source) {
    List<String> rules = comparison.rules();
    List<String> first = comparison.order(rules.get(0));
    List<String> tracked = first.subList(0, Math.min(comparison.k(), first.size()));
    int[][] ranks = new int[tracked.size()][rules.size()];
    int lowest = 1;
    for (int i = 0; i < tracked.size(); i++) {
      for (int j = 0; j < rules.size(); j++) {
        ranks[i][j] = comparison.order(rules.get(j)).indexOf(tracked.get(i)) + 1;
        lowest = Math.max(lowest, ranks[i][j]);
      }
    }
    double gap = Math.max(90, Math.min(160, 900.0 / Math.max(1, rules.size() - 1)));
    double row = Math.max(8, Math.min(24, 560.0 / Math.max(1, lowest - 1)));
    double width = LEFT + gap * (rules.size() - 1) + RIGHT;
    double height = TOP + row * (lowest - 1) + BOTTOM;
    Scale y = new Scale(1, lowest, TOP, TOP + row * (lowest - 1));
    String title =
        String.format(
            Locale.ROOT,
            "Rank shifts of the top %d items by %s across %d rules (%s)",
            tracked.size(),
            rules.get(0),
            rules.size(),
            source);
    Svg svg = new Svg(width, height, title, description(rules, tracked, ranks));
    svg.text(12, 24, title, Anchor.START, 14);
    svg.text(18, (TOP + height - BOTTOM) / 2, "rank (1 = first)", Anchor.MIDDLE, 12, Svg.INK, -90);
    int step = lowest <= 12 ? 1 : lowest <= 30 ? 5 : 10;
    for (int r = 1; r <= lowest; r++) {
      if (r == 1 || r % step == 0 || r == lowest) {
        svg.line(LEFT - 6, y.at(r), width - RIGHT + 6, y.at(r), Svg.GRID, 1);
        svg.text(52, y.at(r) + 4, Integer.toString(r), Anchor.END, 11);
      }
    }
    for (int j = 0; j < rules.size(); j++) {
      double x = LEFT + gap * j;
      svg.line(x, TOP - 8, x, y.at(lowest) + 8, Svg.GRID, 1);
      svg.text(x, TOP - 20, rules.get(j), Anchor.MIDDLE, 12);
    }
    double font = Math.min(11, row);
    for (int i = 0; i < tracked.size(); i++) {
      String colour = Svg.colour(i);
      double[] points = new double[rules.size() * 2];
      for (int j = 0; j < rules.size(); j++) {
        points[2 * j] = LEFT + gap * j;
        points[2 * j + 1] = y.at(ranks[i][j]);
      }
      svg.polyline(points, colour, 2);
      for (int j = 0; j < rules.size(); j++) {
        String tip = tracked.get(i) + ": rank " + ranks[i][j] + " by " + rules.get(j);
        svg.circle(points[2 * j], points[2 * j + 1], 4, colour, tip);
      }
      String label = shorten(tracked.get(i));
      svg.text(LEFT - 10, points[1] + font / 3, label, Anchor.END, font, colour, 0);
      double lastY = points[points.length - 1] + font / 3;
      svg.text(width - RIGHT + 10, lastY, label, Anchor.START, font, colour, 0);
    }
    return svg.render();
  }

  private static String description(List<String> rules, List<String> tracked, int[][] ranks) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < tracked.size(); i++) {
      List<String> r = new ArrayList<>();
      for (int rank : ranks[i]) {
        r.add(Integer.toString(rank));
      }
      items.add(tracked.get(i) + ": " + String.join(", ", r));
    }
    return "Ranks under "
        + String.join(", ", rules)
        + " of the top "
        + tracked.size()
        + " items by "
        + rules.get(0)
        + ". "
        + String.join("; ", items)
        + ".";
  }

  /** An id short enough for a label. */
  static String shorten(String id) {
    return id.length() <= LABEL_CHARS ? id : id.substring(0, LABEL_CHARS - 1) + "…";
  }
}
