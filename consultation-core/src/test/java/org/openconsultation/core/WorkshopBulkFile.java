package org.openconsultation.core;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Workshop files as facilitators fill them in, written with Jackson CSV. */
final class WorkshopBulkFile {

  static final int TITLE = 0;
  static final int DESCRIPTION = 1;
  static final int DATE = 2;
  static final int TIME = 3;
  static final int ZONE = 4;
  static final int PLACE = 5;
  static final int ADDRESS = 6;
  static final int TERRITORY = 7;
  static final int LATITUDE = 8;
  static final int LONGITUDE = 9;
  static final int ATTENDEES = 10;
  static final int THEMES = 11;
  static final int CONTRIBUTION_THEME = 12;
  static final int CONTRIBUTION_TITLE = 13;
  static final int CONTRIBUTION_BODY = 14;

  static final List<String> FRENCH =
      List.of(
          "titre",
          "description",
          "date",
          "heure",
          "fuseau horaire",
          "lieu",
          "adresse",
          "territoire",
          "latitude",
          "longitude",
          "nombre de participants",
          "thèmes",
          "thème de la contribution",
          "titre de la contribution",
          "texte de la contribution");

  static final List<String> ENGLISH =
      List.of(
          "title",
          "description",
          "date",
          "time",
          "time zone",
          "place name",
          "address",
          "territory",
          "latitude",
          "longitude",
          "attendee count",
          "themes",
          "contribution theme",
          "contribution title",
          "contribution text");

  private final char separator;
  private final boolean bom;
  private final List<List<String>> lines = new ArrayList<>();

  private WorkshopBulkFile(char separator, boolean bom, List<String> header) {
    this.separator = separator;
    this.bom = bom;
    lines.add(header);
  }

  /** As a French spreadsheet saves it: {@code ;}, a byte-order mark, French headers. */
  static WorkshopBulkFile spreadsheet() {
    return new WorkshopBulkFile(';', true, FRENCH);
  }

  /** RFC 4180: {@code ,}, no byte-order mark, English headers. */
  static WorkshopBulkFile rfc4180() {
    return new WorkshopBulkFile(',', false, ENGLISH);
  }

  /** A file with another header row, {@code ;} and no byte-order mark. */
  static WorkshopBulkFile withHeader(List<String> header) {
    return new WorkshopBulkFile(';', false, header);
  }

  /** A valid row: a workshop in Paris on theme "Mobilité", with a collective contribution. */
  static List<String> good(String title) {
    return List.of(
        title,
        "Échanges sur " + title,
        "2026-03-10",
        "18:30",
        "Europe/Paris",
        "Maison de quartier Nord",
        "12 rue des Lilas, 75019 Paris",
        "75",
        "48,8867",
        "2,3805",
        "18",
        "Mobilité",
        "Mobilité",
        "Proposition de " + title,
        "Les participants de " + title + " proposent des rues apaisées.");
  }

  /** {@code row} with {@code value} in {@code column}. */
  static List<String> with(List<String> row, int column, String value) {
    List<String> copy = new ArrayList<>(row);
    copy.set(column, value);
    return copy;
  }

  /** {@code row} with the values of {@code changes}, by column. */
  static List<String> with(List<String> row, Map<Integer, String> changes) {
    List<String> copy = new ArrayList<>(row);
    changes.forEach(copy::set);
    return copy;
  }

  /** {@code row} without its collective contribution. */
  static List<String> withoutContribution(List<String> row) {
    return with(row, Map.of(CONTRIBUTION_THEME, "", CONTRIBUTION_TITLE, "", CONTRIBUTION_BODY, ""));
  }

  /** Adds a row. */
  WorkshopBulkFile row(List<String> cells) {
    lines.add(List.copyOf(cells));
    return this;
  }

  /** The file's bytes, UTF-8. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvSchema schema =
          CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
      try (SequenceWriter rows = new CsvMapper().writer(schema).writeValues(writer)) {
        for (List<String> line : lines) {
          rows.write(line.toArray(new String[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The file as a stream. */
  InputStream stream() {
    return new ByteArrayInputStream(bytes());
  }
}
