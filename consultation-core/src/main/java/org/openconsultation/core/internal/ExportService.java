package org.openconsultation.core.internal;

import java.io.OutputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.Exports;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/** Runs each export in one read transaction on the scope it may read. */
final class ExportService implements Exports {

  private final EngineContext context;
  private final Guard guard;
  private final Results results;

  ExportService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.results = results;
  }

  @Override
  public ExportSummary csv(
      Actor actor,
      ConsultationId consultation,
      ExportTable table,
      OutputStream out,
      ExportOptions options) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    return run(
        actor,
        consultation,
        table,
        options,
        scope -> CsvExport.table(context, scope, table, out, options));
  }

  @Override
  public ExportSummary jsonLines(
      Actor actor,
      ConsultationId consultation,
      ExportTable table,
      OutputStream out,
      ExportOptions options) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    return run(
        actor,
        consultation,
        table,
        options,
        scope -> JsonExport.lines(context, scope, table, out, options));
  }

  @Override
  public ExportSummary json(
      Actor actor, ConsultationId consultation, OutputStream out, ExportOptions options) {
    Objects.requireNonNull(out, "out");
    return run(
        actor, consultation, options, scope -> JsonExport.document(context, scope, out, options));
  }

  @Override
  public ExportSummary xlsx(
      Actor actor, ConsultationId consultation, OutputStream out, ExportOptions options) {
    Objects.requireNonNull(out, "out");
    return run(
        actor, consultation, options, scope -> XlsxExport.workbook(context, scope, out, options));
  }

  @Override
  public ExportSummary geoJson(
      Actor actor,
      ConsultationId consultation,
      MapLayer layer,
      OutputStream out,
      ExportOptions options) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(out, "out");
    return run(
        actor,
        consultation,
        options,
        scope -> GeoJsonExport.layer(context, scope, layer, out, options));
  }

  @Override
  public ExportSummary openDataPackage(
      Actor actor, ConsultationId consultation, OutputStream zip, ExportOptions options) {
    Objects.requireNonNull(zip, "zip");
    return run(
        actor, consultation, options, scope -> OpenDataPackage.write(context, scope, zip, options));
  }

  private ExportSummary run(
      Actor actor,
      ConsultationId consultation,
      ExportOptions options,
      java.util.function.Function<ExportScope, ExportSummary> export) {
    return run(actor, consultation, null, options, export);
  }

  /** Runs one export; a table of results is refused, in the actor's language, while hidden. */
  private ExportSummary run(
      Actor actor,
      ConsultationId consultation,
      @Nullable ExportTable table,
      ExportOptions options,
      java.util.function.Function<ExportScope, ExportSummary> export) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(options, "options");
    return context.read(
        actor,
        () -> {
          ExportScope scope = ExportScope.of(context, guard, results, actor, consultation, options);
          if (table == ExportTable.BALLOTS || table == ExportTable.TALLIES) {
            results.requireVisible(actor, scope.consultation());
          }
          return export.apply(scope);
        });
  }
}
