package org.openconsultation.core.dashboard.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One framed panel of a {@link PointMap}, with the projection of its own points. */
final class MapPanel {

  /** The smallest extent, in degrees, a panel shows, so that one point sits in the middle. */
  private static final double MIN_SPAN = 0.05;

  private static final double INNER = 24;
  private static final double TITLE = 20;

  private final double x;
  private final double y;
  private final double width;
  private final double height;

  MapPanel(double x, double y, double width, double height) {
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
  }

  /** A point to draw: its table row and its numbers. */
  record Point(DataRow row, double latitude, double longitude, double size) {}

  /**
   * Draws the frame, the title and the points, each labelled with its size and, when {@code names}
   * is set, with its row label (cut to fit) on a second line.
   */
  void draw(
      Svg svg, String title, List<Point> points, double maxSize, String sizeHeader, boolean names) {
    svg.open("g", "class", "panel");
    svg.empty(
        "rect", "x", x, "y", y, "width", width, "height", height, "fill", "#f4f6f8", "stroke",
        "#767676");
    if (!title.isEmpty()) {
      svg.leaf(
          "text",
          Svg.truncate(title, (int) (width / 7.8)),
          "x",
          x + 6,
          "y",
          y + 14,
          "fill",
          Svg.INK,
          "font-size",
          12);
    }
    double boxX = x + INNER;
    double boxY = y + TITLE + INNER / 2;
    double boxW = width - 2 * INNER;
    double boxH = height - TITLE - INNER;
    double latMin = points.stream().mapToDouble(Point::latitude).min().orElse(0);
    double latMax = points.stream().mapToDouble(Point::latitude).max().orElse(0);
    double lonMin = points.stream().mapToDouble(Point::longitude).min().orElse(0);
    double lonMax = points.stream().mapToDouble(Point::longitude).max().orElse(0);
    double latSpan = Math.max(latMax - latMin, MIN_SPAN) * 1.2;
    double lonSpan = Math.max(lonMax - lonMin, MIN_SPAN) * 1.2;
    double latMid = (latMin + latMax) / 2;
    double lonMid = (lonMin + lonMax) / 2;
    double kx = Math.max(0.1, Math.cos(Math.toRadians(latMid)));
    double scale = Math.min(boxW / (lonSpan * kx), boxH / latSpan);
    double cx = boxX + boxW / 2;
    double cy = boxY + boxH / 2;
    List<Point> bigFirst = new ArrayList<>(points);
    bigFirst.sort(Comparator.comparingDouble(p -> -p.size()));
    for (Point p : bigFirst) {
      double px = cx + (p.longitude() - lonMid) * kx * scale;
      double py = cy - (p.latitude() - latMid) * scale;
      double r = 4 + (maxSize > 0 ? 10 * Math.sqrt(p.size() / maxSize) : 0);
      String area = p.row().cells().get(0).text();
      String text = p.row().cells().get(3).text();
      svg.open(
          "circle",
          "class",
          "point",
          "cx",
          px,
          "cy",
          py,
          "r",
          r,
          "fill",
          Palette.colour(0),
          "fill-opacity",
          0.8,
          "stroke",
          "#ffffff",
          "stroke-width",
          1);
      svg.leaf("title", p.row().label() + " (" + area + ") — " + sizeHeader + ": " + text);
      svg.close("circle");
      boolean left = px + r + 4 + Svg.width(text, 12) > x + width;
      svg.leaf(
          "text",
          text,
          "class",
          "value",
          "x",
          left ? px - r - 3 : px + r + 3,
          "y",
          py,
          "dy",
          "0.35em",
          "text-anchor",
          left ? "end" : "start",
          "fill",
          Svg.INK,
          "font-size",
          12);
      if (names) {
        double room = left ? px - r - 3 - x : x + width - (px + r + 3);
        svg.leaf(
            "text",
            Svg.truncate(p.row().label(), Math.max(4, (int) (room / 6.6))),
            "class",
            "name",
            "x",
            left ? px - r - 3 : px + r + 3,
            "y",
            py + 14,
            "dy",
            "0.35em",
            "text-anchor",
            left ? "end" : "start",
            "fill",
            Svg.MUTED,
            "font-size",
            11);
      }
    }
    svg.close("g");
  }
}
