package org.openconsultation.examples.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table written with Jackson (RFC 4180: a header line, fields quoted only when they hold a
 * comma, a quote or a line break, quotes doubled). Values are written as text: numbers with {@link
 * #number(double)}, so that the same value always gives the same characters.
 */
final class CsvTable {

  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final List<String> columns;
  private final List<Map<String, String>> rows = new ArrayList<>();

  CsvTable(String... columns) {
    this.columns = List.of(columns);
  }

  /** Adds a row, one value per column, written with {@link String#valueOf(Object)}. */
  CsvTable row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + columns.size() + " columns");
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      row.put(columns.get(i), String.valueOf(values[i]));
    }
    rows.add(row);
    return this;
  }

  /** The number of rows, header excluded. */
  int size() {
    return rows.size();
  }

  /** The table as CSV text, lines ending in {@code \n}. */
  String text() {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    try {
      return MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV", e);
    }
  }

  /** Writes the table to {@code file} in UTF-8, creating its folder if needed. */
  void write(Path file) {
    Outputs.write(file, text());
  }

  /**
   * A number as plain decimal text, with as many digits as it takes to read back the same double
   * and no more ({@code 82}, {@code 0.6523}, {@code -0.125}); {@code NaN} and infinities as Java
   * writes them.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }
}
