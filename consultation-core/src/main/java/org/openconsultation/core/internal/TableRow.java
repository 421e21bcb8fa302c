package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.SpreadsheetCells;
import org.openconsultation.core.model.ParticipantId;

/**
 * One CSV row being read back: typed access to its cells by column name. A cell that does not parse
 * records a violation naming the file, the line and the column, and returns a placeholder; a reader
 * checks {@link #valid()} before building its record. Text cells are restored from their formula
 * neutralisation.
 */
final class TableRow {

  private static final ParticipantId NOBODY = ParticipantId.of("?");

  private final Map<String, Integer> index;
  private final Map<String, TableFieldType> types;
  private final String[] cells;
  private final ImportOrigin origin;
  private final ImportProblems problems;
  private boolean valid = true;

  /**
   * @param index the position of each column in the file
   * @param types the type of each column
   * @param cells the row's cells, as many as the header has
   */
  TableRow(
      Map<String, Integer> index,
      Map<String, TableFieldType> types,
      String[] cells,
      ImportOrigin origin,
      ImportProblems problems) {
    this.index = index;
    this.types = types;
    this.cells = cells;
    this.origin = origin;
    this.problems = problems;
  }

  /** Whether every cell read so far is valid. */
  boolean valid() {
    return valid;
  }

  /**
   * Records that {@code column} (null: the row) is wrong, for a reason only the row as a whole
   * shows.
   */
  void invalid(@Nullable String column, String key, Object... args) {
    valid = false;
    problems.add(origin, column, "import.cell", key, args);
  }

  /** The text of a cell, empty if the cell or the column is absent. */
  String text(String column) {
    Integer at = index.get(column);
    String raw = at == null || at >= cells.length || cells[at] == null ? "" : cells[at];
    TableFieldType type = types.get(column);
    return type != null && type.text() ? SpreadsheetCells.restore(raw) : raw;
  }

  /** The text of a cell, null if empty. */
  @Nullable String optionalText(String column) {
    String text = text(column);
    return text.isEmpty() ? null : text;
  }

  /** A required text. */
  String requiredText(String column) {
    String text = text(column);
    if (text.isEmpty()) {
      invalid(column, "import.cell.required");
    }
    return text;
  }

  UUID id(String column) {
    return required(column, UUID::fromString, "import.cell.uuid", new UUID(0, 0));
  }

  @Nullable UUID optionalId(String column) {
    return optional(column, UUID::fromString, "import.cell.uuid");
  }

  Instant instant(String column) {
    return required(column, Instant::parse, "import.cell.datetime", Instant.EPOCH);
  }

  int integer(String column) {
    return required(column, Integer::valueOf, "import.cell.integer", 0);
  }

  @Nullable Integer optionalInteger(String column) {
    return optional(column, Integer::valueOf, "import.cell.integer");
  }

  long count(String column) {
    return required(column, Long::valueOf, "import.cell.integer", 0L);
  }

  /** A decimal number, with a point or (as the spreadsheet format writes it) a comma. */
  @Nullable Double optionalNumber(String column) {
    return optional(column, t -> Double.valueOf(t.replace(',', '.')), "import.cell.number");
  }

  ParticipantId participant(String column) {
    return required(column, ParticipantId::of, "import.cell.participant", NOBODY);
  }

  ZoneId zone(String column) {
    return required(column, ZoneId::of, "import.cell.zone", ZoneOffset.UTC);
  }

  /** A JSON array of strings. */
  List<String> list(String column) {
    return required(column, TableCells::array, "import.cell.array", List.of());
  }

  /** A constant written in lower case. */
  <E extends Enum<E>> E choice(String column, Class<E> type) {
    E value = optionalChoice(column, type);
    if (value == null) {
      if (text(column).isEmpty()) {
        invalid(column, "import.cell.required");
      }
      return type.getEnumConstants()[0];
    }
    return value;
  }

  /** A constant written in lower case, or null for an empty cell. */
  <E extends Enum<E>> @Nullable E optionalChoice(String column, Class<E> type) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    E value = TableCells.constant(type, text);
    if (value == null) {
      invalid(column, "import.cell.choice", text, String.join(", ", TableCells.names(type)));
    }
    return value;
  }

  private <T> T required(String column, Function<String, T> parse, String key, T placeholder) {
    T value = optional(column, parse, key);
    if (value == null) {
      if (text(column).isEmpty()) {
        invalid(column, "import.cell.required");
      }
      return placeholder;
    }
    return value;
  }

  private <T> @Nullable T optional(String column, Function<String, T> parse, String key) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      invalid(column, key, text);
      return null;
    }
  }
}
