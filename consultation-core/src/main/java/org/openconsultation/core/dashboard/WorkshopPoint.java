package org.openconsultation.core.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.WorkshopId;

/**
 * A workshop on the map.
 *
 * @param workshop the workshop
 * @param title its title
 * @param territory the territory code of its place
 * @param point where it was held
 * @param attendees how many people attended
 * @param heldOn the day it was held, in its place's time zone
 */
public record WorkshopPoint(
    WorkshopId workshop,
    String title,
    String territory,
    GeoPoint point,
    int attendees,
    LocalDate heldOn) {

  /** Checks that no component is null. */
  public WorkshopPoint {
    Objects.requireNonNull(workshop, "workshop");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(heldOn, "heldOn");
  }
}
