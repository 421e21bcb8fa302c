package org.openconsultation.core.internal;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.PhaseException;

/**
 * Writes one table as CSV in the options' format, streaming: each row is written as the store hands
 * it over. Ballots and tallies are refused while results are hidden from the actor.
 */
final class CsvExport {

  private CsvExport() {}

  static ExportSummary table(
      EngineContext context,
      ExportScope scope,
      ExportTable table,
      OutputStream out,
      ExportOptions options) {
    requireReadable(context, scope, table);
    long rows =
        CsvTableWriter.write(
            new TableContext(context, scope),
            Tables.of(table),
            options.csvFormat(),
            out,
            options.progress());
    return ExportSummary.of(table, rows);
  }

  /** Refuses a table of results while they are hidden from the actor. */
  static void requireReadable(EngineContext context, ExportScope scope, ExportTable table) {
    if (Tables.results(table) && !scope.resultsVisible()) {
      var c = scope.consultation();
      throw new PhaseException(
          "results-hidden", c.phaseAt(context.now()), Messages.get(c.locale(), "results-hidden"));
    }
  }
}
