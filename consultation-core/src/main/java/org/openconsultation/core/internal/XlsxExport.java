package org.openconsultation.core.internal;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;

/** Writes the XLSX workbook. */
final class XlsxExport {

  private XlsxExport() {}

  static ExportSummary workbook(
      EngineContext context, ExportScope scope, OutputStream out, ExportOptions options) {
    throw new UnsupportedOperationException("XlsxExport is being written");
  }
}
