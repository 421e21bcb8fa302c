package org.openconsultation.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.openconsultation.core.export.ExportTable;

/**
 * Reads an open-data package back: the CSV file of each table, in the order tables depend on each
 * other whatever the order of the archive. Themes, workshops, contributions, revisions and comments
 * are required; ballots and tallies are read when present. {@code datapackage.json} and any other
 * file are ignored. Stops after the first file with a problem.
 */
final class ImportCsvPackage {

  private static final Set<ExportTable> REQUIRED =
      EnumSet.of(
          ExportTable.THEMES,
          ExportTable.WORKSHOPS,
          ExportTable.CONTRIBUTIONS,
          ExportTable.REVISIONS,
          ExportTable.COMMENTS);

  private ImportCsvPackage() {}

  static void read(Path archive, ImportWriter writer, ImportProblems problems) {
    ZipFile zip;
    try {
      zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      problems.add(
          ImportOrigin.file("zip"), null, "import.file", "import.file.zip", e.getMessage());
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (zip) {
      for (ExportTable table : REQUIRED) {
        String name = Tables.of(table).fileName();
        if (zip.getEntry(name) == null) {
          problems.add(ImportOrigin.file(name), null, "import.file", "import.file.missing", name);
        }
      }
      for (ExportTable table : Tables.ORDER) {
        if (problems.any()) {
          return;
        }
        TableDefinition<?, ?> definition = Tables.of(table);
        ZipEntry entry = zip.getEntry(definition.fileName());
        if (entry != null) {
          writer.begin(table, ImportOrigin.file(definition.fileName()));
          try (InputStream in = zip.getInputStream(entry)) {
            CsvTableReader.read(definition, in, writer, problems);
          }
        }
      }
    } catch (ZipException e) {
      problems.add(
          ImportOrigin.file("zip"), null, "import.file", "import.file.zip", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
