package org.openconsultation.core.bulk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reason why a row of an imported file was refused.
 *
 * @param line the row as a spreadsheet shows it: 1 is the header row, 2 the first data row (a cell
 *     holding a line break does not shift the rows below it)
 * @param column the column's header as written in the file, or null when the reason concerns the
 *     whole row or the whole file
 * @param code a machine-readable code, stable across releases: the engine's validation codes (for
 *     example {@code not-blank}, {@code theme.unknown}, {@code workshop.attendees}) or the import's
 *     own ({@code bulk.date}, {@code bulk.number}, {@code bulk.duplicate}…)
 * @param message a human message in the importing actor's locale (French or English)
 */
public record RowError(int line, @Nullable String column, String code, String message) {

  /** Checks the line is at least 1 and the code and message are present. */
  public RowError {
    if (line < 1) {
      throw new IllegalArgumentException("lines are numbered from 1");
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
