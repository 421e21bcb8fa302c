package org.openconsultation.examples.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.examples.seed.DemoConsultation;

/**
 * The loads of the tour: a backup restored on another engine and exported again, and workshops
 * recorded from a filled-in template.
 */
final class RestoreTour {

  /** Two workshops a facilitator reports after the close, the second with its contribution. */
  private static final String WORKSHOPS =
      """
      titre;description;date;heure;lieu;adresse;territoire;latitude;longitude;\
      nombre de participants;thèmes;titre de la contribution;texte de la contribution
      Atelier des aidants de Vaulx-en-Velin;Retour sur six mois de permanences.;09/03/2017;\
      14h00;Centre social du Mas;1 place de la Mairie, 69120 Vaulx-en-Velin;84;45,7786;4,9220;\
      14;Formation des aidants|Médiation numérique;;
      Atelier seniors de Villeurbanne;Les démarches en ligne après 70 ans.;10/03/2017;10h00;\
      Maison des aînés;2 rue de la Mairie, 69100 Villeurbanne;84;45,7667;4,8803;9;\
      Inclusion des publics fragiles;Un guichet sans rendez-vous;Un agent pour chaque démarche.
      """;

  private final Tour tour;
  private final ConsultationEngine engine;
  private final ConsultationEngine other;
  private final DemoConsultation demo;
  private final ConsultationId consultation;
  private final Actor organiser;
  private final ExportOptions options;
  private final Path dir;

  RestoreTour(Tour tour, ConsultationEngine other) {
    this.tour = tour;
    this.engine = tour.engine;
    this.other = other;
    this.demo = tour.demo;
    this.consultation = tour.consultation;
    this.organiser = tour.organiser;
    this.options = tour.options;
    this.dir = tour.dir;
  }

  /** A backup with the stored ids, loaded on another engine, exported again: the same files. */
  void roundTrip() throws IOException {
    // publishing:backup:begin
    ExportOptions backup = options.withPseudonyms(Pseudonyms.asStored());
    try (OutputStream out = Files.newOutputStream(dir.resolve("backup.zip"))) {
      wrote("backup.zip", engine.exports().openDataPackage(organiser, consultation, out, backup));
    }
    // publishing:backup:end
    // publishing:restore:begin
    Consultation c = engine.consultations().get(organiser, consultation);
    CreateConsultation same =
        CreateConsultation.of(c.slug(), c.title(), c.schedule())
            .withDescription(c.description())
            .withSettings(c.settings());
    ConsultationId restored = other.consultations().create(organiser, same).id();
    ImportSummary summary;
    try (InputStream in = Files.newInputStream(dir.resolve("backup.zip"))) {
      summary = other.imports().openDataPackage(organiser, restored, in);
    }
    // publishing:restore:end
    try (OutputStream out = Files.newOutputStream(dir.resolve("restored.zip"))) {
      wrote("restored.zip", other.exports().openDataPackage(organiser, restored, out, backup));
    }
    Map<String, byte[]> before = entries(dir.resolve("backup.zip"));
    Map<String, byte[]> after = entries(dir.resolve("restored.zip"));
    List<String> lines = new ArrayList<>();
    lines.add("participants registered: " + summary.participantsCreated());
    for (ExportTable table : ExportTable.values()) {
      String file = table.fileStem() + ".csv";
      lines.add(
          file + ": " + summary.rows(table) + " rows loaded, " + compare(before, after, file));
    }
    lines.add("datapackage.json: " + compare(before, after, "datapackage.json"));
    Files.write(dir.resolve("restore.txt"), lines);
    tour.wrote("restore.txt");
  }

  /** The template, then a facilitator's file: refused once, recorded when corrected. */
  void workshops() throws IOException {
    Files.writeString(dir.resolve("ateliers.csv"), WORKSHOPS);
    // A contribution cannot be submitted once the consultation is closed: the cells are emptied.
    String corrected =
        WORKSHOPS.replace("Un guichet sans rendez-vous;Un agent pour chaque démarche.", ";");
    Files.writeString(dir.resolve("ateliers-corriges.csv"), corrected);
    List<String> lines = new ArrayList<>();
    // publishing:workshops:begin
    Actor facilitator = demo.facilitators().get(0).actor();
    try (OutputStream out = Files.newOutputStream(dir.resolve("ateliers-modele.csv"))) {
      engine.workshops().writeWorkshopTemplate(Locale.FRENCH, out);
    }
    for (String file : List.of("ateliers.csv", "ateliers-corriges.csv")) {
      try (InputStream in = Files.newInputStream(dir.resolve(file))) {
        BulkImportReport report = engine.workshops().importWorkshops(facilitator, consultation, in);
        lines.addAll(describe(file, report));
      }
    }
    // publishing:workshops:end
    tour.wrote("ateliers-modele.csv");
    Files.write(dir.resolve("ateliers-import.txt"), lines);
    tour.wrote("ateliers-import.txt");
  }

  private void wrote(String file, ExportSummary summary) {
    tour.wrote(file, summary);
  }

  private static List<String> describe(String file, BulkImportReport report) {
    List<String> lines = new ArrayList<>();
    if (report instanceof BulkImportReport.Rejected rejected) {
      lines.add(file + ": rejected, nothing recorded");
      for (RowError e : rejected.errors()) {
        lines.add("  line " + e.line() + ", " + e.column() + " (" + e.code() + "): " + e.message());
      }
    } else if (report instanceof BulkImportReport.Imported imported) {
      lines.add(
          file
              + ": "
              + imported.workshops().size()
              + " workshops and "
              + imported.contributions().size()
              + " contributions recorded");
      for (Workshop w : imported.workshops()) {
        lines.add("  " + w.title() + ", " + w.heldAt() + ", " + w.attendeeCount() + " attendees");
      }
    }
    return lines;
  }

  /** Whether {@code file} is the same in both packages. */
  private static String compare(
      Map<String, byte[]> before, Map<String, byte[]> after, String file) {
    boolean same = Arrays.equals(before.get(file), after.get(file));
    return (same ? "same" : "other") + " bytes when exported again";
  }

  /** The entries of a ZIP file, by name. */
  private static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
