package org.openconsultation.core.research;

import java.util.Objects;

/**
 * Where one item ranked across the resamples of a {@link Stability} run.
 *
 * @param id the item's input id
 * @param rank its rank on the full data, from 1
 * @param low the 2.5th percentile of its ranks over the resamples (the best end)
 * @param high the 97.5th percentile (the worst end)
 */
public record RankInterval(String id, int rank, int low, int high) {

  /** Checks that {@code 1 ≤ low ≤ high} and the rank is positive. */
  public RankInterval {
    Objects.requireNonNull(id, "id");
    if (rank < 1 || low < 1 || high < low) {
      throw new IllegalArgumentException("expected 1 ≤ low ≤ high and rank ≥ 1");
    }
  }
}
