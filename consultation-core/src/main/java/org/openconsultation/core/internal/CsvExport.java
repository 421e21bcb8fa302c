package org.openconsultation.core.internal;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;

/** Writes one table as CSV. */
final class CsvExport {

  private CsvExport() {}

  static ExportSummary table(
      EngineContext context,
      ExportScope scope,
      ExportTable table,
      OutputStream out,
      ExportOptions options) {
    throw new UnsupportedOperationException("CsvExport is being written");
  }
}
