package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Worksheet;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/**
 * Writes the summary sheets once the contribution sheets have been counted: key figures, the themes
 * with their sheet names, and the workshops.
 */
final class XlsxSummarySheets {

  private final ExportScope scope;
  private final XlsxLabels labels;
  private final XlsxFigures figures;

  XlsxSummarySheets(ExportScope scope, XlsxLabels labels, XlsxFigures figures) {
    this.scope = scope;
    this.labels = labels;
    this.figures = figures;
  }

  /** The totals the key-figures sheet shows beyond the contributions. */
  record Totals(Instant exportedAt, long comments, long participants) {}

  void keyFigures(Worksheet worksheet, List<Workshop> workshops, Totals totals) {
    Consultation c = scope.consultation();
    ZoneId zone = c.schedule().zone();
    XlsxSheet sheet =
        new XlsxSheet(
            worksheet,
            List.of(labels.get("figure.label"), labels.get("figure.value")),
            List.of(32, 48));
    figure(sheet, "figure.consultation").text(1, c.title()).endRow();
    figure(sheet, "figure.phase").label(1, labels.phase(c.phaseAt(totals.exportedAt()))).endRow();
    figure(sheet, "figure.opens").dateTime(1, local(c.schedule().opensAt(), zone)).endRow();
    figure(sheet, "figure.closes").dateTime(1, local(c.effectiveClosing(), zone)).endRow();
    figure(sheet, "figure.zone").label(1, zone.getId()).endRow();
    figure(sheet, "figure.exported").dateTime(1, local(totals.exportedAt(), zone)).endRow();
    boolean everyStatus = scope.statuses().size() == PublicationStatus.values().length;
    figure(sheet, "figure.scope")
        .label(1, labels.get(everyStatus ? "figure.scope.all" : "figure.scope.published"))
        .endRow();
    figure(sheet, "figure.contributions").number(1, figures.contributions()).endRow();
    figure(sheet, "figure.comments").number(1, totals.comments()).endRow();
    figure(sheet, "figure.participants").number(1, totals.participants()).endRow();
    figure(sheet, "figure.workshops").number(1, workshops.size()).endRow();
    long attendees = workshops.stream().mapToLong(Workshop::attendeeCount).sum();
    figure(sheet, "figure.attendees").number(1, attendees).endRow();
    if (scope.resultsVisible()) {
      figure(sheet, "figure.ballots").number(1, figures.ballots()).endRow();
    }
    sheet.skipRow();
    sheet.heading(
        List.of(
            labels.get("breakdown.kind"),
            labels.get("breakdown.status"),
            labels.get("breakdown.count")));
    for (ContributionKind kind : ContributionKind.values()) {
      for (PublicationStatus status : PublicationStatus.values()) {
        if (scope.includes(status)) {
          sheet
              .label(0, labels.kind(kind))
              .label(1, labels.status(status))
              .number(2, figures.of(kind, status))
              .endRow();
        }
      }
    }
    sheet.finish();
  }

  /** Writes the themes, each with the name of its sheet; returns the rows. */
  long themes(Worksheet worksheet, List<Theme> themes, Map<ThemeId, String> sheets) {
    XlsxSheet sheet =
        new XlsxSheet(
            worksheet,
            headers("theme.", "position", "title", "description", "contributions", "sheet"),
            List.of(8, 40, 60, 14, 32));
    for (Theme t : themes) {
      sheet
          .number(0, t.position() + 1)
          .text(1, t.title())
          .text(2, t.description())
          .number(3, figures.ofTheme(t.id()))
          .text(4, sheets.get(t.id()))
          .endRow();
    }
    sheet.finish();
    return themes.size();
  }

  /** Writes the workshops, at their local date and time; returns the rows. */
  long workshops(Worksheet worksheet, List<Workshop> workshops, List<Theme> themes) {
    Map<ThemeId, String> titles = new HashMap<>();
    themes.forEach(t -> titles.put(t.id(), t.title()));
    XlsxSheet sheet =
        new XlsxSheet(
            worksheet,
            headers(
                "workshop.",
                "title",
                "held",
                "zone",
                "place",
                "address",
                "territory",
                "latitude",
                "longitude",
                "attendees",
                "themes",
                "contributions"),
            List.of(40, 17, 20, 30, 40, 10, 10, 10, 11, 30, 14));
    for (Workshop w : workshops) {
      sheet
          .text(0, w.title())
          .dateTime(1, w.heldAt().toLocalDateTime())
          .label(2, w.place().zone().getId())
          .text(3, w.place().name())
          .text(4, w.place().address())
          .label(5, w.place().territory())
          .number(6, w.place().point().latitude())
          .number(7, w.place().point().longitude())
          .number(8, w.attendeeCount())
          .text(9, w.themes().stream().map(titles::get).collect(Collectors.joining(" | ")))
          .number(10, figures.ofWorkshop(w.id()))
          .endRow();
    }
    sheet.finish();
    return workshops.size();
  }

  private XlsxSheet figure(XlsxSheet sheet, String key) {
    return sheet.label(0, labels.get(key));
  }

  private List<String> headers(String prefix, String... keys) {
    return Arrays.stream(keys).map(k -> labels.get(prefix + k)).toList();
  }

  private static LocalDateTime local(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant, zone);
  }
}
