package org.openconsultation.core.dashboard;

import java.util.List;

/**
 * The consultation's workshops. Workshops are public events, so their figures are never withheld;
 * mainland and overseas workshops differ only by their territory.
 *
 * @param workshops how many were recorded
 * @param attendees how many people attended them in all
 * @param territories per territory, by territory code
 * @param points every workshop, by date then id, for the map
 */
public record WorkshopFigures(
    long workshops,
    long attendees,
    List<WorkshopTerritory> territories,
    List<WorkshopPoint> points) {

  /** Copies the lists. */
  public WorkshopFigures {
    territories = List.copyOf(territories);
    points = List.copyOf(points);
  }
}
