package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.examples.portal.view.ImportView;

/**
 * The workshops' bulk import, for facilitators and organisers: the blank template to download (in
 * the page's language, for spreadsheet programs), and the upload of a filled-in file, which the
 * engine records whole or not at all. The page then lists the workshops recorded, or every bad row
 * with its line, column and reason.
 */
final class ImportPages {

  /** The form field of the file. */
  static final String FILE = "file";

  private final Site site;

  ImportPages(Site site) {
    this.site = site;
  }

  void form(Context ctx) {
    Visit visit = allowed(ctx);
    render(visit, null, null, List.of(), List.of());
  }

  void template(Context ctx) {
    Visit visit = allowed(ctx);
    Download.send(
        ctx,
        Download.CSV,
        templateName(visit),
        out -> visit.engine().workshops().writeWorkshopTemplate(visit.texts().locale(), out));
  }

  void upload(Context ctx) {
    Visit visit = allowed(ctx);
    @Nullable UploadedFile file = ctx.uploadedFile(FILE);
    if (file == null || file.filename().isBlank()) {
      ctx.status(422);
      render(visit, "", visit.texts().get("import.no-file"), List.of(), List.of());
      return;
    }
    Actor actor = visit.actor();
    Consultation c = visit.consultation();
    BulkImportReport report;
    try (InputStream in = file.content()) {
      report = visit.engine().workshops().importWorkshops(actor, c.id(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (report instanceof BulkImportReport.Rejected rejected) {
      ctx.status(422);
      render(visit, file.filename(), null, List.of(), rejected.errors());
    } else if (report instanceof BulkImportReport.Imported imported) {
      render(visit, file.filename(), null, rows(visit, imported), List.of());
    }
  }

  private static List<ImportView.ImportedRow> rows(
      Visit visit, BulkImportReport.Imported imported) {
    Map<WorkshopId, Contribution> byWorkshop = new HashMap<>();
    for (Contribution x : imported.contributions()) {
      if (x.provenance() instanceof Provenance.Collective collective) {
        byWorkshop.put(collective.workshop(), x);
      }
    }
    String slug = visit.consultation().slug();
    return imported.workshops().stream()
        .map(
            (Workshop w) -> {
              @Nullable Contribution x = byWorkshop.get(w.id());
              return new ImportView.ImportedRow(
                  w.title(),
                  "/c/" + slug + "/workshops/" + w.id(),
                  w.heldAt().toLocalDateTime(),
                  w.place().name(),
                  w.place().territory(),
                  w.attendeeCount(),
                  x == null ? null : x.reference().toString(),
                  x == null ? null : visit.permalink(x));
            })
        .toList();
  }

  private void render(
      Visit visit,
      @Nullable String fileName,
      @Nullable String fileError,
      List<ImportView.ImportedRow> imported,
      List<RowError> errors) {
    String slug = visit.consultation().slug();
    ImportView view =
        new ImportView(
            "/c/" + slug + "/workshops/import/template.csv",
            templateName(visit),
            fileName,
            fileError,
            imported,
            errors);
    visit.render(
        "workshopImport.jte", visit.page(visit.texts().get("import.title"), "import"), view);
  }

  private static String templateName(Visit visit) {
    return visit.texts().get("import.template-file") + ".csv";
  }

  /** The visit, for a facilitator or an organiser; others are refused with a page saying why. */
  private Visit allowed(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Actor actor = visit.actor();
    if (!actor.has(Role.FACILITATOR) && !actor.has(Role.ORGANISER)) {
      throw new ForbiddenException(
          "portal.facilitators-only", visit.texts().get("import.facilitators-only"));
    }
    return visit;
  }
}
