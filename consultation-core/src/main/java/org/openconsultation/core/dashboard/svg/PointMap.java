package org.openconsultation.core.dashboard.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A map of points without any background map: each point is a circle whose area grows with its
 * size, labelled with the size's text (and, in a main panel of at most 12 points, with the row's
 * label), placed by an equirectangular projection (longitude scaled by the cosine of the panel's
 * middle latitude) of its panel's bounding box plus a margin.
 *
 * <p>Points far apart do not share a panel: points within {@value #CLUSTER_DEGREES}° of latitude
 * and of longitude of another point of a panel join it. The panel with the most points is drawn
 * large; the others (overseas territories, typically) are drawn as insets below it, each with its
 * own scale, so that a workshop in Guadeloupe and one in Paris both stay legible. Each panel is
 * titled with the areas of its points.
 *
 * <p>The table's value columns are, in order: the area (text, for example a territory), latitude
 * and longitude in degrees (WGS 84), and the size (not negative, for example attendees).
 */
public final class PointMap implements Chart {

  /** How close, in degrees of latitude and of longitude, points must be to share a panel. */
  public static final double CLUSTER_DEGREES = 15;

  private static final double WIDTH = 720;
  private static final double PAD = 16;
  private static final double GAP = 12;
  private static final double INSET_HEIGHT = 150;
  private static final int INSETS_PER_ROW = 4;
  private static final int MAX_NAMED = 12;

  private final DataTable table;
  private final String svg;

  private PointMap(DataTable table, List<MapPanel.Point> points) {
    this.table = table;
    this.svg = draw(table, points);
  }

  /**
   * The map of {@code table}; throws {@link IllegalArgumentException} unless it has the four value
   * columns above, with coordinates in range and sizes not negative.
   */
  public static PointMap of(DataTable table) {
    Objects.requireNonNull(table, "table");
    if (table.valueColumns() != 4) {
      throw new IllegalArgumentException("a point map reads area, latitude, longitude and size");
    }
    List<MapPanel.Point> points = new ArrayList<>();
    for (DataRow row : table.rows()) {
      Double lat = row.cells().get(1).value();
      Double lon = row.cells().get(2).value();
      Double size = row.cells().get(3).value();
      if (lat == null || lon == null || size == null) {
        throw new IllegalArgumentException("a point needs a latitude, a longitude and a size");
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || size < 0) {
        throw new IllegalArgumentException("coordinates out of range or negative size: " + row);
      }
      points.add(new MapPanel.Point(row, lat, lon, size));
    }
    return new PointMap(table, points);
  }

  @Override
  public String svg() {
    return svg;
  }

  @Override
  public DataTable table() {
    return table;
  }

  private static String draw(DataTable table, List<MapPanel.Point> points) {
    List<List<MapPanel.Point>> panels = cluster(points);
    double max = points.stream().mapToDouble(MapPanel.Point::size).max().orElse(0);
    int insets = Math.max(0, panels.size() - 1);
    double mainHeight = insets == 0 ? 420 : 360;
    int insetRows = (insets + INSETS_PER_ROW - 1) / INSETS_PER_ROW;
    double height = PAD + mainHeight + insetRows * (GAP + INSET_HEIGHT) + PAD;
    double insetWidth = (WIDTH - 2 * PAD - (INSETS_PER_ROW - 1) * GAP) / INSETS_PER_ROW;

    Svg svg = new Svg(WIDTH, height, table.caption(), table.describe());
    String header = table.headers().get(4);
    for (int p = 0; p < panels.size(); p++) {
      MapPanel panel;
      if (p == 0) {
        panel = new MapPanel(PAD, PAD, WIDTH - 2 * PAD, mainHeight);
      } else {
        int row = (p - 1) / INSETS_PER_ROW;
        int col = (p - 1) % INSETS_PER_ROW;
        panel =
            new MapPanel(
                PAD + col * (insetWidth + GAP),
                PAD + mainHeight + GAP + row * (INSET_HEIGHT + GAP),
                insetWidth,
                INSET_HEIGHT);
      }
      List<MapPanel.Point> in = panels.get(p);
      panel.draw(svg, title(in), in, max, header, p == 0 && in.size() <= MAX_NAMED);
    }
    if (panels.isEmpty()) {
      new MapPanel(PAD, PAD, WIDTH - 2 * PAD, mainHeight)
          .draw(svg, "", List.of(), 0, header, false);
    }
    return svg.end();
  }

  /** Groups points by single linkage, largest group first, then by first row. */
  private static List<List<MapPanel.Point>> cluster(List<MapPanel.Point> points) {
    int n = points.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        MapPanel.Point a = points.get(i);
        MapPanel.Point b = points.get(j);
        if (Math.abs(a.latitude() - b.latitude()) <= CLUSTER_DEGREES
            && Math.abs(a.longitude() - b.longitude()) <= CLUSTER_DEGREES) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    List<List<MapPanel.Point>> groups = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = root(parent, i);
      int index = roots.indexOf(r);
      if (index < 0) {
        roots.add(r);
        groups.add(new ArrayList<>());
        index = groups.size() - 1;
      }
      groups.get(index).add(points.get(i));
    }
    List<List<MapPanel.Point>> ordered = new ArrayList<>(groups);
    ordered.sort(Comparator.comparingInt(g -> -g.size()));
    return ordered;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The distinct areas of a panel's points in table order, three at most. */
  private static String title(List<MapPanel.Point> points) {
    Set<String> areas = new LinkedHashSet<>();
    points.forEach(p -> areas.add(p.row().cells().get(0).text()));
    List<String> shown = new ArrayList<>(areas).subList(0, Math.min(3, areas.size()));
    return String.join(", ", shown) + (areas.size() > 3 ? ", …" : "");
  }
}
