package org.openconsultation.core.internal;

import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.ExportTable;

/**
 * Counts the rows written to one table and tells the listener after every {@link
 * ExportProgress#EVERY} rows and once at the end.
 */
final class JsonProgress {

  private final ExportProgress listener;
  private final ExportTable table;
  private long rows;

  JsonProgress(ExportProgress listener, ExportTable table) {
    this.listener = listener;
    this.table = table;
  }

  /** One more row written. */
  void row() {
    rows++;
    if (rows % ExportProgress.EVERY == 0) {
      listener.progress(table, rows, false);
    }
  }

  /** The table is complete: tells the listener and returns the number of rows. */
  long done() {
    listener.progress(table, rows, true);
    return rows;
  }
}
