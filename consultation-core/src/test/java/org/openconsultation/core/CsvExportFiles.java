package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * Reads exported files back with a reader independent of the exporter (Jackson CSV with a schema
 * taken from the header, into maps), and handles ZIP archives, for the export and import tests.
 */
final class CsvExportFiles {

  private CsvExportFiles() {}

  /** A table as CSV, as the actor exports it with these options. */
  static byte[] csv(
      TestWorld w, Actor actor, ConsultationId c, ExportTable table, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.engine.exports().csv(actor, c, table, out, options);
    return out.toByteArray();
  }

  /** The open-data package, as the actor exports it with these options. */
  static byte[] openDataPackage(TestWorld w, Actor actor, ConsultationId c, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.engine.exports().openDataPackage(actor, c, out, options);
    return out.toByteArray();
  }

  /** The file's text, checking the byte-order mark is there exactly in the spreadsheet format. */
  static String text(byte[] csv, CsvFormat format) {
    boolean bom = csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB;
    assertThat(bom).as("byte-order mark").isEqualTo(format.byteOrderMark());
    String text = new String(csv, StandardCharsets.UTF_8);
    return bom ? text.substring(1) : text;
  }

  /** The header's column names. */
  static List<String> header(byte[] csv, CsvFormat format) {
    String text = text(csv, format);
    String first = text.substring(0, text.indexOf("\r\n"));
    return Arrays.asList(first.split(String.valueOf(format.separator()), -1));
  }

  /** The rows, each a map from column name to cell, read with Jackson CSV. */
  static List<Map<String, String>> rows(byte[] csv, CsvFormat format) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(format.separator());
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(schema).readValues(text(csv, format))) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The row whose {@code column} is {@code value}. */
  static Map<String, String> row(List<Map<String, String>> rows, String column, Object value) {
    return rows.stream()
        .filter(r -> r.get(column).equals(value.toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
  }

  /** Every entry of a ZIP archive, in archive order. */
  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A ZIP archive of these entries, in the map's order. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
