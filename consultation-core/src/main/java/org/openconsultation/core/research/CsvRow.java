package org.openconsultation.core.research;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;

/** One record of a {@link CsvFile}, its values read by column name with errors that locate them. */
final class CsvRow {

  private final Path file;
  private final int line;
  private final Map<String, Integer> columns;
  private final List<String> values;

  CsvRow(Path file, int line, Map<String, Integer> columns, List<String> values) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.values = values;
  }

  /** The line the record starts on, from 1 (the header). */
  int line() {
    return line;
  }

  /** The stripped value of an optional column; null if the column or the value is missing. */
  @Nullable String optional(String column) {
    Integer index = columns.get(column);
    if (index == null || index >= values.size() || values.get(index).isBlank()) {
      return null;
    }
    return values.get(index).strip();
  }

  /** The raw value of a column, possibly empty (not stripped: for free text). */
  String text(String column) {
    Integer index = columns.get(column);
    return index == null || index >= values.size() ? "" : values.get(index);
  }

  /** The stripped value of a required column; throws if it is missing or blank. */
  String required(String column) {
    String value = optional(column);
    if (value == null) {
      throw error(column, "dataset.missing-value", "a value is required");
    }
    return value;
  }

  /** A whole number ≥ 0 in an optional column; 0 if the value is missing. */
  long count(String column) {
    String value = optional(column);
    if (value == null) {
      return 0;
    }
    try {
      long count = Long.parseLong(value);
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(column, "dataset.number", "expected a whole number ≥ 0, got '" + value + "'");
  }

  /** A whole number (of any sign) in a required column. */
  long integer(String column) {
    String value = required(column);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw error(column, "dataset.number", "expected a whole number, got '" + value + "'");
    }
  }

  /**
   * An instant in an optional column: ISO-8601 with an offset ({@code 2024-03-01T10:00:00Z}), a
   * local date-time or a date (both read in UTC), or milliseconds since the epoch; null if missing.
   */
  @Nullable Instant instant(String column) {
    String value = optional(column);
    if (value == null) {
      return null;
    }
    try {
      if (value.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochMilli(Long.parseLong(value));
      }
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw error(
          column,
          "dataset.time",
          "expected a time like 2024-03-01T10:00:00Z, 2024-03-01 or epoch milliseconds, got '"
              + value
              + "'");
    }
  }

  /** An input error about this record's value in {@code column}. */
  InvalidInputException error(String column, String code, String message) {
    return CsvFile.error(file, line, column, code, message);
  }
}
