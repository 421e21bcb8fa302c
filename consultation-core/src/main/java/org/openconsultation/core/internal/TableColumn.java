package org.openconsultation.core.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column of an export table: its name (snake_case), Table Schema type and description, its
 * constraints, and how a row renders into it.
 *
 * @param <W> the rows of the table
 * @param name the column name
 * @param type the type
 * @param description what the column holds, for the open-data schema
 * @param required whether every row has a value
 * @param unique whether no two rows have the same value
 * @param values the only values allowed, or empty for any
 * @param derived whether the value is computed from others (a link) and not read back on import
 * @param cell renders a row's value, null for an empty cell
 */
record TableColumn<W>(
    String name,
    TableFieldType type,
    String description,
    boolean required,
    boolean unique,
    List<String> values,
    boolean derived,
    TableColumn.Cell<W> cell) {

  /** Renders one cell of a row, in its canonical text form (before formula neutralisation). */
  @FunctionalInterface
  interface Cell<W> {
    @Nullable String render(TableContext context, W row);
  }

  TableColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    values = List.copyOf(values);
    Objects.requireNonNull(cell, "cell");
  }

  /** A required column. */
  static <W> TableColumn<W> required(
      String name, TableFieldType type, String description, Cell<W> cell) {
    return new TableColumn<>(name, type, description, true, false, List.of(), false, cell);
  }

  /** A column that may be empty. */
  static <W> TableColumn<W> optional(
      String name, TableFieldType type, String description, Cell<W> cell) {
    return new TableColumn<>(name, type, description, false, false, List.of(), false, cell);
  }

  /** This column restricted to {@code allowed} values. */
  TableColumn<W> oneOf(List<String> allowed) {
    return new TableColumn<>(name, type, description, required, unique, allowed, derived, cell);
  }

  /** This column with a different value in every row. */
  TableColumn<W> distinctValues() {
    return new TableColumn<>(name, type, description, required, true, values, derived, cell);
  }

  /** This column marked as computed from others. */
  TableColumn<W> computed() {
    return new TableColumn<>(name, type, description, required, unique, values, true, cell);
  }
}
