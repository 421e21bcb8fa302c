package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.bulk.RowError;

/**
 * Reads a workshop file: UTF-8 with or without a byte-order mark, {@code ;} or {@code ,} as
 * separator (whichever the header row uses), a header row naming the template's columns in French
 * or English. Rows are numbered as a spreadsheet shows them; blank rows are skipped.
 */
final class WorkshopBulkCsv {

  /** The most workshops one file may hold. */
  static final int MAX_ROWS = 2_000;

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final int PEEK = 1 << 16;

  private WorkshopBulkCsv() {}

  /**
   * A data row.
   *
   * @param line its number as a spreadsheet shows it (the header row is 1)
   * @param cells its cells, as many as the header has columns
   */
  record Row(int line, List<String> cells) {}

  /**
   * The file as read.
   *
   * @param columns where each column of the template is, by index
   * @param names each column's header as written in the file
   * @param rows the data rows that are not blank
   * @param errors problems with the file as a whole (then {@code rows} is incomplete)
   */
  record Table(
      Map<WorkshopBulkColumn, Integer> columns,
      Map<WorkshopBulkColumn, String> names,
      List<Row> rows,
      List<RowError> errors) {

    /** The text of {@code column} in {@code row}, stripped; empty if the file lacks the column. */
    String cell(Row row, WorkshopBulkColumn column) {
      Integer index = columns.get(column);
      return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    /** The column's header as the file writes it, or the template's if the file lacks it. */
    String name(WorkshopBulkColumn column, Locale locale) {
      String name = names.get(column);
      return name != null ? name : column.header(locale);
    }
  }

  /** Reads the whole file; {@code locale} is the language of error messages. */
  static Table read(InputStream in, Locale locale) {
    List<RowError> errors = new ArrayList<>();
    Map<WorkshopBulkColumn, Integer> columns = new EnumMap<>(WorkshopBulkColumn.class);
    Map<WorkshopBulkColumn, String> names = new EnumMap<>(WorkshopBulkColumn.class);
    List<Row> rows = new ArrayList<>();
    int line = 0;
    try (BufferedReader reader = utf8(in)) {
      char separator = separator(reader);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
      try (MappingIterator<String[]> records =
          MAPPER
              .readerFor(String[].class)
              .with(CsvParser.Feature.WRAP_AS_ARRAY)
              .with(schema)
              .readValues(reader)) {
        int width = 0;
        while (records.hasNextValue()) {
          String[] cells = records.nextValue();
          line++;
          if (line == 1) {
            header(cells, locale, columns, names, errors);
            width = cells.length;
            if (!errors.isEmpty()) {
              break;
            }
          } else if (!blank(cells)) {
            if (rows.size() == MAX_ROWS) {
              errors.add(error(line, null, "bulk.too-many-rows", locale, MAX_ROWS));
              break;
            }
            rows.add(row(line, cells, width, locale, errors));
          }
        }
      }
    } catch (CharacterCodingException e) {
      errors.add(error(1, null, "bulk.encoding", locale));
    } catch (JacksonException e) {
      errors.add(error(line + 1, null, "bulk.malformed", locale, e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (errors.isEmpty() && line == 0) {
      errors.add(error(1, null, "bulk.empty", locale));
    } else if (errors.isEmpty() && rows.isEmpty()) {
      errors.add(error(2, null, "bulk.no-rows", locale));
    }
    return new Table(columns, names, List.copyOf(rows), List.copyOf(errors));
  }

  private static void header(
      String[] cells,
      Locale locale,
      Map<WorkshopBulkColumn, Integer> columns,
      Map<WorkshopBulkColumn, String> names,
      List<RowError> errors) {
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].strip();
      if (name.isEmpty()) {
        continue;
      }
      Optional<WorkshopBulkColumn> column = WorkshopBulkColumn.named(name);
      if (column.isEmpty()) {
        errors.add(error(1, name, "bulk.header.unknown", locale, name));
      } else if (columns.containsKey(column.get())) {
        errors.add(error(1, name, "bulk.header.duplicate", locale, name));
      } else {
        columns.put(column.get(), i);
        names.put(column.get(), name);
      }
    }
    for (WorkshopBulkColumn c : WorkshopBulkColumn.values()) {
      if (c.required() && !columns.containsKey(c)) {
        String name = c.header(locale);
        errors.add(error(1, name, "bulk.header.missing", locale, name));
      }
    }
  }

  private static Row row(
      int line, String[] cells, int width, Locale locale, List<RowError> errors) {
    if (cells.length > width && !blank(Arrays.copyOfRange(cells, width, cells.length))) {
      errors.add(error(line, null, "bulk.extra-cells", locale));
    }
    String[] fitted = Arrays.copyOf(cells, width);
    for (int i = 0; i < width; i++) {
      if (fitted[i] == null) {
        fitted[i] = "";
      }
    }
    return new Row(line, List.of(fitted));
  }

  private static boolean blank(String[] cells) {
    return Arrays.stream(cells).allMatch(String::isBlank);
  }

  static RowError error(
      int line, @Nullable String column, String key, Locale locale, Object... args) {
    return new RowError(line, column, key, WorkshopBulkMessages.get(locale, key, args));
  }

  /** A strict UTF-8 reader that skips a leading byte-order mark. */
  private static BufferedReader utf8(InputStream in) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(in, 3);
    byte[] bom = new byte[3];
    int n = bytes.readNBytes(bom, 0, 3);
    boolean isBom =
        n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
    if (!isBom && n > 0) {
      bytes.unread(bom, 0, n);
    }
    return new BufferedReader(
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        PEEK);
  }

  /** The separator the header row uses most, outside quotes: {@code ;} or {@code ,}. */
  private static char separator(BufferedReader reader) throws IOException {
    reader.mark(PEEK);
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0, c = reader.read(); i < PEEK - 1 && c >= 0; i++, c = reader.read()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    reader.reset();
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }
}
