package org.openconsultation.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/**
 * Workshops and their places. {@code heldAt} is written as ISO-8601 with its offset and zone
 * ({@code 2026-03-05T18:00:00-04:00[America/Guadeloupe]}); facilitators in ascending order of id.
 */
final class WorkshopCodecs {

  private WorkshopCodecs() {}

  static void register(SimpleModule module) {
    RecordCodec.add(module, Place.class, WorkshopCodecs::writePlace, WorkshopCodecs::readPlace);
    RecordCodec.add(
        module, Workshop.class, WorkshopCodecs::writeWorkshop, WorkshopCodecs::readWorkshop);
  }

  static void writePlace(Place p, RecordWriter out) throws IOException {
    out.text("name", p.name());
    out.text("address", p.address());
    out.text("territory", p.territory());
    out.object("point", p.point(), ContentCodecs::writePoint);
    out.text("zone", p.zone().getId());
  }

  static Place readPlace(RecordReader in) throws IOException {
    return new Place(
        in.text("name"),
        in.text("address"),
        in.text("territory"),
        in.object("point", GeoPoint.class, ContentCodecs::readPoint),
        in.parsed("zone", ZoneId.class, ZoneId::of));
  }

  static void writeWorkshop(Workshop w, RecordWriter out) throws IOException {
    out.text("consultationId", w.consultationId());
    out.text("id", w.id());
    out.text("title", w.title());
    out.text("description", w.description());
    out.text("heldAt", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(w.heldAt()));
    out.object("place", w.place(), WorkshopCodecs::writePlace);
    out.text("organiser", w.organiser());
    out.texts(
        "facilitators", w.facilitators().stream().map(ParticipantId::value).sorted().toList());
    out.number("attendeeCount", w.attendeeCount());
    out.texts("themes", w.themes());
    out.instant("createdAt", w.createdAt());
  }

  static Workshop readWorkshop(RecordReader in) throws IOException {
    return new Workshop(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", WorkshopId.class, WorkshopId::parse),
        in.text("title"),
        in.text("description"),
        in.parsed(
            "heldAt",
            ZonedDateTime.class,
            text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME)),
        in.object("place", Place.class, WorkshopCodecs::readPlace),
        in.parsed("organiser", ParticipantId.class, ParticipantId::of),
        new HashSet<>(in.parsedList("facilitators", ParticipantId.class, ParticipantId::of)),
        in.integer("attendeeCount"),
        List.copyOf(in.parsedList("themes", ThemeId.class, ThemeId::parse)),
        in.instant("createdAt"));
  }
}
