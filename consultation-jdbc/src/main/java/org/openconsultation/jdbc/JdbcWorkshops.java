package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.WorkshopRepository;

/**
 * Workshops in {@code oc_workshop}, their facilitators in {@code oc_workshop_facilitator} and their
 * themes, in order, in {@code oc_workshop_theme}; listed by the instant they were held, then id.
 */
final class JdbcWorkshops implements WorkshopRepository {

  private static final String COLUMNS =
      "consultation_id, workshop_id, title, description, held_at, held_zone, place_name,"
          + " place_address, place_territory, place_latitude, place_longitude, place_zone,"
          + " organiser, attendee_count, created_at";

  private final Db db;
  private final Transactor tx;
  private final String insert;
  private final String update;
  private final String find;
  private final String list;
  private final String insertFacilitator;
  private final String insertTheme;
  private final String deleteFacilitators;
  private final String deleteThemes;
  private final String facilitatorsOf;
  private final String themesOf;
  private final String allFacilitators;
  private final String allThemes;

  JdbcWorkshops(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.insert =
        db.sql(
            "INSERT INTO {p}workshop ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}workshop SET title = ?, description = ?, held_at = ?, held_zone = ?,"
                + " place_name = ?, place_address = ?, place_territory = ?, place_latitude = ?,"
                + " place_longitude = ?, place_zone = ?, organiser = ?, attendee_count = ?,"
                + " created_at = ? WHERE consultation_id = ? AND workshop_id = ?");
    this.find =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}workshop WHERE consultation_id = ? AND workshop_id = ?");
    this.list =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}workshop WHERE consultation_id = ? ORDER BY held_at, workshop_id");
    this.insertFacilitator =
        db.sql(
            "INSERT INTO {p}workshop_facilitator (consultation_id, workshop_id, participant_id)"
                + " VALUES (?, ?, ?)");
    this.insertTheme =
        db.sql(
            "INSERT INTO {p}workshop_theme (consultation_id, workshop_id, position, theme_id)"
                + " VALUES (?, ?, ?, ?)");
    this.deleteFacilitators =
        db.sql("DELETE FROM {p}workshop_facilitator WHERE consultation_id = ? AND workshop_id = ?");
    this.deleteThemes =
        db.sql("DELETE FROM {p}workshop_theme WHERE consultation_id = ? AND workshop_id = ?");
    this.facilitatorsOf =
        db.sql(
            "SELECT workshop_id, participant_id FROM {p}workshop_facilitator"
                + " WHERE consultation_id = ? AND workshop_id = ?");
    this.themesOf =
        db.sql(
            "SELECT workshop_id, theme_id FROM {p}workshop_theme"
                + " WHERE consultation_id = ? AND workshop_id = ? ORDER BY position");
    this.allFacilitators =
        db.sql(
            "SELECT workshop_id, participant_id FROM {p}workshop_facilitator"
                + " WHERE consultation_id = ?");
    this.allThemes =
        db.sql(
            "SELECT workshop_id, theme_id FROM {p}workshop_theme"
                + " WHERE consultation_id = ? ORDER BY workshop_id, position");
  }

  @Override
  public void insert(Workshop workshop) {
    tx.write(
        c -> {
          boolean inserted =
              db.insertIfAbsent(
                  c,
                  insert,
                  b -> {
                    b.uuid(workshop.consultationId().value()).uuid(workshop.id().value());
                    bindState(b, workshop);
                  });
          if (!inserted) {
            throw new ConflictException(
                "workshop.duplicate", "workshop " + workshop.id() + " already exists");
          }
          insertChildren(c, workshop);
          return null;
        },
        c -> findIn(c, workshop.consultationId(), workshop.id()).isPresent());
  }

  @Override
  public void update(Workshop workshop) {
    tx.write(
        c -> {
          int changed =
              db.update(
                  c,
                  update,
                  b -> {
                    bindState(b, workshop);
                    b.uuid(workshop.consultationId().value()).uuid(workshop.id().value());
                  });
          if (changed == 0) {
            throw new NotFoundException(
                "workshop.not-found", "workshop " + workshop.id() + " does not exist");
          }
          db.update(c, deleteFacilitators, key(workshop.consultationId(), workshop.id()));
          db.update(c, deleteThemes, key(workshop.consultationId(), workshop.id()));
          insertChildren(c, workshop);
          return null;
        },
        c ->
            findIn(c, workshop.consultationId(), workshop.id())
                .filter(stored -> stored.title().equals(workshop.title()))
                .filter(stored -> stored.description().equals(workshop.description()))
                .filter(stored -> stored.place().equals(workshop.place()))
                .filter(stored -> stored.attendeeCount() == workshop.attendeeCount())
                .filter(stored -> stored.facilitators().equals(workshop.facilitators()))
                .filter(stored -> stored.themes().equals(workshop.themes()))
                .isPresent());
  }

  private void insertChildren(Connection c, Workshop workshop) throws SQLException {
    UUID cid = workshop.consultationId().value();
    UUID wid = workshop.id().value();
    for (ParticipantId facilitator : workshop.facilitators()) {
      db.update(c, insertFacilitator, b -> b.uuid(cid).uuid(wid).text(facilitator.value()));
    }
    int position = 0;
    for (ThemeId theme : workshop.themes()) {
      int at = position++;
      db.update(c, insertTheme, b -> b.uuid(cid).uuid(wid).integer(at).uuid(theme.value()));
    }
  }

  @Override
  public Optional<Workshop> find(ConsultationId consultation, WorkshopId id) {
    return tx.read(c -> findIn(c, consultation, id));
  }

  private Optional<Workshop> findIn(Connection c, ConsultationId consultation, WorkshopId id)
      throws SQLException {
    Map<UUID, Set<ParticipantId>> facilitators = new HashMap<>();
    Map<UUID, List<ThemeId>> themes = new HashMap<>();
    Db.Binding key = key(consultation, id);
    collect(c, facilitatorsOf, key, facilitators, themesOf, themes);
    return db.one(c, find, key, row -> map(row, facilitators, themes));
  }

  @Override
  public List<Workshop> list(ConsultationId consultation) {
    return tx.read(
        c -> {
          Map<UUID, Set<ParticipantId>> facilitators = new HashMap<>();
          Map<UUID, List<ThemeId>> themes = new HashMap<>();
          Db.Binding key = b -> b.uuid(consultation.value());
          collect(c, allFacilitators, key, facilitators, allThemes, themes);
          return db.list(c, list, key, row -> map(row, facilitators, themes));
        });
  }

  private void collect(
      Connection c,
      String facilitatorQuery,
      Db.Binding key,
      Map<UUID, Set<ParticipantId>> facilitators,
      String themeQuery,
      Map<UUID, List<ThemeId>> themes)
      throws SQLException {
    db.stream(
        c,
        facilitatorQuery,
        key,
        row -> Map.entry(row.uuid("workshop_id"), ParticipantId.of(row.text("participant_id"))),
        e -> facilitators.computeIfAbsent(e.getKey(), w -> new HashSet<>()).add(e.getValue()));
    db.stream(
        c,
        themeQuery,
        key,
        row -> Map.entry(row.uuid("workshop_id"), new ThemeId(row.uuid("theme_id"))),
        e -> themes.computeIfAbsent(e.getKey(), w -> new ArrayList<>()).add(e.getValue()));
  }

  private static Db.Binding key(ConsultationId consultation, WorkshopId id) {
    return b -> b.uuid(consultation.value()).uuid(id.value());
  }

  /** title … created_at. */
  private static void bindState(Binder b, Workshop w) throws SQLException {
    Place place = w.place();
    b.text(w.title())
        .text(w.description())
        .instant(w.heldAt().toInstant())
        .text(w.heldAt().getZone().getId())
        .text(place.name())
        .text(place.address())
        .text(place.territory())
        .decimal(place.point().latitude())
        .decimal(place.point().longitude())
        .text(place.zone().getId())
        .text(w.organiser().value())
        .integer(w.attendeeCount())
        .instant(w.createdAt());
  }

  private static Workshop map(
      Row row, Map<UUID, Set<ParticipantId>> facilitators, Map<UUID, List<ThemeId>> themes)
      throws SQLException {
    UUID id = row.uuid("workshop_id");
    return new Workshop(
        new ConsultationId(row.uuid("consultation_id")),
        new WorkshopId(id),
        row.text("title"),
        row.text("description"),
        ZonedDateTime.ofInstant(row.instant("held_at"), ZoneId.of(row.text("held_zone"))),
        new Place(
            row.text("place_name"),
            row.text("place_address"),
            row.text("place_territory"),
            new GeoPoint(row.decimal("place_latitude"), row.decimal("place_longitude")),
            ZoneId.of(row.text("place_zone"))),
        ParticipantId.of(row.text("organiser")),
        facilitators.getOrDefault(id, Set.of()),
        row.integer("attendee_count"),
        themes.getOrDefault(id, List.of()),
        row.instant("created_at"));
  }
}
