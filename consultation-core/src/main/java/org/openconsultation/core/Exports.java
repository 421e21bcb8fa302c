package org.openconsultation.core;

import java.io.OutputStream;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * Streaming exports of a consultation: CSV per table, an XLSX workbook, JSON and JSON Lines,
 * GeoJSON layers and the open-data package. Every export streams from the store in one read
 * transaction, so memory stays constant whatever the size, and tells {@link
 * ExportOptions#progress()} how far it has gone.
 *
 * <p>What is exported: published content for everyone, content of every status for an actor allowed
 * to read unpublished content; ballots and tallies only while results are visible to the actor (a
 * table of them is refused with a {@code PhaseException} otherwise, and whole-consultation exports
 * leave them out). Participants appear under pseudonyms ({@link ExportOptions}). Exports write to
 * the caller's stream, flush it and never close it; a failure part-way leaves a truncated stream
 * and throws.
 */
public interface Exports {

  /** One table as CSV in the options' {@link org.openconsultation.core.export.CsvFormat}. */
  ExportSummary csv(
      Actor actor,
      ConsultationId consultation,
      ExportTable table,
      OutputStream out,
      ExportOptions options);

  /** One table as JSON Lines: one JSON object per row, UTF-8, {@code \n} after each. */
  ExportSummary jsonLines(
      Actor actor,
      ConsultationId consultation,
      ExportTable table,
      OutputStream out,
      ExportOptions options);

  /**
   * The whole consultation as one JSON document: the consultation itself and every table, in the
   * form {@link org.openconsultation.core.json.OpenConsultationModule} reads and writes.
   */
  ExportSummary json(
      Actor actor, ConsultationId consultation, OutputStream out, ExportOptions options);

  /**
   * An XLSX workbook written in streaming mode: summary sheets (key figures, themes, workshops) and
   * one sheet of contributions per theme.
   */
  ExportSummary xlsx(
      Actor actor, ConsultationId consultation, OutputStream out, ExportOptions options);

  /** One map layer as a GeoJSON FeatureCollection, with stable ids and uMap-friendly properties. */
  ExportSummary geoJson(
      Actor actor,
      ConsultationId consultation,
      MapLayer layer,
      OutputStream out,
      ExportOptions options);

  /**
   * The open-data package as a ZIP: a Frictionless {@code datapackage.json} with a Table Schema per
   * CSV, and the CSV of every table the actor may read.
   */
  ExportSummary openDataPackage(
      Actor actor, ConsultationId consultation, OutputStream zip, ExportOptions options);
}
