package org.openconsultation.core.dashboard.svg;

import java.util.List;
import java.util.Objects;

/**
 * The data behind a chart, as a table a screen reader can walk: a caption, column headers (the
 * first one heads the row labels) and rows. A chart drawn from a table shows the same text for
 * every value, so the table is its equivalent.
 *
 * @param caption what the table shows; it is also the chart's title
 * @param headers the column headers: first the row labels' header, then one per value column
 * @param rows the rows, each with one cell per value column
 */
public record DataTable(String caption, List<String> headers, List<DataRow> rows) {

  /** Checks every row has one cell per value column, and copies the lists. */
  public DataTable {
    Objects.requireNonNull(caption, "caption");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least the row labels' header");
    }
    for (DataRow row : rows) {
      if (row.cells().size() != headers.size() - 1) {
        throw new IllegalArgumentException(
            "row "
                + row.label()
                + " has "
                + row.cells().size()
                + " cells for "
                + (headers.size() - 1)
                + " value columns");
      }
    }
  }

  /** The number of value columns (every column but the row labels). */
  public int valueColumns() {
    return headers.size() - 1;
  }

  /** The cells of value column {@code index} (from 0), top to bottom. */
  public List<DataCell> column(int index) {
    Objects.checkIndex(index, valueColumns());
    return rows.stream().map(r -> r.cells().get(index)).toList();
  }

  /**
   * The table as an HTML fragment: a {@code <table>} with its {@code <caption>}, a header row of
   * {@code <th scope="col">}, and one row per data row whose label is a {@code <th scope="row">}.
   * Every text is escaped; the fragment is also well-formed XML.
   */
  public String html() {
    StringBuilder out = new StringBuilder(64 + 48 * rows.size());
    out.append("<table>\n<caption>").append(Svg.escape(caption)).append("</caption>\n");
    out.append("<thead>\n<tr>");
    for (String header : headers) {
      out.append("<th scope=\"col\">").append(Svg.escape(header)).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (DataRow row : rows) {
      out.append("<tr><th scope=\"row\">").append(Svg.escape(row.label())).append("</th>");
      for (DataCell cell : row.cells()) {
        out.append("<td>").append(Svg.escape(cell.text())).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /**
   * A plain-text rendering of every value, {@code "caption. label: header text, …; …"}, used as a
   * chart's description.
   */
  public String describe() {
    StringBuilder out = new StringBuilder(caption);
    out.append('.');
    String separator = " ";
    for (DataRow row : rows) {
      out.append(separator).append(row.label()).append(':');
      for (int i = 0; i < row.cells().size(); i++) {
        out.append(i == 0 ? " " : ", ")
            .append(headers.get(i + 1))
            .append(' ')
            .append(row.cells().get(i).text());
      }
      separator = "; ";
    }
    return out.toString();
  }
}
