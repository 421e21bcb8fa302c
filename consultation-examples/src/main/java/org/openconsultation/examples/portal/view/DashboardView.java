package org.openconsultation.examples.portal.view;

import java.util.List;
import org.openconsultation.core.dashboard.TopEntry;

/**
 * The dashboard: every chart of the consultation's figures, the participation funnel from the
 * visitors the portal counted, and the top contributions by the consultation's default rule.
 *
 * @param charts the charts, in their documented order
 * @param funnel the participation funnel
 * @param visitors the distinct visitors the portal counted since it started
 * @param rule the label of the rule the top contributions are ranked by
 * @param resultsHidden whether the top contributions are withheld until results are visible
 * @param top the top contributions, by rank
 */
public record DashboardView(
    List<ChartView> charts,
    ChartView funnel,
    long visitors,
    String rule,
    boolean resultsHidden,
    List<TopEntry> top) {

  /** Copies the lists. */
  public DashboardView {
    charts = List.copyOf(charts);
    top = List.copyOf(top);
  }
}
