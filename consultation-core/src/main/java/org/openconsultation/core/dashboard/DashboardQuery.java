package org.openconsultation.core.dashboard;

import org.openconsultation.core.model.InvalidInputException;

/**
 * How to compute the dashboard's figures.
 *
 * <p>Small-cell suppression is off by default ({@link #defaults()}): the figures count content that
 * is public anyway, and the right threshold depends on the host's disclosure rules. With {@link
 * #suppressBelow(int) suppressBelow(k)}, every count of the territory breakdown from 1 to {@code k
 * - 1} is withheld, and when a column would then withhold a single count, which its total would
 * give away, the next smallest count of that column is withheld too. Zeros are never withheld.
 *
 * @param suppressBelow the threshold {@code k}: counts from 1 to {@code k - 1} of the territory
 *     breakdown are withheld; 0 or 1 withholds nothing
 */
public record DashboardQuery(int suppressBelow) {

  /** Refuses a negative threshold. */
  public DashboardQuery {
    if (suppressBelow < 0) {
      throw InvalidInputException.of("min", "suppressBelow", "must be 0 (off) or more");
    }
  }

  /** Every figure exact: no suppression. */
  public static DashboardQuery defaults() {
    return new DashboardQuery(0);
  }

  /** This query withholding territory counts from 1 to {@code k - 1}. */
  public DashboardQuery suppressBelow(int k) {
    return new DashboardQuery(k);
  }

  /** Whether some counts may be withheld. */
  public boolean suppresses() {
    return suppressBelow > 1;
  }
}
