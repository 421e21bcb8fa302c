package org.openconsultation.core.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.dashboard.svg.BarChart;
import org.openconsultation.core.dashboard.svg.Chart;
import org.openconsultation.core.dashboard.svg.DataCell;
import org.openconsultation.core.dashboard.svg.DataRow;
import org.openconsultation.core.dashboard.svg.DataTable;
import org.openconsultation.core.dashboard.svg.LineChart;
import org.openconsultation.core.dashboard.svg.PointMap;

/**
 * The dashboard's figures drawn as accessible charts, captioned and headed in the reader's language
 * (French, or English for any other language). Each chart's data table carries the same numbers;
 * captions say when unpublished content is counted, when votes are hidden (their columns are then
 * left out) and when small counts are withheld (shown as {@code "< k"}, without a bar).
 */
public final class DashboardCharts {

  private final DashboardFigures figures;
  private final Labels labels;

  private DashboardCharts(DashboardFigures figures, Labels labels) {
    this.figures = figures;
    this.labels = labels;
  }

  /** The charts of {@code figures} for a reader of {@code locale}. */
  public static DashboardCharts of(DashboardFigures figures, Locale locale) {
    Objects.requireNonNull(figures, "figures");
    return new DashboardCharts(figures, new Labels(Objects.requireNonNull(locale, "locale")));
  }

  /** New registrations, contributions, comments and (when visible) votes per day. */
  public LineChart perDay() {
    return LineChart.of(days("caption.per-day", false));
  }

  /** Running totals of registrations, contributions, comments and (when visible) votes. */
  public LineChart cumulative() {
    return LineChart.of(days("caption.cumulative", true));
  }

  /** Contributions, comments and (when visible) supports per theme. */
  public BarChart themes() {
    return BarChart.of(
        breakdown(
            "caption.themes",
            "header.theme",
            figures.themes(),
            ThemeFigures::title,
            t -> new long[] {t.contributions(), t.comments()},
            ThemeFigures::supports));
  }

  /** Contributions, comments and (when visible) supports per kind of contribution. */
  public BarChart kinds() {
    return BarChart.of(
        breakdown(
            "caption.kinds",
            "header.kind",
            figures.kinds(),
            k -> labels.get("kind." + k.kind().name()),
            k -> new long[] {k.contributions(), k.comments()},
            KindFigures::supports));
  }

  /** Contributions and participants per territory, withheld counts shown as {@code "< k"}. */
  public BarChart territories() {
    TerritoryBreakdown t = figures.territories();
    List<String> notes = notes(false);
    if (t.suppressBelow() > 1) {
      notes.add(labels.get("note.suppressed", t.suppressBelow() - 1));
    }
    List<DataRow> rows = new ArrayList<>();
    for (TerritoryFigures row : t.rows()) {
      String code = row.territory();
      rows.add(
          new DataRow(
              code != null ? code : labels.get("territory.none"),
              List.of(cell(row.contributions(), t), cell(row.participants(), t))));
    }
    return BarChart.of(
        new DataTable(
            labels.caption("caption.territories", notes.toArray(String[]::new)),
            List.of(
                labels.get("header.territory"),
                labels.get("header.contributions"),
                labels.get("header.participants")),
            rows));
  }

  /** Workshops and attendees per territory. */
  public BarChart workshopTerritories() {
    List<DataRow> rows = new ArrayList<>();
    for (WorkshopTerritory t : figures.workshops().territories()) {
      rows.add(DataRow.counts(t.territory(), t.workshops(), t.attendees()));
    }
    return BarChart.of(
        new DataTable(
            labels.get("caption.workshop-territories"),
            List.of(
                labels.get("header.territory"),
                labels.get("header.workshops"),
                labels.get("header.attendees")),
            rows));
  }

  /**
   * Every workshop at its place, sized by attendees; overseas workshops get inset panels (see
   * {@link PointMap}).
   */
  public PointMap workshopMap() {
    List<DataRow> rows = new ArrayList<>();
    for (WorkshopPoint p : figures.workshops().points()) {
      rows.add(
          new DataRow(
              p.title(),
              List.of(
                  DataCell.text(p.territory()),
                  DataCell.decimal(p.point().latitude(), 4),
                  DataCell.decimal(p.point().longitude(), 4),
                  DataCell.count(p.attendees()))));
    }
    return PointMap.of(
        new DataTable(
            labels.get("caption.workshop-map"),
            List.of(
                labels.get("header.workshop"),
                labels.get("header.territory"),
                labels.get("header.latitude"),
                labels.get("header.longitude"),
                labels.get("header.attendees")),
            rows));
  }

  /** Every chart above, in the order they are documented. */
  public List<Chart> all() {
    return List.of(
        perDay(),
        cumulative(),
        themes(),
        kinds(),
        territories(),
        workshopTerritories(),
        workshopMap());
  }

