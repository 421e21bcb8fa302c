package org.openconsultation.examples.publishing;

import static org.openconsultation.core.export.ExportTable.CONTRIBUTIONS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.export.OpenDataLicence;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ForbiddenException;

/** The exports of the tour: CSV, XLSX, JSON and JSON Lines, GeoJSON and the open-data package. */
final class ExportTour {

  private final Tour tour;
  private final ConsultationEngine engine;
  private final ConsultationId consultation;
  private final Actor organiser;
  private final Actor visitor;
  private final ExportOptions options;
  private final Path dir;

  ExportTour(Tour tour) {
    this.tour = tour;
    this.engine = tour.engine;
    this.consultation = tour.consultation;
    this.organiser = tour.organiser;
    this.visitor = tour.visitor;
    this.options = tour.options;
    this.dir = tour.dir;
  }

  /** What a visitor may export, and that stored identifiers are not for visitors. */
  void readers() throws IOException {
    // publishing:readers:begin
    try (OutputStream out = Files.newOutputStream(dir.resolve("public.json"))) {
      wrote("public.json", engine.exports().json(visitor, consultation, out, options));
    }
    ExportOptions stored = options.withPseudonyms(Pseudonyms.asStored());
    try {
      engine.exports().json(visitor, consultation, OutputStream.nullOutputStream(), stored);
    } catch (ForbiddenException e) {
      tour.tell("Stored ids for a visitor: " + e.getMessage());
    }
    // publishing:readers:end
  }

  /** Every table as CSV, and the contributions in the spreadsheet format. */
  void csv() throws IOException {
    // publishing:csv:begin
    for (ExportTable table : ExportTable.values()) {
      String file = table.fileStem() + ".csv";
      try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
        wrote(file, engine.exports().csv(organiser, consultation, table, out, options));
      }
    }
    ExportOptions excel = options.withCsvFormat(CsvFormat.SPREADSHEET);
    try (OutputStream out = Files.newOutputStream(dir.resolve("contributions-excel.csv"))) {
      ExportSummary rows = engine.exports().csv(organiser, consultation, CONTRIBUTIONS, out, excel);
      wrote("contributions-excel.csv", rows);
    }
    // publishing:csv:end
  }

  /** The workbook. */
  void xlsx() throws IOException {
    // publishing:xlsx:begin
    try (OutputStream out = Files.newOutputStream(dir.resolve("consultation.xlsx"))) {
      wrote("consultation.xlsx", engine.exports().xlsx(organiser, consultation, out, options));
    }
    // publishing:xlsx:end
  }

  /** The JSON document and every table as JSON Lines. */
  void json() throws IOException {
    // publishing:json:begin
    try (OutputStream out = Files.newOutputStream(dir.resolve("consultation.json"))) {
      wrote("consultation.json", engine.exports().json(organiser, consultation, out, options));
    }
    for (ExportTable table : ExportTable.values()) {
      String file = table.fileStem() + ".jsonl";
      try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
        wrote(file, engine.exports().jsonLines(organiser, consultation, table, out, options));
      }
    }
    // publishing:json:end
  }

  /** Every map layer. */
  void geoJson() throws IOException {
    // publishing:geojson:begin
    for (MapLayer layer : MapLayer.values()) {
      String file = layer.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".geojson";
      try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
        wrote(file, engine.exports().geoJson(visitor, consultation, layer, out, options));
      }
    }
    // publishing:geojson:end
  }

  /** The open-data package, as the public may read it. */
  void openData() throws IOException {
    // publishing:open-data:begin
    ExportOptions open = options.withLicence(OpenDataLicence.etalab());
    try (OutputStream out = Files.newOutputStream(dir.resolve("open-data.zip"))) {
      wrote("open-data.zip", engine.exports().openDataPackage(visitor, consultation, out, open));
    }
    // publishing:open-data:end
  }

  private void wrote(String file, ExportSummary summary) {
    tour.wrote(file, summary);
  }
}
