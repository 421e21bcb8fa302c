package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Writes one map layer as a GeoJSON FeatureCollection, streaming. Workshops come by the instant
 * they were held, then id; contributions by reference, published only (a map is public, whoever
 * exports it), and only those with a location. The summary counts features under {@link
 * ExportTable#WORKSHOPS} or {@link ExportTable#CONTRIBUTIONS}, and so does the progress.
 */
final class GeoJsonExport {

  private GeoJsonExport() {}

  static ExportSummary layer(
      EngineContext context,
      ExportScope scope,
      MapLayer layer,
      OutputStream out,
      ExportOptions options) {
    ExportTable table =
        layer == MapLayer.WORKSHOPS ? ExportTable.WORKSHOPS : ExportTable.CONTRIBUTIONS;
    JsonProgress count = new JsonProgress(options.progress(), table);
    Map<ThemeId, String> themes = new HashMap<>();
    context.store().themes().list(scope.id()).forEach(t -> themes.put(t.id(), t.title()));
    try {
      JsonGenerator gen = JsonExport.generator(out);
      GeoJsonFeatures features = new GeoJsonFeatures(gen, scope, options.source(), themes);
      gen.writeStartObject();
      gen.writeStringField("type", "FeatureCollection");
      gen.writeArrayFieldStart("features");
      if (layer == MapLayer.WORKSHOPS) {
        for (var w : context.store().workshops().list(scope.id())) {
          features.workshop(w);
          count.row();
        }
      } else {
        ContributionFilter filter =
            layer == MapLayer.INSTITUTIONAL_CONTRIBUTIONS
                ? ContributionFilter.published().withKind(ContributionKind.INSTITUTIONAL)
                : ContributionFilter.published();
        context
            .store()
            .contributions()
            .forEach(
                scope.id(),
                filter,
                c -> {
                  GeoPoint at = c.location();
                  if (at != null) {
                    try {
                      features.contribution(c, at);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                    count.row();
                  }
                });
      }
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeRaw('\n');
      gen.close();
      return ExportSummary.of(table, count.done());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
