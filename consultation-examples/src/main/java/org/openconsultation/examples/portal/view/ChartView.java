package org.openconsultation.examples.portal.view;

import java.util.Objects;
import org.openconsultation.core.dashboard.svg.Chart;

/**
 * A chart as a page shows it: its caption as a heading, the engine's SVG inline, and the data table
 * that carries the same numbers. The SVG and the table come escaped from the engine, which is why
 * templates may print them as they are.
 *
 * @param id the id of the chart's heading, unique in its page
 * @param caption what the chart shows
 * @param svg the chart, an SVG element with its title and description
 * @param table the chart's data as an HTML table with its caption
 */
public record ChartView(String id, String caption, String svg, String table) {

  /** Checks that nothing is missing. */
  public ChartView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(table, "table");
  }

  /** The view of an engine chart, its heading named {@code id}. */
  public static ChartView of(String id, Chart chart) {
    return new ChartView(id, chart.table().caption(), chart.svg(), chart.table().html());
  }
}
