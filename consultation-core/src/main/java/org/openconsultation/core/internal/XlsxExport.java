package org.openconsultation.core.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/**
 * Writes the XLSX workbook in streaming mode: the summary sheets first in tab order (key figures,
 * themes, workshops), then one sheet of contributions per theme. The contribution sheets are
 * written row by row as the store streams them, each flushed and finished before the next; the
 * summary sheets, which show what the contribution sheets counted, are filled in last. Labels are
 * in the consultation's language.
 */
final class XlsxExport {

  private static final String APPLICATION = "OpenConsultation";
  private static final String VERSION = "1.0";

  private XlsxExport() {}

  static ExportSummary workbook(
      EngineContext context, ExportScope scope, OutputStream out, ExportOptions options) {
    Consultation c = scope.consultation();
    XlsxLabels labels = new XlsxLabels(c.locale());
    ExportProgress progress = options.progress();
    List<Theme> themes = context.store().themes().list(c.id());
    List<Workshop> workshops = context.store().workshops().list(c.id());
    XlsxFigures figures = new XlsxFigures();
    Map<ExportTable, Long> rows = new EnumMap<>(ExportTable.class);
    Workbook workbook = new Workbook(new Unclosed(out), APPLICATION, VERSION);
    workbook.properties().setTitle(c.title());
    XlsxSheetNames names = new XlsxSheetNames();
    Worksheet summary = workbook.newWorksheet(sheetName(names, labels.get("sheet.summary")));
    Worksheet themeList = workbook.newWorksheet(sheetName(names, labels.get("sheet.themes")));
    Worksheet workshopList = workbook.newWorksheet(sheetName(names, labels.get("sheet.workshops")));
    Map<ThemeId, String> sheets = new HashMap<>();
    for (Theme t : themes) {
      String fallback = labels.get("sheet.theme", t.position() + 1);
      sheets.put(t.id(), names.unique(t.title(), fallback));
    }

    XlsxContributionSheets contributions =
        new XlsxContributionSheets(context, scope, labels, progress, figures);
    for (Theme t : themes) {
      contributions.write(workbook, t, sheets.get(t.id()));
    }
    rows.put(ExportTable.CONTRIBUTIONS, contributions.done());

    XlsxSummarySheets summaries = new XlsxSummarySheets(scope, labels, figures);
    long themeRows = summaries.themes(themeList, themes, sheets);
    progress.progress(ExportTable.THEMES, themeRows, true);
    rows.put(ExportTable.THEMES, themeRows);
    long workshopRows = summaries.workshops(workshopList, workshops, themes);
    progress.progress(ExportTable.WORKSHOPS, workshopRows, true);
    rows.put(ExportTable.WORKSHOPS, workshopRows);
    AtomicLong comments = new AtomicLong();
    context.store().comments().forEach(c.id(), scope.statuses(), x -> comments.incrementAndGet());
    summaries.keyFigures(
        summary,
        workshops,
        new XlsxSummarySheets.Totals(
            context.now(), comments.get(), context.store().participants().count(c.id())));

    XlsxSheet.io(workbook::finish);
    XlsxSheet.io(out::flush);
    return new ExportSummary(rows);
  }

  private static String sheetName(XlsxSheetNames names, String label) {
    return names.unique(label, label);
  }

  /** The caller's stream, which the workbook may flush but never close. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
