package org.openconsultation.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * One worksheet written row after row: a bold, frozen header row, then cells that are text, numbers
 * or date-times, never formulas. Rows are flushed to the output every {@link #FLUSH_EVERY} rows, so
 * a sheet holds little in memory; a flushed sheet must be finished before another one is flushed.
 */
final class XlsxSheet {

  /** How many rows stay in memory before they are written out. */
  static final int FLUSH_EVERY = 1_000;

  private static final String DATE_TIME = "yyyy-mm-dd hh:mm";

  private final Worksheet sheet;
  private int row;

  /**
   * Starts a sheet with its header row and column widths (in characters); widths must be set before
   * the first flush.
   */
  XlsxSheet(Worksheet sheet, List<String> headers, List<Integer> widths) {
    this.sheet = sheet;
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
      sheet.width(c, widths.get(c));
    }
    sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
    row = 1;
  }

  /** The sheet's name. */
  String name() {
    return sheet.getName();
  }

  /** A text cell, written as is even when it starts with {@code =}; nothing for empty text. */
  XlsxSheet text(int column, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      sheet.inlineString(row, column, value);
    }
    return this;
  }

  /**
   * A text cell for a label repeated down the column (kind, status, territory), stored once in the
   * workbook's shared strings.
   */
  XlsxSheet label(int column, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      sheet.value(row, column, value);
    }
    return this;
  }

  /** A number cell. */
  XlsxSheet number(int column, Number value) {
    sheet.value(row, column, value);
    return this;
  }

  /** A date-time cell shown as {@code yyyy-mm-dd hh:mm}. */
  XlsxSheet dateTime(int column, LocalDateTime value) {
    sheet.value(row, column, value);
    sheet.style(row, column).format(DATE_TIME).set();
    return this;
  }

  /** Moves to the next row, flushing the rows written so far every {@link #FLUSH_EVERY} rows. */
  void endRow() {
    row++;
    if (row % FLUSH_EVERY == 0) {
      io(sheet::flush);
    }
  }

  /** Writes {@code labels} in bold on the current row, the header of a table below, and ends it. */
  void heading(List<String> labels) {
    for (int c = 0; c < labels.size(); c++) {
      sheet.value(row, c, labels.get(c));
    }
    sheet.range(row, 0, row, labels.size() - 1).style().bold().set();
    endRow();
  }

  /** Leaves a blank row. */
  void skipRow() {
    row++;
  }

  /** Writes what is left and closes the sheet. */
  void finish() {
    io(sheet::finish);
  }

  /** Runs a fastexcel write, turning its {@link IOException} into an unchecked one. */
  static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A write that may fail with an {@link IOException}. */
  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }
}
