package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;

/**
 * Reads one CSV file of a table back with Jackson, row by row, and hands each record to the writer.
 * Reads both formats the export writes: a byte-order mark is skipped, and the separator (a comma or
 * a semicolon) is the one that follows the first column name of the header. The header names the
 * columns (in any order); computed columns such as {@code link} may be absent.
 */
final class CsvTableReader {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private CsvTableReader() {}

  static <R> void read(
      TableDefinition<?, R> definition,
      InputStream raw,
      ImportWriter writer,
      ImportProblems problems)
      throws IOException {
    String file = definition.fileName();
    BufferedInputStream in = new BufferedInputStream(raw);
    skipByteOrderMark(in);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(in));
    try (MappingIterator<String[]> rows =
        MAPPER
            .readerFor(String[].class)
            .with(schema)
            .readValues(new InputStreamReader(in, strictUtf8()))) {
      if (!rows.hasNextValue()) {
        problems.add(ImportOrigin.file(file), null, "import.header", "import.header.empty");
        return;
      }
      String[] header = rows.nextValue();
      Map<String, Integer> index = header(definition, header, problems);
      if (problems.any()) {
        return;
      }
      Map<String, TableFieldType> types = new HashMap<>();
      definition.columns().forEach(c -> types.put(c.name(), c.type()));
      while (true) {
        long line = rows.getCurrentLocation().getLineNr();
        if (!rows.hasNextValue()) {
          return;
        }
        String[] cells = rows.nextValue();
        ImportOrigin origin = ImportOrigin.row(file, line);
        if (cells.length != header.length) {
          problems.add(
              origin, null, "import.cell", "import.row.cells", cells.length, header.length);
          continue;
        }
        R record = record(definition, new TableRow(index, types, cells, origin, problems), writer);
        if (record != null) {
          writer.accept(definition.table(), record, origin);
        }
      }
    } catch (CharacterCodingException e) {
      problems.add(ImportOrigin.file(file), null, "import.file", "import.file.utf8");
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(
          line > 0 ? ImportOrigin.row(file, line) : ImportOrigin.file(file),
          null,
          "import.file",
          "import.file.csv",
          e.getOriginalMessage());
    }
  }

  private static <R> @Nullable R record(
      TableDefinition<?, R> definition, TableRow row, ImportWriter writer) {
    try {
      return definition.reader().read(row, writer.consultation());
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        row.invalid(null, "import.row.invalid", v.path() + ": " + v.message());
      }
    } catch (IllegalArgumentException e) {
      row.invalid(null, "import.row.invalid", String.valueOf(e.getMessage()));
    }
    return null;
  }

  /** The column positions; records missing, unknown and repeated columns. */
  private static Map<String, Integer> header(
      TableDefinition<?, ?> definition, String[] header, ImportProblems problems) {
    ImportOrigin origin = ImportOrigin.row(definition.fileName(), 1);
    List<String> names = definition.columnNames();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i];
      if (!names.contains(name)) {
        problems.add(
            origin, name, "import.header", "import.header.unknown", name, String.join(", ", names));
      } else if (index.putIfAbsent(name, i) != null) {
        problems.add(origin, name, "import.header", "import.header.duplicate", name);
      }
    }
    for (TableColumn<?> column : definition.columns()) {
      if (!column.derived() && !index.containsKey(column.name())) {
        problems.add(
            origin, column.name(), "import.header", "import.header.missing", column.name());
      }
    }
    return index;
  }

  /** A UTF-8 decoder that refuses malformed input rather than replacing it. */
  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
      in.reset();
    }
  }

  /** The separator after the first column name: a semicolon, or else a comma. */
  private static char separator(BufferedInputStream in) throws IOException {
    in.mark(256);
    try {
      for (int i = 0; i < 256; i++) {
        int b = in.read();
        boolean name = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '"';
        if (!name) {
          return b == ';' ? ';' : ',';
        }
      }
      return ',';
    } finally {
      in.reset();
    }
  }
}
