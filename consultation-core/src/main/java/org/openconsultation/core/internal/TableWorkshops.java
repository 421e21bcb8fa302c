package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.optional;
import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.ARRAY;
import static org.openconsultation.core.internal.TableFieldType.DATETIME;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.INTEGER;
import static org.openconsultation.core.internal.TableFieldType.NUMBER;
import static org.openconsultation.core.internal.TableFieldType.STRING;

import java.util.List;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/** The workshops table: one row per workshop, by date, with its place and attendees. */
final class TableWorkshops {

  private TableWorkshops() {}

  static TableDefinition<Workshop, Workshop> definition() {
    return new TableDefinition<Workshop, Workshop>(
        ExportTable.WORKSHOPS,
        "Workshops",
        "Physical workshops whose results were submitted as collective contributions, by date.",
        List.of(
            required("id", IDENTIFIER, "The workshop's identifier.", (x, w) -> w.id().toString()),
            required("title", STRING, "The title.", (x, w) -> w.title()),
            optional("description", STRING, "What happened there.", (x, w) -> w.description()),
            required(
                "held_at",
                DATETIME,
                "When it was held (UTC); see time_zone for the local time.",
                (x, w) -> TableCells.instant(w.heldAt().toInstant())),
            required(
                "time_zone",
                STRING,
                "The place's time zone, such as Europe/Paris or America/Guadeloupe.",
                (x, w) -> w.place().zone().getId()),
            required("place_name", STRING, "The venue.", (x, w) -> w.place().name()),
            required("address", STRING, "The postal address.", (x, w) -> w.place().address()),
            required(
                "territory",
                STRING,
                "The territory code, such as a département code (971 for Guadeloupe).",
                (x, w) -> w.place().territory()),
            required(
                "latitude",
                NUMBER,
                "WGS 84 latitude in degrees.",
                (x, w) -> TableCells.number(w.place().point().latitude())),
            required(
                "longitude",
                NUMBER,
                "WGS 84 longitude in degrees.",
                (x, w) -> TableCells.number(w.place().point().longitude())),
            required(
                "organiser",
                STRING,
                "Who organised it, pseudonymised.",
                (x, w) -> x.participant(w.organiser())),
            required(
                "facilitators",
                ARRAY,
                "The facilitators who may submit its contributions, pseudonymised, as a JSON array.",
                (x, w) ->
                    TableCells.array(
                        w.facilitators().stream().map(x::participant).sorted().toList())),
            required(
                "attendee_count",
                INTEGER,
                "How many people attended.",
                (x, w) -> Integer.toString(w.attendeeCount())),
            required(
                "themes",
                ARRAY,
                "The identifiers of the themes it worked on, as a JSON array.",
                (x, w) -> TableCells.array(w.themes().stream().map(ThemeId::toString).toList())),
            required(
                "created_at",
                DATETIME,
                "When it was recorded (UTC).",
                (x, w) -> TableCells.instant(w.createdAt()))),
        List.of("id"),
        List.of(),
        (context, action) -> context.store().workshops().list(context.id()).forEach(action),
        TableWorkshopRows::read);
  }
}
