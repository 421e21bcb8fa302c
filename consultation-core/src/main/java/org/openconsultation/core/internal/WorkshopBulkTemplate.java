package org.openconsultation.core.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.openconsultation.core.export.CsvFormat;

/**
 * Writes the blank workshop template: the header row in the reader's language and one example row
 * in French, as CSV with CRLF line ends.
 */
final class WorkshopBulkTemplate {

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private WorkshopBulkTemplate() {}

  /** The example row; decimal numbers use a comma when the separator is a semicolon. */
  static Map<WorkshopBulkColumn, String> example(CsvFormat format) {
    boolean comma = format.separator() == ';';
    Map<WorkshopBulkColumn, String> row = new EnumMap<>(WorkshopBulkColumn.class);
    row.put(WorkshopBulkColumn.TITLE, "Atelier mobilité du quartier Nord");
    row.put(
        WorkshopBulkColumn.DESCRIPTION,
        "Échanges entre habitants sur les trajets quotidiens et la place du vélo.");
    row.put(WorkshopBulkColumn.DATE, "2026-03-14");
    row.put(WorkshopBulkColumn.TIME, "18:30");
    row.put(WorkshopBulkColumn.TIME_ZONE, "Europe/Paris");
    row.put(WorkshopBulkColumn.PLACE_NAME, "Maison de quartier Nord");
    row.put(WorkshopBulkColumn.ADDRESS, "12 rue des Lilas, 75019 Paris");
    row.put(WorkshopBulkColumn.TERRITORY, "75");
    row.put(WorkshopBulkColumn.LATITUDE, comma ? "48,8867" : "48.8867");
    row.put(WorkshopBulkColumn.LONGITUDE, comma ? "2,3805" : "2.3805");
    row.put(WorkshopBulkColumn.ATTENDEES, "18");
    row.put(WorkshopBulkColumn.THEMES, "Mobilité|Espaces publics");
    row.put(WorkshopBulkColumn.CONTRIBUTION_THEME, "Mobilité");
    row.put(WorkshopBulkColumn.CONTRIBUTION_TITLE, "Des rues apaisées autour des écoles");
    row.put(
        WorkshopBulkColumn.CONTRIBUTION_BODY,
        "Les participants proposent de fermer à la circulation les rues des écoles"
            + " aux heures d'entrée et de sortie des classes.");
    return row;
  }

  /** Writes the template to {@code out}, flushes it and leaves it open. */
  static void write(Locale locale, CsvFormat format, OutputStream out) {
    WorkshopBulkColumn[] columns = WorkshopBulkColumn.values();
    String[] header = new String[columns.length];
    String[] example = new String[columns.length];
    Map<WorkshopBulkColumn, String> values = example(format);
    for (WorkshopBulkColumn c : columns) {
      header[c.ordinal()] = c.header(locale);
      example[c.ordinal()] = values.get(c);
    }
    CsvSchema schema =
        CsvSchema.emptySchema().withColumnSeparator(format.separator()).withLineSeparator("\r\n");
    try {
      if (format.byteOrderMark()) {
        out.write(BOM);
      }
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (SequenceWriter rows = MAPPER.writer(schema).writeValues(new Unclosed(writer))) {
        rows.write(header);
        rows.write(example);
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A writer whose close only flushes, so that the caller's stream stays open. */
  private static final class Unclosed extends java.io.FilterWriter {
    Unclosed(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
