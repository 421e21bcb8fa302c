package org.openconsultation.core.dashboard;

import java.util.List;

/**
 * Contributions and participants per territory, by territory code (the row without a code last),
 * with their exact totals. With a suppression threshold above 1, each column withholds its counts
 * from 1 to {@code suppressBelow - 1}, plus the next smallest count when only one would be withheld
 * (see {@link DashboardQuery}).
 *
 * @param suppressBelow the threshold applied; 0 or 1 when nothing is withheld
 * @param rows one row per territory met among contributions or participants
 * @param contributions the total of contributions, never withheld
 * @param participants the total of participants, never withheld
 */
public record TerritoryBreakdown(
    int suppressBelow, List<TerritoryFigures> rows, long contributions, long participants) {

  /** Copies the rows. */
  public TerritoryBreakdown {
    rows = List.copyOf(rows);
  }
}
