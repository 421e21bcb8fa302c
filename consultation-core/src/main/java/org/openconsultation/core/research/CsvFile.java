package org.openconsultation.core.research;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openconsultation.core.model.InvalidInputException;

/**
 * Reads a CSV file (RFC 4180, UTF-8, a header line) with Jackson and hands each record to a
 * consumer as a {@link CsvRow} that knows its line. Every problem with the input becomes an {@link
 * InvalidInputException} whose violation path is {@code file:line:column}.
 */
final class CsvFile {

  private static final CsvMapper MAPPER = new CsvMapper();

  private final Path file;
  private final Map<String, Integer> columns;

  private CsvFile(Path file, Map<String, Integer> columns) {
    this.file = file;
    this.columns = columns;
  }

  /**
   * Reads {@code file}: checks the header with {@code checkHeader} (given the file and the column
   * names in order), then passes each non-empty record to {@code rows}.
   */
  static void read(Path file, Consumer<CsvFile> checkHeader, Consumer<CsvRow> rows) {
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(
          "dataset.unreadable-file", file.toString(), "a folder, where a file was expected");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser parser = MAPPER.getFactory().createParser(reader)) {
      parser.setSchema(CsvSchema.emptySchema());
      CsvFile csv = null;
      List<String> values = new ArrayList<>();
      int line = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          values.clear();
          line = 0;
        } else if (token == JsonToken.VALUE_STRING) {
          if (line == 0) {
            line = parser.currentTokenLocation().getLineNr();
          }
          values.add(parser.getText());
        } else if (token == JsonToken.END_ARRAY && !blank(values)) {
          if (csv == null) {
            csv = header(file, line, values);
            checkHeader.accept(csv);
          } else {
            rows.accept(csv.row(line, values));
          }
        }
      }
      if (csv == null) {
        throw error(file, 1, "", "dataset.header", "the file is empty: expected a header line");
      }
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of("dataset.missing-file", file.toString(), "no such file");
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "cannot be read" : e.getReason();
      throw InvalidInputException.of("dataset.unreadable-file", file.toString(), reason);
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(
          "dataset.encoding", file.toString(), "the file is not valid UTF-8 text");
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      throw error(file, line, "", "dataset.syntax", "not valid CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static boolean blank(List<String> values) {
    return values.isEmpty() || (values.size() == 1 && values.get(0).isBlank());
  }

  private static CsvFile header(Path file, int line, List<String> names) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw error(file, line, name, "dataset.header", "the column appears twice");
      }
    }
    return new CsvFile(file, Map.copyOf(columns));
  }

  /** The column names of the header. */
  Collection<String> columns() {
    return columns.keySet();
  }

  /** Whether the header has this column. */
  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** Throws unless the header has each of {@code required}. */
  void require(String... required) {
    for (String column : required) {
      if (!has(column)) {
        throw error(file, 1, column, "dataset.header", "the header has no column " + column);
      }
    }
  }

  /** An error about the header of this file. */
  InvalidInputException headerError(String column, String message) {
    return error(file, 1, column, "dataset.header", message);
  }

  private CsvRow row(int line, List<String> values) {
    if (values.size() > columns.size()) {
      throw error(
          file,
          line,
          "",
          "dataset.columns",
          values.size() + " values for " + columns.size() + " columns");
    }
    return new CsvRow(file, line, columns, List.copyOf(values));
  }

  /** An input error at {@code file:line:column}. */
  static InvalidInputException error(
      Path file, int line, String column, String code, String message) {
    return InvalidInputException.of(code, file + ":" + line + ":" + column, message);
  }
}
