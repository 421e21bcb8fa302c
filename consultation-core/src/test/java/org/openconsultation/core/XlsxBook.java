package org.openconsultation.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook read back with an independent reader (fastexcel-reader), plus the raw XML of its
 * parts (unzipped with the JDK's {@link ZipFile}, which reads the central directory) for checks the
 * reader cannot make.
 */
final class XlsxBook {

  private final Map<String, List<Row>> sheets = new LinkedHashMap<>();
  private final Map<String, String> parts = new LinkedHashMap<>();

  XlsxBook(byte[] xlsx) {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        sheets.put(s.getName(), s.read());
      }
      Path file = Files.createTempFile("workbook", ".xlsx");
      try {
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry e : Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(e)) {
              parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sheet names in tab order. */
  List<String> sheetNames() {
    return new ArrayList<>(sheets.keySet());
  }

  /** The rows of a sheet, the header row first. */
  List<Row> rows(String sheet) {
    List<Row> rows = sheets.get(sheet);
    if (rows == null) {
      throw new AssertionError("no sheet " + sheet + " in " + sheets.keySet());
    }
    return rows;
  }

  /** The texts of a row, "" for an empty cell. */
  List<String> texts(String sheet, int row) {
    Row r = rows(sheet).get(row);
    List<String> out = new ArrayList<>();
    for (int c = 0; c < r.getCellCount(); c++) {
      out.add(r.getCellText(c));
    }
    return out;
  }

  /** A cell, or null when it is empty. */
  Cell cell(String sheet, int row, int column) {
    return rows(sheet).get(row).getOptionalCell(column).orElse(null);
  }

  /** The value of a row whose first cell is {@code label} (the key-figures sheet). */
  Cell figure(String sheet, String label) {
    return rows(sheet).stream()
        .filter(r -> label.equals(r.getCellText(0)))
        .findFirst()
        .map(r -> r.getCell(1))
        .orElseThrow(() -> new AssertionError("no figure " + label + " in " + sheet));
  }

  /** The XML of every part whose name starts with {@code prefix}, by name. */
  Map<String, String> parts(String prefix) {
    Map<String, String> found = new LinkedHashMap<>();
    parts.forEach(
        (name, xml) -> {
          if (name.startsWith(prefix)) {
            found.put(name, xml);
          }
        });
    return found;
  }
}