  /** The funnel as bars: visited, registered, contributed, voted (hidden while results are). */
  public static BarChart funnel(Funnel funnel, Locale locale) {
    Labels labels = new Labels(Objects.requireNonNull(locale, "locale"));
    List<String> notes = new ArrayList<>();
    if (funnel.visitorsBelowRegistered()) {
      notes.add(labels.get("note.visitors-below"));
    }
    Long voted = funnel.voted();
    List<DataRow> rows =
        List.of(
            DataRow.counts(labels.get("stage.visitors"), funnel.visitors()),
            DataRow.counts(labels.get("stage.registered"), funnel.registered()),
            DataRow.counts(labels.get("stage.contributed"), funnel.contributed()),
            new DataRow(
                labels.get("stage.voted"),
                List.of(
                    voted != null ? DataCell.count(voted) : DataCell.text(labels.get("hidden")))));
    return BarChart.of(
        new DataTable(
            labels.caption("caption.funnel", notes.toArray(String[]::new)),
            List.of(labels.get("header.stage"), labels.get("header.people")),
            rows));
  }

  /** The top contributions by one rule as a table: reference and title, score, explanation. */
  public static DataTable top(TopContributions top, Locale locale) {
    Labels labels = new Labels(Objects.requireNonNull(locale, "locale"));
    List<DataRow> rows = new ArrayList<>();
    for (TopEntry e : top.entries()) {
      double s = e.score();
      DataCell score =
          s == Math.rint(s) && Math.abs(s) < 1e15
              ? DataCell.count((long) s)
              : DataCell.decimal(s, 3);
      rows.add(
          new DataRow(
              e.reference() + " " + e.title(), List.of(score, DataCell.text(e.explanation()))));
    }
    String caption =
        top.resultsHidden()
            ? labels.get("caption.top", top.rule()) + " (" + labels.get("note.votes-hidden") + ")"
            : labels.get("caption.top", top.rule());
    return new DataTable(
        caption,
        List.of(
            labels.get("header.contribution"),
            labels.get("header.score"),
            labels.get("header.explanation")),
        rows);
  }

  private DataTable days(String caption, boolean cumulative) {
    boolean votes = figures.votesVisible();
    List<String> headers =
        new ArrayList<>(
            List.of(
                labels.get("header.day"),
                labels.get("header.registrations"),
                labels.get("header.contributions"),
                labels.get("header.comments")));
    if (votes) {
      headers.add(labels.get("header.ballots"));
    }
    List<DataRow> rows = new ArrayList<>();
    for (DayFigures d : figures.days()) {
      Long ballots = cumulative ? d.totalBallots() : d.ballots();
      List<Long> values = new ArrayList<>();
      values.add(cumulative ? d.totalRegistrations() : d.registrations());
      values.add(cumulative ? d.totalContributions() : d.contributions());
      values.add(cumulative ? d.totalComments() : d.comments());
      if (votes && ballots != null) {
        values.add(ballots);
      }
      rows.add(DataRow.counts(d.day().toString(), values.stream().mapToLong(v -> v).toArray()));
    }
    return new DataTable(
        labels.caption(caption, notes(true).toArray(String[]::new)), headers, rows);
  }

  private <T> DataTable breakdown(
      String caption,
      String header,
      List<T> items,
      Function<T, String> label,
      Function<T, long[]> counts,
      Function<T, @Nullable Long> supports) {
    boolean votes = figures.votesVisible();
    List<String> headers =
        new ArrayList<>(
            List.of(
                labels.get(header),
                labels.get("header.contributions"),
                labels.get("header.comments")));
    if (votes) {
      headers.add(labels.get("header.supports"));
    }
    List<DataRow> rows = new ArrayList<>();
    for (T item : items) {
      long[] n = counts.apply(item);
      Long s = supports.apply(item);
      rows.add(
          votes && s != null
              ? DataRow.counts(label.apply(item), n[0], n[1], s)
              : DataRow.counts(label.apply(item), n[0], n[1]));
    }
    return new DataTable(
        labels.caption(caption, notes(true).toArray(String[]::new)), headers, rows);
  }

  /** The notes every caption of counted content carries; votes only where votes would show. */
  private List<String> notes(boolean votes) {
    List<String> notes = new ArrayList<>();
    if (figures.includesUnpublished()) {
      notes.add(labels.get("note.unpublished"));
    }
    if (votes && !figures.votesVisible()) {
      notes.add(labels.get("note.votes-hidden"));
    }
    return notes;
  }

  private DataCell cell(Count count, TerritoryBreakdown t) {
    Long value = count.value();
    return value != null
        ? DataCell.count(value)
        : DataCell.text(labels.get("withheld", t.suppressBelow()));
  }
}
