package org.openconsultation.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.ConsultationId;

/**
 * Everything about one export table in one place: its columns (which CSV, the open-data schema and
 * the CSV import all use), its keys, how its rows stream from the store and how a CSV row is read
 * back into a model record.
 *
 * @param <W> the rows written
 * @param <R> the model records read back
 * @param table the table
 * @param title a short human title
 * @param description what a row is
 * @param columns the columns, in file order
 * @param primaryKey the columns that identify a row
 * @param foreignKeys the columns that refer to other rows
 * @param source streams the rows of a scope
 * @param reader reads a CSV row back
 */
record TableDefinition<W, R>(
    ExportTable table,
    String title,
    String description,
    List<TableColumn<W>> columns,
    List<String> primaryKey,
    List<TableForeignKey> foreignKeys,
    TableDefinition.Source<W> source,
    TableDefinition.Reader<R> reader) {

  /** Streams the rows an export may read, in file order, one at a time. */
  @FunctionalInterface
  interface Source<W> {
    void forEach(TableContext context, Consumer<? super W> action);
  }

  /**
   * Reads a row back into the record of {@code consultation}; returns null when the row has invalid
   * cells (the row has recorded why).
   */
  @FunctionalInterface
  interface Reader<R> {
    @Nullable R read(TableRow row, ConsultationId consultation);
  }

  TableDefinition {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
  }

  /** The CSV file name, such as {@code contributions.csv}. */
  String fileName() {
    return table.fileStem() + ".csv";
  }

  /** The column names, in file order. */
  List<String> columnNames() {
    return columns.stream().map(TableColumn::name).toList();
  }
}
