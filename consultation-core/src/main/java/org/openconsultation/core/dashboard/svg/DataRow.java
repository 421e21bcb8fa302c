package org.openconsultation.core.dashboard.svg;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link DataTable}: its label (the row header) and one cell per value column.
 *
 * @param label the row header, for example a day or a theme's title
 * @param cells the values, in column order
 */
public record DataRow(String label, List<DataCell> cells) {

  /** Checks the label is present and copies the cells. */
  public DataRow {
    Objects.requireNonNull(label, "label");
    cells = List.copyOf(cells);
  }

  /** A row of counts. */
  public static DataRow counts(String label, long... values) {
    DataCell[] cells = new DataCell[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = DataCell.count(values[i]);
    }
    return new DataRow(label, List.of(cells));
  }
}
