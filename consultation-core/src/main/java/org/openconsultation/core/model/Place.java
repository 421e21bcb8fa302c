package org.openconsultation.core.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a workshop takes place.
 *
 * @param name the venue, for example "Médiathèque François-Mitterrand"
 * @param address the postal address
 * @param territory a territory code such as a département code ({@code 971} for Guadeloupe)
 * @param point its position
 * @param zone the local time zone (overseas territories have their own)
 */
public record Place(String name, String address, String territory, GeoPoint point, ZoneId zone) {

  /** Checks that no component is null. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(zone, "zone");
  }
}
