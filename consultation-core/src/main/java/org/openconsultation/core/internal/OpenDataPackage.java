package org.openconsultation.core.internal;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;

/** Writes the open-data package. */
final class OpenDataPackage {

  private OpenDataPackage() {}

  static ExportSummary write(
      EngineContext context, ExportScope scope, OutputStream zip, ExportOptions options) {
    throw new UnsupportedOperationException("OpenDataPackage is being written");
  }
}
