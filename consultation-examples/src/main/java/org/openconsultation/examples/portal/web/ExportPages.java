package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.Exports;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Role;
import org.openconsultation.examples.portal.view.ExportsView;
import org.openconsultation.examples.portal.view.Texts;

/**
 * The open-data page and its files, each streamed from the engine straight into the response: CSV
 * per table (RFC 4180, or for spreadsheet programs), JSON Lines per table, the whole consultation
 * as XLSX or JSON, and the open-data package (ZIP). Everyone may download; the engine decides what
 * each reader gets (published content, pseudonymised participants, votes once results are visible).
 */
final class ExportPages {

  private static final String SPREADSHEET = "-spreadsheet.csv";
  private static final EnumSet<ExportTable> RESULTS =
      EnumSet.of(ExportTable.BALLOTS, ExportTable.TALLIES);

  private final Site site;

  ExportPages(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Texts texts = visit.texts();
    Consultation c = visit.consultation();
    String base = "/c/" + c.slug() + "/data/";
    List<ExportsView.Table> tables = new ArrayList<>();
    for (ExportTable t : ExportTable.values()) {
      String stem = t.fileStem();
      tables.add(
          new ExportsView.Table(
              texts.get("data.table." + t.name()),
              file(texts, "data.csv", base, stem + ".csv"),
              file(texts, "data.spreadsheet", base, stem + SPREADSHEET),
              file(texts, "data.jsonl", base, stem + ".jsonl"),
              RESULTS.contains(t)));
    }
    List<ExportsView.File> files =
        List.of(
            file(texts, "data.zip", base, "open-data.zip"),
            file(texts, "data.xlsx", base, "consultation.xlsx"),
            file(texts, "data.json", base, "consultation.json"));
    // As the engine's default policy says: results hidden until the close, except to moderators
    // and organisers.
    Actor actor = visit.actor();
    boolean hidden =
        c.settings().resultsHiddenUntilClose()
            && EnumSet.of(Phase.DRAFT, Phase.SCHEDULED, Phase.OPEN)
                .contains(visit.engine().consultations().phase(c.id()))
            && !actor.has(Role.MODERATOR)
            && !actor.has(Role.ORGANISER);
    visit.render(
        "exports.jte",
        visit.page(texts.get("data.title"), "data"),
        new ExportsView(tables, files, hidden));
  }

  /** One file of {@code /c/{slug}/data/{file}}, by its name. */
  void file(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    String file = ctx.pathParam("file");
    Actor actor = visit.actor();
    ConsultationId id = visit.consultation().id();
    Exports exports = visit.engine().exports();
    ExportOptions options = options(ctx, visit);
    String name = visit.consultation().slug() + "-" + file;
    switch (file) {
      case "open-data.zip" ->
          Download.send(
              ctx, Download.ZIP, name, out -> exports.openDataPackage(actor, id, out, options));
      case "consultation.xlsx" ->
          Download.send(ctx, Download.XLSX, name, out -> exports.xlsx(actor, id, out, options));
      case "consultation.json" ->
          Download.send(ctx, Download.JSON, name, out -> exports.json(actor, id, out, options));
      default -> table(ctx, visit, file, name, options);
    }
  }

  private static void table(
      Context ctx, Visit visit, String file, String name, ExportOptions options) {
    Actor actor = visit.actor();
    ConsultationId id = visit.consultation().id();
    Exports exports = visit.engine().exports();
    if (file.endsWith(SPREADSHEET)) {
      ExportTable table = table(visit, file.substring(0, file.length() - SPREADSHEET.length()));
      ExportOptions spreadsheet = options.withCsvFormat(CsvFormat.SPREADSHEET);
      Download.send(
          ctx, Download.CSV, name, out -> exports.csv(actor, id, table, out, spreadsheet));
    } else if (file.endsWith(".csv")) {
      ExportTable table = table(visit, file.substring(0, file.length() - 4));
      Download.send(ctx, Download.CSV, name, out -> exports.csv(actor, id, table, out, options));
    } else if (file.endsWith(".jsonl")) {
      ExportTable table = table(visit, file.substring(0, file.length() - 6));
      Download.send(
          ctx, Download.JSON_LINES, name, out -> exports.jsonLines(actor, id, table, out, options));
    } else {
      throw noFile(visit);
    }
  }

  /** The options of every export: the consultation's public address as the data's source. */
  static ExportOptions options(Context ctx, Visit visit) {
    String home = URI.create(ctx.url()).resolve("/c/" + visit.consultation().slug()).toString();
    return ExportOptions.defaults().withSource(home);
  }

  private static ExportTable table(Visit visit, String stem) {
    for (ExportTable t : ExportTable.values()) {
      if (t.fileStem().equals(stem.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw noFile(visit);
  }

  static NotFoundException noFile(Visit visit) {
    return new NotFoundException("portal.no-file", visit.texts().get("error.no-page"));
  }

  private static ExportsView.File file(Texts texts, String label, String base, String name) {
    return new ExportsView.File(texts.get(label), name, base + name);
  }
}
