package org.openconsultation.examples.seed;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.GeoPoint;

/**
 * A workshop, held in a real city at a fictional venue, and what it produced.
 *
 * @param city the city, as in "l'atelier de {city}"
 * @param facilitator who ran it and records it
 * @param place the venue, its address, région, city-centre coordinates and time zone
 * @param heldAt when it was held, in the place's own time zone
 * @param attendees how many people came
 * @param themes the themes it worked on; its collective contributions take them in turn
 * @param local what the participants said of their own territory, for the workshop's description
 * @param contributions how many collective contributions it submits
 * @param minutes the hand-written first contribution, or null if all are composed
 */
record Site(
    String city,
    Facilitator facilitator,
    WorkshopPlace place,
    LocalDateTime heldAt,
    int attendees,
    List<DemoTheme> themes,
    String local,
    int contributions,
    @Nullable Written minutes) {

  Site {
    themes = List.copyOf(themes);
  }

  /** A contribution written by hand: its title and body. */
  record Written(String title, String body) {}

  /** Whether the workshop was held outside mainland France. */
  boolean overseas() {
    return Regions.overseas(place.territory());
  }

  /** A place at a city's centre, in a time zone. */
  static WorkshopPlace place(
      String venue, String address, String region, double lat, double lon, String zone) {
    return new WorkshopPlace(venue, address, region, new GeoPoint(lat, lon), ZoneId.of(zone));
  }
}
