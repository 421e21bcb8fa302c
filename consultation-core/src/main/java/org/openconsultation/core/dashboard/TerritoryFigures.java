package org.openconsultation.core.dashboard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One territory's figures, each possibly withheld by small-cell suppression.
 *
 * @param territory the territory code, or null for contributions and participants without one
 * @param contributions contributions concerning the territory
 * @param participants participants registered with that territory
 */
public record TerritoryFigures(
    @Nullable String territory, Count contributions, Count participants) {

  /** Checks the counts are present. */
  public TerritoryFigures {
    Objects.requireNonNull(contributions, "contributions");
    Objects.requireNonNull(participants, "participants");
  }
}
