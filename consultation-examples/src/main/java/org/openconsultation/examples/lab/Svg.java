package org.openconsultation.examples.lab;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A small, self-contained SVG document written by hand: {@code role="img"} with a {@code <title>}
 * and a {@code <desc>} that screen readers announce, a white background, and every text escaped
 * (markup characters as entities, characters that XML forbids replaced by U+FFFD). Coordinates are
 * written with one decimal, so the same drawing always gives the same bytes. Not thread-safe.
 */
final class Svg {

  /** Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies. */
  static final List<String> PALETTE =
      List.of(
          "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

  static final String INK = "#222222";
  static final String GRID = "#DDDDDD";

  /** Where a text is anchored. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  private final StringBuilder body = new StringBuilder();
  private final double width;
  private final double height;
  private final String title;
  private final String description;

  Svg(double width, double height, String title, String description) {
    this.width = width;
    this.height = height;
    this.title = title;
    this.description = description;
  }

  /** The colour of series {@code i}, cycling through the palette. */
  static String colour(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
    body.append(
        String.format(
            Locale.ROOT,
            "  <line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
            n(x1),
            n(y1),
            n(x2),
            n(y2),
            escape(stroke),
            n(strokeWidth)));
    return this;
  }

  /** A filled rectangle, with a tooltip if {@code tip} is not null. */
  Svg rect(double x, double y, double w, double h, String fill, @Nullable String tip) {
    String open =
        String.format(
            Locale.ROOT,
            "  <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"",
            n(x),
            n(y),
            n(Math.max(0, w)),
            n(Math.max(0, h)),
            escape(fill));
    return shape(open, "rect", tip);
  }

  /** A filled circle, with a tooltip if {@code tip} is not null. */
  Svg circle(double cx, double cy, double r, String fill, @Nullable String tip) {
    String open =
        String.format(
            Locale.ROOT,
            "  <circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"",
            n(cx),
            n(cy),
            n(r),
            escape(fill));
    return shape(open, "circle", tip);
  }

  /** An open line through {@code points} (x, y pairs). */
  Svg polyline(double[] points, String stroke, double strokeWidth) {
    StringBuilder coordinates = new StringBuilder();
    for (int i = 0; i + 1 < points.length; i += 2) {
      coordinates
          .append(i == 0 ? "" : " ")
          .append(n(points[i]))
          .append(',')
          .append(n(points[i + 1]));
    }
    body.append(
        String.format(
            Locale.ROOT,
            "  <polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\""
                + " stroke-linejoin=\"round\"/>%n",
            coordinates,
            escape(stroke),
            n(strokeWidth)));
    return this;
  }

  /** A text in the ink colour. */
  Svg text(double x, double y, String text, Anchor anchor, double size) {
    return text(x, y, text, anchor, size, INK, 0);
  }

  /** A text in {@code fill}, rotated by {@code degrees} around its anchor (0: horizontal). */
  Svg text(
      double x, double y, String text, Anchor anchor, double size, String fill, double degrees) {
    String rotation =
        degrees == 0 ? "" : " transform=\"rotate(" + n(degrees) + " " + n(x) + " " + n(y) + ")\"";
    body.append(
        String.format(
            Locale.ROOT,
            "  <text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"%s\""
                + " text-anchor=\"%s\"%s>%s</text>%n",
            n(x),
            n(y),
            n(size),
            escape(fill),
            anchor.name().toLowerCase(Locale.ROOT),
            rotation,
            escape(text)));
    return this;
  }

  /** The document. */
  String render() {
    return String.format(
            Locale.ROOT,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\""
                + " viewBox=\"0 0 %s %s\" role=\"img\" aria-labelledby=\"title desc\""
                + " font-family=\"sans-serif\">%n"
                + "  <title id=\"title\">%s</title>%n"
                + "  <desc id=\"desc\">%s</desc>%n"
                + "  <rect width=\"100%%\" height=\"100%%\" fill=\"#FFFFFF\"/>%n",
            n(width),
            n(height),
            n(width),
            n(height),
            escape(title),
            escape(description))
        + body
        + "</svg>\n";
  }

  private Svg shape(String open, String element, @Nullable String tip) {
    body.append(open);
    if (tip == null) {
      body.append("/>\n");
    } else {
      body.append("><title>")
          .append(escape(tip))
          .append("</title></")
          .append(element)
          .append(">\n");
    }
    return this;
  }

  /**
   * {@code text} safe in XML content and attribute values: {@code & < > " '} as entities, and the
   * characters XML 1.0 forbids (control characters but tab, line feed and carriage return; lone
   * surrogates; U+FFFE and U+FFFF) replaced by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
              }
            });
    return out.toString();
  }

  private static boolean allowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }

  /** A linear map from a domain of values to a range of coordinates. */
  record Scale(double from, double to, double start, double end) {
    double at(double value) {
      return to == from ? (start + end) / 2 : start + (value - from) / (to - from) * (end - start);
    }
  }

  /** A coordinate with at most one decimal: {@code 12}, {@code 12.5}. */
  static String n(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? Long.toString((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }
}
