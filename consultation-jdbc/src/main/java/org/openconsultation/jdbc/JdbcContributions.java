package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.ContributionRepository;

/**
 * Contributions in {@code oc_contribution} with their revisions in {@code oc_revision}, listed by
 * reference number. References come from a counter row per consultation ({@code
 * oc_reference_counter}) incremented in the caller's transaction: its row lock orders concurrent
 * allocations, and a rollback gives the number back.
 */
final class JdbcContributions implements ContributionRepository {

  static final String COLUMNS =
      "consultation_id, contribution_id, reference_number, theme_id, author, kind, on_behalf_of,"
          + " workshop_id, attendee_count, organisation, title, body, territory, latitude,"
          + " longitude, status, revision, submitted_at, updated_at";

  private static final String REVISION_COLUMNS =
      "consultation_id, contribution_id, number, title, body, editor, note, created_at";

  private final Db db;
  private final Transactor tx;
  private final String bumpCounter;
  private final String createCounter;
  private final String readCounter;
  private final String insert;
  private final String insertRevision;
  private final String update;
  private final String find;
  private final String findByReference;
  private final String list;
  private final String revisions;

  JdbcContributions(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.bumpCounter =
        db.sql(
            "UPDATE {p}reference_counter SET last_number = last_number + 1"
                + " WHERE consultation_id = ?");
    this.createCounter =
        db.sql("INSERT INTO {p}reference_counter (consultation_id, last_number) VALUES (?, 1)");
    this.readCounter =
        db.sql("SELECT last_number AS n FROM {p}reference_counter WHERE consultation_id = ?");
    this.insert =
        db.sql(
            "INSERT INTO {p}contribution ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.insertRevision =
        db.sql(
            "INSERT INTO {p}revision (" + REVISION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}contribution SET theme_id = ?, author = ?, kind = ?, on_behalf_of = ?,"
                + " workshop_id = ?, attendee_count = ?, organisation = ?, title = ?, body = ?,"
                + " territory = ?, latitude = ?, longitude = ?, status = ?, revision = ?,"
                + " submitted_at = ?, updated_at = ?"
                + " WHERE consultation_id = ? AND contribution_id = ? AND reference_number = ?"
                + " AND revision = ?");
    this.find =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}contribution WHERE consultation_id = ? AND contribution_id = ?");
    this.findByReference =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}contribution WHERE consultation_id = ? AND reference_number = ?");
    this.list =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}contribution WHERE consultation_id = ? ORDER BY reference_number");
    this.revisions =
        db.sql(
            "SELECT "
                + REVISION_COLUMNS
                + " FROM {p}revision WHERE consultation_id = ? AND contribution_id = ?"
                + " ORDER BY number");
  }

  @Override
  public Reference nextReference(ConsultationId consultation) {
    return tx.write(c -> new Reference(next(c, consultation)));
  }

  private long next(Connection c, ConsultationId consultation) throws SQLException {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (db.update(c, bumpCounter, b -> b.uuid(consultation.value())) == 1) {
        return db.number(c, readCounter, b -> b.uuid(consultation.value()));
      }
      if (db.insertIfAbsent(c, createCounter, b -> b.uuid(consultation.value()))) {
        return 1;
      }
      // Another transaction created the counter meanwhile: its row now exists.
    }
    throw new SQLException("the reference counter of " + consultation + " cannot be created");
  }

  @Override
  public void insert(Contribution contribution, Revision first) {
    requireRevisionOf(contribution, first);
    if (first.number() != 1) {
      throw new IllegalArgumentException("a first revision is number 1, not " + first.number());
    }
    tx.write(
        c -> {
          if (!db.insertIfAbsent(c, insert, b -> bindAll(b, contribution))) {
            throw conflictOnInsert(c, contribution);
          }
          db.update(c, insertRevision, b -> bindRevision(b, first));
          return null;
        },
        c -> findIn(c, contribution.consultationId(), contribution.id()).isPresent());
  }

  private ConflictException conflictOnInsert(Connection c, Contribution contribution)
      throws SQLException {
    if (findIn(c, contribution.consultationId(), contribution.id()).isPresent()) {
      return new ConflictException(
          "contribution.duplicate", "contribution " + contribution.id() + " already exists");
    }
    return new ConflictException(
        "contribution.reference-taken", "reference " + contribution.reference() + " is taken");
  }

  @Override
  public void update(Contribution contribution) {
    tx.write(
        c -> {
          if (db.update(c, update, b -> bindUpdate(b, contribution, contribution.revision()))
              == 0) {
            throw unchanged(c, contribution, contribution.revision());
          }
          return null;
        });
  }

  @Override
  public void revise(Contribution contribution, Revision revision) {
    requireRevisionOf(contribution, revision);
    if (contribution.revision() != revision.number()) {
      throw new IllegalArgumentException("the contribution must carry the revision's number");
    }
    int previous = revision.number() - 1;
    tx.write(
        c -> {
          if (db.update(c, update, b -> bindUpdate(b, contribution, previous)) == 0) {
            throw unchanged(c, contribution, previous);
          }
          db.update(c, insertRevision, b -> bindRevision(b, revision));
          return null;
        },
        c ->
            findIn(c, contribution.consultationId(), contribution.id())
                .filter(stored -> stored.revision() >= revision.number())
                .isPresent());
  }

  /** Why an update changed no row: absent, another reference, or another revision. */
  private RuntimeException unchanged(Connection c, Contribution contribution, int expected)
      throws SQLException {
    Contribution stored =
        findIn(c, contribution.consultationId(), contribution.id())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "contribution.not-found",
                        "contribution " + contribution.id() + " does not exist"));
    if (!stored.reference().equals(contribution.reference())) {
      return new IllegalArgumentException("a contribution keeps its reference");
    }
    return new ConflictException(
        "contribution.stale-revision",
        "contribution "
            + stored.id()
            + " is at revision "
            + stored.revision()
            + ", not "
            + expected);
  }

  @Override
  public Optional<Contribution> find(ConsultationId consultation, ContributionId id) {
    return tx.read(c -> findIn(c, consultation, id));
  }

  private Optional<Contribution> findIn(
      Connection c, ConsultationId consultation, ContributionId id) throws SQLException {
    return db.one(
        c, find, b -> b.uuid(consultation.value()).uuid(id.value()), JdbcContributions::map);
  }

  @Override
  public Optional<Contribution> findByReference(ConsultationId consultation, Reference reference) {
    return tx.read(
        c ->
            db.one(
                c,
                findByReference,
                b -> b.uuid(consultation.value()).number(reference.number()),
                JdbcContributions::map));
  }

  @Override
  public List<Contribution> list(ConsultationId consultation, ContributionFilter filter) {
    List<Contribution> found = new ArrayList<>();
    forEach(consultation, filter, found::add);
    return List.copyOf(found);
  }

  @Override
  public void forEach(
      ConsultationId consultation,
      ContributionFilter filter,
      Consumer<? super Contribution> action) {
    Filtered query = Filtered.of(list, filter);
    tx.stream(
        c -> {
          db.stream(
              c,
              query.sql(),
              b -> {
                b.uuid(consultation.value());
                query.bind(b);
              },
              JdbcContributions::map,
              action);
          return null;
        });
  }

  @Override
  public List<Revision> revisions(ConsultationId consultation, ContributionId id) {
    return tx.read(
        c ->
            db.list(
                c,
                revisions,
                b -> b.uuid(consultation.value()).uuid(id.value()),
                JdbcContributions::mapRevision));
  }

  private static void requireRevisionOf(Contribution contribution, Revision revision) {
    if (!revision.consultationId().equals(contribution.consultationId())
        || !revision.contributionId().equals(contribution.id())) {
      throw new IllegalArgumentException("the revision belongs to another contribution");
    }
  }

  private static void bindAll(Binder b, Contribution c) throws SQLException {
    b.uuid(c.consultationId().value())
        .uuid(c.id().value())
        .number(c.reference().number())
        .uuid(c.themeId().value())
        .text(c.author().value());
    bindProvenance(b, c.provenance());
    bindRest(b, c);
  }

  private static void bindUpdate(Binder b, Contribution c, int expectedRevision)
      throws SQLException {
    b.uuid(c.themeId().value()).text(c.author().value());
    bindProvenance(b, c.provenance());
    bindRest(b, c);
    b.uuid(c.consultationId().value())
        .uuid(c.id().value())
        .number(c.reference().number())
        .integer(expectedRevision);
  }

  /** kind, on_behalf_of, workshop_id, attendee_count, organisation. */
  private static void bindProvenance(Binder b, Provenance provenance) throws SQLException {
    @Nullable String onBehalfOf = null;
    @Nullable UUID workshop = null;
    @Nullable Integer attendees = null;
    @Nullable String organisation = null;
    if (provenance instanceof Provenance.Individual individual && individual.assistance() != null) {
      onBehalfOf = individual.assistance().onBehalfOf();
    } else if (provenance instanceof Provenance.Collective collective) {
      workshop = collective.workshop().value();
      attendees = collective.attendeeCount();
    } else if (provenance instanceof Provenance.Institutional institutional) {
      organisation = institutional.organisation();
    }
    b.name(provenance.kind())
        .nullableText(onBehalfOf)
        .nullableUuid(workshop)
        .nullableInteger(attendees)
        .nullableText(organisation);
  }

  /** title … updated_at. */
  private static void bindRest(Binder b, Contribution c) throws SQLException {
    GeoPoint location = c.location();
    b.text(c.title())
        .text(c.body())
        .nullableText(c.territory())
        .nullableDecimal(location == null ? null : location.latitude())
        .nullableDecimal(location == null ? null : location.longitude())
        .name(c.status())
        .integer(c.revision())
        .instant(c.submittedAt())
        .instant(c.updatedAt());
  }

  private static void bindRevision(Binder b, Revision r) throws SQLException {
    b.uuid(r.consultationId().value())
        .uuid(r.contributionId().value())
        .integer(r.number())
        .text(r.title())
        .text(r.body())
        .text(r.editor().value())
        .text(r.note())
        .instant(r.createdAt());
  }

  static Contribution map(Row row) throws SQLException {
    Double latitude = row.nullableDecimal("latitude");
    Double longitude = row.nullableDecimal("longitude");
    return new Contribution(
        new ConsultationId(row.uuid("consultation_id")),
        new ContributionId(row.uuid("contribution_id")),
        new Reference(row.number("reference_number")),
        new ThemeId(row.uuid("theme_id")),
        ParticipantId.of(row.text("author")),
        provenance(row),
        row.text("title"),
        row.text("body"),
        row.nullableText("territory"),
        latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude),
        row.name("status", PublicationStatus.class),
        row.integer("revision"),
        row.instant("submitted_at"),
        row.instant("updated_at"));
  }

  private static Provenance provenance(Row row) throws SQLException {
    ContributionKind kind = row.name("kind", ContributionKind.class);
    switch (kind) {
      case COLLECTIVE:
        Integer attendees = row.nullableInteger("attendee_count");
        return new Provenance.Collective(
            new WorkshopId(row.uuid("workshop_id")), attendees == null ? 0 : attendees);
      case INSTITUTIONAL:
        return new Provenance.Institutional(row.text("organisation"));
      default:
        String onBehalfOf = row.nullableText("on_behalf_of");
        return new Provenance.Individual(
            onBehalfOf == null ? null : new Provenance.Assistance(onBehalfOf));
    }
  }

  private static Revision mapRevision(Row row) throws SQLException {
    return new Revision(
        new ConsultationId(row.uuid("consultation_id")),
        new ContributionId(row.uuid("contribution_id")),
        row.integer("number"),
        row.text("title"),
        row.text("body"),
        ParticipantId.of(row.text("editor")),
        row.text("note"),
        row.instant("created_at"));
  }
}
