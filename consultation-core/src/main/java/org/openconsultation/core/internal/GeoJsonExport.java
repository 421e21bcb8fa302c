package org.openconsultation.core.internal;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;

/** Writes GeoJSON layers. */
final class GeoJsonExport {

  private GeoJsonExport() {}

  static ExportSummary layer(
      EngineContext context,
      ExportScope scope,
      org.openconsultation.core.export.MapLayer layer,
      OutputStream out,
      ExportOptions options) {
    throw new UnsupportedOperationException("GeoJsonExport is being written");
  }
}
