package org.openconsultation.core.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where an imported record comes from, to name it in a violation: a file of the package, a line of
 * a CSV file, or an element of a section of the JSON document.
 *
 * @param source the file name or the JSON section
 * @param line the line, from 1, or 0 for a whole file
 * @param index the element's index in its JSON section, or -1 for CSV
 */
record ImportOrigin(String source, long line, int index) {

  /** A whole file or section. */
  static ImportOrigin file(String name) {
    return new ImportOrigin(name, 0, -1);
  }

  /** The CSV row that starts on {@code line}. */
  static ImportOrigin row(String file, long line) {
    return new ImportOrigin(file, line, -1);
  }

  /** Element {@code index} of a JSON section, which starts on {@code line}. */
  static ImportOrigin element(String section, int index, long line) {
    return new ImportOrigin(section, line, index);
  }

  /**
   * The violation path: {@code contributions.csv:12:title} for a cell, {@code contributions[3]} for
   * a JSON element, the file name for a file.
   */
  String path(@Nullable String field) {
    if (index >= 0) {
      return source + "[" + index + "]";
    }
    if (line > 0) {
      return source + ":" + line + (field == null ? "" : ":" + field);
    }
    return source;
  }

  /** Where, in words: {@code contributions.csv, line 12, column title}. */
  String where(Locale locale, @Nullable String field) {
    if (index >= 0) {
      return ImportMessages.get(locale, "import.at.element", source, index, line);
    }
    if (line > 0) {
      return field == null
          ? ImportMessages.get(locale, "import.at.row", source, line)
          : ImportMessages.get(locale, "import.at.cell", source, line, field);
    }
    return source;
  }
}
