package org.openconsultation.core.report;

import java.util.List;

/**
 * Writes XHTML-compatible markup: every element closed, every text and attribute value escaped, and
 * characters that XML forbids replaced by U+FFFD, so the output is HTML and well-formed XML alike.
 */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Escapes text for an element's content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.appendCodePoint(allowedInXml(cp) ? cp : 0xFFFD);
              }
            });
    return b.toString();
  }

  private static boolean allowedInXml(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Markup written as is: only for the fixed parts of a document. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A start tag with attributes given as name, value, name, value… */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** An empty element, self-closed: {@code <meta charset="utf-8"/>}. */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** An end tag. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Escaped text. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding escaped text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A line break in the source (not in the page). */
  Html nl() {
    out.append('\n');
    return this;
  }

  /** Free text as paragraphs, its line breaks kept as {@code <br/>}. */
  Html paragraphs(String text) {
    for (List<String> paragraph : Text.paragraphs(text)) {
      open("p");
      for (int i = 0; i < paragraph.size(); i++) {
        if (i > 0) {
          empty("br");
        }
        text(paragraph.get(i));
      }
      close("p").nl();
    }
    return this;
  }

  /** A two-column table of label and count, the labels as row headers. */
  Html figures(String labelHeading, String countHeading, List<String[]> rows) {
    open("table").nl().open("thead").open("tr");
    element("th", labelHeading, "scope", "col").element("th", countHeading, "scope", "col");
    close("tr").close("thead").nl().open("tbody").nl();
    for (String[] row : rows) {
      open("tr").element("th", row[0], "scope", "row").element("td", row[1]).close("tr").nl();
    }
    return close("tbody").nl().close("table").nl();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
