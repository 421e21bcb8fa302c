package org.openconsultation.core.export;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an export wrote.
 *
 * @param rows the number of rows (or features, or records) written per table
 */
public record ExportSummary(Map<ExportTable, Long> rows) {

  /** Copies the map. */
  public ExportSummary {
    Objects.requireNonNull(rows, "rows");
    rows = rows.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rows));
  }

  /** A summary of one table. */
  public static ExportSummary of(ExportTable table, long rows) {
    return new ExportSummary(Map.of(table, rows));
  }

  /** The rows written to {@code table}, 0 if it was not exported. */
  public long rows(ExportTable table) {
    return rows.getOrDefault(table, 0L);
  }

  /** The rows written over all tables. */
  public long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
