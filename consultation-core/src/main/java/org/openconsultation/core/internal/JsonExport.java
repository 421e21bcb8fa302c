package org.openconsultation.core.internal;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;

/** Writes JSON Lines and the JSON document. */
final class JsonExport {

  private JsonExport() {}

  static ExportSummary lines(
      EngineContext context,
      ExportScope scope,
      ExportTable table,
      OutputStream out,
      ExportOptions options) {
    throw new UnsupportedOperationException("JsonExport is being written");
  }

  static ExportSummary document(
      EngineContext context, ExportScope scope, OutputStream out, ExportOptions options) {
    throw new UnsupportedOperationException("JSON document export is being written");
  }
}
