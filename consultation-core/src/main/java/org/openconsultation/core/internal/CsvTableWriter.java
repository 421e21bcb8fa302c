package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.SpreadsheetCells;

/**
 * Writes one table as CSV with Jackson, row by row as the store streams them: UTF-8, CRLF line
 * ends, fields quoted as RFC 4180 says, a header of the column names, empty cells for absent
 * values, text cells neutralised against formulas ({@link SpreadsheetCells}). In {@link
 * CsvFormat#SPREADSHEET} the file starts with a byte-order mark, fields are separated by semicolons
 * and decimal numbers take a decimal comma. Nothing is kept from one row to the next.
 */
final class CsvTableWriter {

  private static final CsvMapper MAPPER = mapper();

  private CsvTableWriter() {}

  private static CsvMapper mapper() {
    return CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  /**
   * Writes the table to {@code out} (flushed, not closed) and returns the rows written; tells
   * {@code progress} every {@link ExportProgress#EVERY} rows and at the end.
   */
  static <W> long write(
      TableContext context,
      TableDefinition<W, ?> definition,
      CsvFormat format,
      OutputStream out,
      ExportProgress progress) {
    List<TableColumn<W>> columns = definition.columns();
    CsvSchema schema =
        CsvSchema.emptySchema()
            .withoutHeader()
            .withColumnSeparator(format.separator())
            .withLineSeparator("\r\n");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long[] rows = {0};
    try {
      if (format.byteOrderMark()) {
        writer.write('\uFEFF');
      }
      try (SequenceWriter csv = MAPPER.writerFor(String[].class).with(schema).writeValues(writer)) {
        csv.write(definition.columnNames().toArray(String[]::new));
        definition
            .source()
            .forEach(
                context,
                row -> {
                  write(csv, cells(context, columns, row, format));
                  rows[0]++;
                  if (rows[0] % ExportProgress.EVERY == 0) {
                    progress.progress(definition.table(), rows[0], false);
                  }
                });
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.progress(definition.table(), rows[0], true);
    return rows[0];
  }

  private static <W> String[] cells(
      TableContext context, List<TableColumn<W>> columns, W row, CsvFormat format) {
    String[] cells = new String[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      TableColumn<W> column = columns.get(i);
      String value = column.cell().render(context, row);
      if (value == null) {
        value = "";
      } else if (column.type().text()) {
        value = SpreadsheetCells.neutralise(value);
      } else if (column.type() == TableFieldType.NUMBER && format == CsvFormat.SPREADSHEET) {
        value = value.replace('.', ',');
      }
      cells[i] = value;
    }
    return cells;
  }

  private static void write(SequenceWriter csv, String[] cells) {
    try {
      csv.write(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
