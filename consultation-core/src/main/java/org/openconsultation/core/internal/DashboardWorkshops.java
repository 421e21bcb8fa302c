package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openconsultation.core.dashboard.WorkshopFigures;
import org.openconsultation.core.dashboard.WorkshopPoint;
import org.openconsultation.core.dashboard.WorkshopTerritory;
import org.openconsultation.core.model.Workshop;

/** The workshop figures: totals, per territory of their places, and one point each. */
final class DashboardWorkshops {

  private DashboardWorkshops() {}

  /** The figures of {@code workshops}, given by date then id. */
  static WorkshopFigures of(List<Workshop> workshops) {
    Map<String, long[]> perTerritory = new TreeMap<>();
    List<WorkshopPoint> points = new ArrayList<>();
    long attendees = 0;
    for (Workshop w : workshops) {
      attendees += w.attendeeCount();
      long[] n = perTerritory.computeIfAbsent(w.place().territory(), t -> new long[2]);
      n[0]++;
      n[1] += w.attendeeCount();
      points.add(
          new WorkshopPoint(
              w.id(),
              w.title(),
              w.place().territory(),
              w.place().point(),
              w.attendeeCount(),
              w.heldAt().toLocalDate()));
    }
    List<WorkshopTerritory> territories = new ArrayList<>();
    perTerritory.forEach((t, n) -> territories.add(new WorkshopTerritory(t, n[0], n[1])));
    return new WorkshopFigures(workshops.size(), attendees, territories, points);
  }
}
