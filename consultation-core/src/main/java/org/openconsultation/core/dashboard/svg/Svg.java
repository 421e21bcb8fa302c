package org.openconsultation.core.dashboard.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes one standalone SVG document: the root with its {@code viewBox}, {@code role="img"}, a
 * {@code <title>} and a {@code <desc>} named by {@code aria-labelledby}, a white background, then
 * whatever the chart adds. Every text and attribute value is escaped.
 */
final class Svg {

  static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  static final String INK = "#1a1a1a";
  static final String MUTED = "#595959";
  static final String RULE = "#d0d0d0";
  static final double FONT_SIZE = 13;

  private final StringBuilder out = new StringBuilder(4096);

  Svg(double width, double height, String title, String description) {
    String id = "oc-chart-" + Integer.toHexString((title + '\n' + description).hashCode());
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    attr("viewBox", "0 0 " + num(width) + " " + num(height));
    attr("width", num(width));
    attr("height", num(height));
    attr("role", "img");
    attr("aria-labelledby", id + "-title " + id + "-desc");
    attr("font-family", FONT);
    attr("font-size", num(FONT_SIZE));
    out.append(">\n");
    leaf("title", title, "id", id + "-title");
    leaf("desc", description, "id", id + "-desc");
    empty("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#ffffff");
  }

  /** Opens an element; {@code attributes} are name, value pairs. */
  Svg open(String name, Object... attributes) {
    out.append('<').append(name);
    attrs(attributes);
    out.append(">\n");
    return this;
  }

  /** Closes an element. */
  Svg close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element without content. */
  Svg empty(String name, Object... attributes) {
    out.append('<').append(name);
    attrs(attributes);
    out.append("/>\n");
    return this;
  }

  /** An element whose content is {@code text}. */
  Svg leaf(String name, String text, Object... attributes) {
    out.append('<').append(name);
    attrs(attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** Ends the document and returns it. */
  String end() {
    return out.append("</svg>\n").toString();
  }

  private void attrs(Object... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      attr(
          (String) attributes[i],
          value instanceof Number n ? num(n.doubleValue()) : String.valueOf(value));
    }
  }

  private void attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
  }

  /**
   * Text safe in XML content and attribute values: markup characters escaped, and characters XML
   * 1.0 does not allow (most control characters, lone surrogates) replaced by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n', '\r' -> b.append("&#").append(cp).append(';');
        default -> b.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    }
    return b.toString();
  }

  private static boolean allowed(int cp) {
    return (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** A coordinate: at most two decimals, no exponent, no trailing zeros. */
  static String num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite coordinate: " + value);
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** The text cut to {@code max} code points, with an ellipsis when cut. */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** An estimate of the width of {@code text} at {@code size} pixels, for layout only. */
  static double width(String text, double size) {
    return text.codePointCount(0, text.length()) * size * 0.6;
  }
}
