package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/** Reads a row of the workshops table back. */
final class TableWorkshopRows {

  private TableWorkshopRows() {}

  static @Nullable Workshop read(TableRow row, ConsultationId consultation) {
    WorkshopId id = new WorkshopId(row.id("id"));
    String title = row.requiredText("title");
    String description = row.text("description");
    Instant heldAt = row.instant("held_at");
    ZoneId zone = row.zone("time_zone");
    String placeName = row.requiredText("place_name");
    String address = row.requiredText("address");
    String territory = row.requiredText("territory");
    @Nullable GeoPoint point = point(row);
    ParticipantId organiser = row.participant("organiser");
    Set<ParticipantId> facilitators = facilitators(row);
    int attendees = row.integer("attendee_count");
    List<ThemeId> themes = themes(row);
    Instant createdAt = row.instant("created_at");
    if (!row.valid() || point == null) {
      return null;
    }
    return new Workshop(
        consultation,
        id,
        title,
        description,
        ZonedDateTime.ofInstant(heldAt, zone),
        new Place(placeName, address, territory, point, zone),
        organiser,
        facilitators,
        attendees,
        themes,
        createdAt);
  }

  private static @Nullable GeoPoint point(TableRow row) {
    @Nullable Double latitude = row.optionalNumber("latitude");
    @Nullable Double longitude = row.optionalNumber("longitude");
    if (latitude == null || longitude == null) {
      for (String column : List.of("latitude", "longitude")) {
        if (row.text(column).isEmpty()) {
          row.invalid(column, "import.cell.required");
        }
      }
      return null;
    }
    try {
      return new GeoPoint(latitude, longitude);
    } catch (RuntimeException e) {
      row.invalid("latitude", "import.cell.point", latitude, longitude);
      return null;
    }
  }

  private static Set<ParticipantId> facilitators(TableRow row) {
    Set<ParticipantId> ids = new LinkedHashSet<>();
    for (String text : row.list("facilitators")) {
      try {
        ids.add(ParticipantId.of(text));
      } catch (RuntimeException e) {
        row.invalid("facilitators", "import.cell.participant", text);
      }
    }
    return ids;
  }

  private static List<ThemeId> themes(TableRow row) {
    List<ThemeId> ids = new ArrayList<>();
    for (String text : row.list("themes")) {
      try {
        ids.add(ThemeId.parse(text));
      } catch (RuntimeException e) {
        row.invalid("themes", "import.cell.uuid", text);
      }
    }
    return ids;
  }
}
