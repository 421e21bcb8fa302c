package org.openconsultation.core.dashboard;

import java.util.Objects;

/**
 * The workshops held in one territory.
 *
 * @param territory the territory code of their places
 * @param workshops how many were held there
 * @param attendees how many people attended them in all
 */
public record WorkshopTerritory(String territory, long workshops, long attendees) {

  /** Checks the territory is present. */
  public WorkshopTerritory {
    Objects.requireNonNull(territory, "territory");
  }
}
