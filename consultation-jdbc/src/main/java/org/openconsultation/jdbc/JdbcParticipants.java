package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.spi.ParticipantRepository;

/** Registrations in {@code oc_participant}, streamed by registration time then id. */
final class JdbcParticipants implements ParticipantRepository {

  private static final String COLUMNS =
      "consultation_id, participant_id, display_name, kind, territory, terms_version,"
          + " registered_at";

  private final Db db;
  private final Transactor tx;
  private final String insert;
  private final String update;
  private final String find;
  private final String count;
  private final String stream;

  JdbcParticipants(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.insert =
        db.sql("INSERT INTO {p}participant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}participant SET display_name = ?, kind = ?, territory = ?,"
                + " terms_version = ?, registered_at = ?"
                + " WHERE consultation_id = ? AND participant_id = ?");
    this.find =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}participant WHERE consultation_id = ? AND participant_id = ?");
    this.count = db.sql("SELECT COUNT(*) AS n FROM {p}participant WHERE consultation_id = ?");
    this.stream =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}participant WHERE consultation_id = ?"
                + " ORDER BY registered_at, participant_id");
  }

  @Override
  public void insert(Participant participant) {
    tx.write(
        c -> {
          boolean inserted =
              db.insertIfAbsent(
                  c,
                  insert,
                  b ->
                      b.uuid(participant.consultationId().value())
                          .text(participant.id().value())
                          .text(participant.displayName())
                          .name(participant.kind())
                          .nullableText(participant.territory())
                          .text(participant.termsVersion())
                          .instant(participant.registeredAt()));
          if (!inserted) {
            throw new ConflictException(
                "participant.duplicate",
                "participant " + participant.id() + " is already registered");
          }
          return null;
        },
        c -> isStored(c, participant));
  }

  @Override
  public void update(Participant participant) {
    tx.write(
        c -> {
          int changed =
              db.update(
                  c,
                  update,
                  b ->
                      b.text(participant.displayName())
                          .name(participant.kind())
                          .nullableText(participant.territory())
                          .text(participant.termsVersion())
                          .instant(participant.registeredAt())
                          .uuid(participant.consultationId().value())
                          .text(participant.id().value()));
          if (changed == 0) {
            throw new NotFoundException(
                "participant.not-found", "participant " + participant.id() + " does not exist");
          }
          return null;
        },
        c -> isStored(c, participant));
  }

  @Override
  public Optional<Participant> find(ConsultationId consultation, ParticipantId id) {
    return tx.read(c -> db.one(c, find, key(consultation, id), this::map));
  }

  @Override
  public long count(ConsultationId consultation) {
    return tx.read(c -> db.number(c, count, b -> b.uuid(consultation.value())));
  }

  @Override
  public void forEach(ConsultationId consultation, Consumer<? super Participant> action) {
    tx.stream(
        c -> {
          db.stream(c, stream, b -> b.uuid(consultation.value()), this::map, action);
          return null;
        });
  }

  /** After a lost commit: the stored registration is this one. */
  private boolean isStored(Connection c, Participant participant) throws SQLException {
    return db.one(c, find, key(participant.consultationId(), participant.id()), this::map)
        .filter(stored -> stored.displayName().equals(participant.displayName()))
        .filter(stored -> stored.kind() == participant.kind())
        .filter(stored -> Objects.equals(stored.territory(), participant.territory()))
        .filter(stored -> stored.termsVersion().equals(participant.termsVersion()))
        .filter(stored -> stored.registeredAt().equals(Codec.stored(participant.registeredAt())))
        .isPresent();
  }

  private static Db.Binding key(ConsultationId consultation, ParticipantId id) {
    return b -> b.uuid(consultation.value()).text(id.value());
  }

  private Participant map(Row row) throws SQLException {
    return new Participant(
        new ConsultationId(row.uuid("consultation_id")),
        ParticipantId.of(row.text("participant_id")),
        row.text("display_name"),
        row.name("kind", ParticipantKind.class),
        row.nullableText("territory"),
        row.text("terms_version"),
        row.instant("registered_at"));
  }
}
