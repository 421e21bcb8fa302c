package org.openconsultation.core.dashboard.svg;

/**
 * A chart and its equivalent data table. The SVG is a standalone document ({@code role="img"},
 * {@code <title>}, {@code <desc>}, a {@code viewBox}, no script and no external resource) whose
 * title is the table's caption and whose description reads out every value of the table; every
 * value it draws is shown with the same text as in the table.
 */
public sealed interface Chart permits BarChart, LineChart, PointMap {

  /** The chart as a standalone SVG document, UTF-8 text without an XML declaration. */
  String svg();

  /** The data the chart draws, to render next to it ({@link DataTable#html()}). */
  DataTable table();
}
