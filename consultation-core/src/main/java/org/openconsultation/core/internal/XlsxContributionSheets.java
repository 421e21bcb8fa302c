package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;

/**
 * Writes one sheet of contributions per theme, each row as the store streams it: reference, title,
 * text, kind, author's pseudonym, territory, submission and update times in the consultation's time
 * zone, status, link, and the tally when results are visible.
 */
final class XlsxContributionSheets {

  private final EngineContext context;
  private final ExportScope scope;
  private final XlsxLabels labels;
  private final ExportProgress progress;
  private final XlsxFigures figures;
  private final ZoneId zone;
  private long rows;

  XlsxContributionSheets(
      EngineContext context,
      ExportScope scope,
      XlsxLabels labels,
      ExportProgress progress,
      XlsxFigures figures) {
    this.context = context;
    this.scope = scope;
    this.labels = labels;
    this.progress = progress;
    this.figures = figures;
    this.zone = scope.consultation().schedule().zone();
  }

  /** Writes the sheet of {@code theme}, named {@code name}, and finishes it. */
  void write(Workbook workbook, Theme theme, String name) {
    XlsxSheet sheet = new XlsxSheet(workbook.newWorksheet(name), headers(), widths());
    Consultation c = scope.consultation();
    context
        .store()
        .forEachContributionWithTally(
            c.id(), scope.contributions().withTheme(theme.id()), (x, t) -> row(sheet, c, x, t));
    sheet.finish();
  }

  /** Tells the progress listener that every contribution sheet is written; returns the rows. */
  long done() {
    progress.progress(ExportTable.CONTRIBUTIONS, rows, true);
    return rows;
  }

  private void row(XlsxSheet sheet, Consultation c, Contribution x, Tally t) {
    sheet
        .text(0, x.reference().toString())
        .text(1, x.title())
        .text(2, x.body())
        .label(3, labels.kind(x.kind()))
        .text(4, scope.pseudonyms().of(c.id(), x.author()))
        .label(5, x.territory())
        .dateTime(6, local(x.submittedAt()))
        .dateTime(7, local(x.updatedAt()))
        .label(8, labels.status(x.status()))
        .text(9, scope.permalinks().link(c, x.reference()));
    figures.add(x);
    if (scope.resultsVisible()) {
      sheet
          .number(10, t.supports())
          .number(11, t.oppositions())
          .number(12, t.neutrals())
          .number(13, t.ballots());
      figures.add(t);
    }
    sheet.endRow();
    rows++;
    if (rows % ExportProgress.EVERY == 0) {
      progress.progress(ExportTable.CONTRIBUTIONS, rows, false);
    }
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  private List<String> headers() {
    List<String> keys =
        new ArrayList<>(
            List.of(
                "reference",
                "title",
                "body",
                "kind",
                "author",
                "territory",
                "submitted",
                "updated",
                "status",
                "link"));
    if (scope.resultsVisible()) {
      keys.addAll(List.of("supports", "oppositions", "neutrals", "ballots"));
    }
    return keys.stream().map(k -> labels.get("contribution." + k)).toList();
  }

  private List<Integer> widths() {
    List<Integer> widths = new ArrayList<>(List.of(10, 40, 80, 14, 24, 10, 17, 17, 12, 40));
    if (scope.resultsVisible()) {
      widths.addAll(List.of(10, 12, 10, 10));
    }
    return widths;
  }
}
