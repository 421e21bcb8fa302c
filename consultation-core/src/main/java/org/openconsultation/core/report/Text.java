package org.openconsultation.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Clean-up of free text before it is rendered: line breaks, other controls, blank runs. */
final class Text {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");

  private Text() {}

  /**
   * The text on one line: every run of white space or control characters becomes one space, and the
   * text is trimmed. No-break spaces, which French typography places before some punctuation, stay.
   */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch) || Character.isISOControl(ch)) {
        blank = true;
        continue;
      }
      if (blank && out.length() > 0) {
        out.append(' ');
      }
      blank = false;
      out.append(ch);
    }
    return out.toString();
  }

  /**
   * The paragraphs of the text (separated by blank lines), each a list of its lines on one line
   * each; empty for blank text.
   */
  static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : LINE_BREAK.split(text, -1)) {
      String clean = oneLine(line);
      if (clean.isEmpty()) {
        if (!current.isEmpty()) {
          paragraphs.add(List.copyOf(current));
          current.clear();
        }
      } else {
        current.add(clean);
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(List.copyOf(current));
    }
    return paragraphs;
  }
}
