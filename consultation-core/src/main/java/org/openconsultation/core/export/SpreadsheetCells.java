package org.openconsultation.core.export;

import java.util.Objects;

/**
 * Formula neutralisation of text cells ("CSV injection"): a spreadsheet program reads a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or a NUL as a
 * formula, which can run commands or leak data when a participant's text is opened by an organiser.
 * {@link #neutralise} prefixes such a cell with an apostrophe, which spreadsheets read as "this is
 * text"; a cell that already starts with an apostrophe gets one more, so that {@link #restore} can
 * remove exactly the apostrophe added and give back the original text.
 *
 * <p>Only text cells are neutralised: numbers such as {@code -61.5331} are written as they are.
 */
public final class SpreadsheetCells {

  /** The character that marks a neutralised cell. */
  public static final char APOSTROPHE = '\'';

  private SpreadsheetCells() {}

  /** Whether a text starting with {@code c} would be read as a formula. */
  public static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
  }

  /**
   * The text as a safe cell: prefixed with an apostrophe when it starts with a formula character or
   * with an apostrophe, unchanged otherwise.
   */
  public static String neutralise(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return startsFormula(first) || first == APOSTROPHE ? APOSTROPHE + text : text;
  }

  /**
   * The original text of a cell written by {@link #neutralise}: without its leading apostrophe when
   * the next character is a formula character or an apostrophe, unchanged otherwise.
   */
  public static String restore(String cell) {
    Objects.requireNonNull(cell, "cell");
    if (cell.length() >= 2 && cell.charAt(0) == APOSTROPHE) {
      char next = cell.charAt(1);
      if (startsFormula(next) || next == APOSTROPHE) {
        return cell.substring(1);
      }
    }
    return cell;
  }
}
