package org.openconsultation.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;

/**
 * Writes the open-data package as a ZIP: {@code datapackage.json} first, then the CSV of each table
 * the actor may read, each after the tables it refers to (ballots and tallies only while results
 * are visible). The CSV files are always RFC 4180 (the Frictionless default dialect), whatever the
 * options' CSV format. Each CSV streams into its entry; the caller's stream is flushed, not closed.
 */
final class OpenDataPackage {

  private OpenDataPackage() {}

  static ExportSummary write(
      EngineContext context, ExportScope scope, OutputStream zip, ExportOptions options) {
    List<ExportTable> tables = Tables.readable(scope);
    TableContext tableContext = new TableContext(context, scope);
    FileTime time = FileTime.from(context.now());
    Map<ExportTable, Long> rows = new EnumMap<>(ExportTable.class);
    try {
      ZipOutputStream out = new ZipOutputStream(zip);
      out.putNextEntry(entry(OpenDataDescriptor.FILE, time));
      OpenDataDescriptor.write(scope.consultation(), options, tables, out);
      out.closeEntry();
      for (ExportTable table : tables) {
        TableDefinition<?, ?> definition = Tables.of(table);
        out.putNextEntry(entry(definition.fileName(), time));
        rows.put(
            table,
            CsvTableWriter.write(
                tableContext, definition, CsvFormat.RFC_4180, out, options.progress()));
        out.closeEntry();
      }
      out.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportSummary(rows);
  }

  private static ZipEntry entry(String name, FileTime time) {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(time);
    return entry;
  }
}
