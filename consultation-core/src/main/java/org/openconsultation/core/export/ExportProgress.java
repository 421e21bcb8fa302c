package org.openconsultation.core.export;

/**
 * Told how far an export has gone, on the exporting thread: after every {@link #EVERY} rows of a
 * table and once when the table is complete. A host shows a progress bar or logs; an exception
 * thrown here aborts the export.
 */
@FunctionalInterface
public interface ExportProgress {

  /** How many rows pass between two calls. */
  int EVERY = 10_000;

  /**
   * Called with the table being written and the rows written to it so far.
   *
   * @param done whether the table is complete
   */
  void progress(ExportTable table, long rows, boolean done);

  /** Progress nobody listens to. */
  static ExportProgress none() {
    return (table, rows, done) -> {};
  }
}
