package org.openconsultation.core.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes free text for CommonMark (and the usual extensions: pipe tables, strikethrough, math), so
 * that it reads as typed and never turns into markup.
 */
final class Markdown {

  /** Characters that start inline markup (or an HTML tag or entity) anywhere on a line. */
  private static final String INLINE = "\\`*_[]<>&|~#$";

  /** An ordered-list marker at the start of a line: {@code 1.} or {@code 1)}. */
  private static final Pattern ORDERED = Pattern.compile("^[0-9]{1,9}([.)])");

  private Markdown() {}

  /** The text on one line, escaped. */
  static String inline(String text) {
    return escape(Text.oneLine(text));
  }

  /** One paragraph of several lines, escaped, as lines of a paragraph or a block quote. */
  static List<String> paragraph(List<String> lines) {
    return lines.stream().map(Markdown::escape).toList();
  }

  /** A link destination: the characters that would end it or break it are percent-encoded. */
  static String url(String link) {
    return link.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E");
  }

  /** One line (without line breaks) escaped, wherever it is placed on a line of the document. */
  static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (INLINE.indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    // Block markers only count at the start of a line: a list item, a setext underline, a list.
    if (out.length() > 0 && "-+=".indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\\');
    }
    Matcher ordered = ORDERED.matcher(out);
    if (ordered.find()) {
      out.insert(ordered.start(1), '\\');
    }
    return out.toString();
  }
}
