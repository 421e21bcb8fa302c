package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.Lifecycle;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.spi.ConsultationRepository;

/**
 * Consultations in {@code oc_consultation}, listed newest first then by id. Updates are optimistic:
 * {@code UPDATE … WHERE version = ?} changes nothing when someone else updated first.
 */
final class JdbcConsultations implements ConsultationRepository {

  private static final String COLUMNS =
      "consultation_id, slug, title, description, organiser, locale, opens_at, closes_at, zone,"
          + " vote_mode, support_limit, moderation_mode, auto_hide_threshold, features,"
          + " results_hidden_until_close, default_ranking_rule, grade_count, published_at,"
          + " closed_early_at, close_reason, results_published_at, archived_at, terms_version,"
          + " created_at, version";

  private final Db db;
  private final Transactor tx;
  private final String insert;
  private final String update;
  private final String find;
  private final String findBySlug;
  private final String list;

  JdbcConsultations(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.insert =
        db.sql(
            "INSERT INTO {p}consultation ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}consultation SET slug = ?, title = ?, description = ?, organiser = ?,"
                + " locale = ?, opens_at = ?, closes_at = ?, zone = ?, vote_mode = ?,"
                + " support_limit = ?, moderation_mode = ?, auto_hide_threshold = ?,"
                + " features = ?, results_hidden_until_close = ?, default_ranking_rule = ?,"
                + " grade_count = ?, published_at = ?, closed_early_at = ?, close_reason = ?,"
                + " results_published_at = ?, archived_at = ?, terms_version = ?,"
                + " created_at = ?, version = ?"
                + " WHERE consultation_id = ? AND version = ?");
    this.find = db.sql("SELECT " + COLUMNS + " FROM {p}consultation WHERE consultation_id = ?");
    this.findBySlug = db.sql("SELECT " + COLUMNS + " FROM {p}consultation WHERE slug = ?");
    this.list =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}consultation ORDER BY created_at DESC, consultation_id");
  }

  @Override
  public void insert(Consultation consultation) {
    tx.write(
        c -> {
          boolean inserted =
              db.insertIfAbsent(
                  c,
                  insert,
                  b -> {
                    b.uuid(consultation.id().value());
                    bindState(b, consultation);
                  });
          if (!inserted) {
            throw conflictOnInsert(c, consultation);
          }
          return null;
        },
        c ->
            db.one(c, find, b -> b.uuid(consultation.id().value()), this::map)
                .filter(stored -> stored.version() == consultation.version())
                .isPresent());
  }

  private ConflictException conflictOnInsert(Connection c, Consultation consultation)
      throws SQLException {
    if (db.one(c, find, b -> b.uuid(consultation.id().value()), this::map).isPresent()) {
      return new ConflictException(
          "consultation.duplicate", "consultation " + consultation.id() + " already exists");
    }
    return slugTaken(consultation.slug());
  }

  private static ConflictException slugTaken(String slug) {
    return new ConflictException(
        "consultation.slug-taken", "another consultation has the slug " + slug);
  }

  @Override
  public void update(Consultation consultation) {
    tx.write(
        c -> {
          Optional<Consultation> stored =
              db.one(c, find, b -> b.uuid(consultation.id().value()), this::map);
          if (stored.isEmpty()) {
            throw notFound(consultation);
          }
          String slug = consultation.slug();
          if (!stored.get().slug().equals(slug)
              && db.one(c, findBySlug, b -> b.text(slug), this::map).isPresent()) {
            throw slugTaken(slug);
          }
          int changed;
          try {
            changed =
                db.update(
                    c,
                    update,
                    b -> {
                      bindState(b, consultation);
                      b.uuid(consultation.id().value()).number(consultation.version() - 1);
                    });
          } catch (SQLException e) {
            if (Failures.isUniqueViolation(e)) {
              throw slugTaken(slug);
            }
            throw e;
          }
          if (changed == 0) {
            long version =
                db.one(c, find, b -> b.uuid(consultation.id().value()), this::map)
                    .orElseThrow(() -> notFound(consultation))
                    .version();
            throw new ConflictException(
                "consultation.stale-version",
                "consultation "
                    + consultation.id()
                    + " is at version "
                    + version
                    + ", not "
                    + (consultation.version() - 1));
          }
          return null;
        },
        c ->
            db.one(c, find, b -> b.uuid(consultation.id().value()), this::map)
                .filter(stored -> stored.version() == consultation.version())
                .isPresent());
  }

  private static NotFoundException notFound(Consultation consultation) {
    return new NotFoundException(
        "consultation.not-found", "consultation " + consultation.id() + " does not exist");
  }

  @Override
  public Optional<Consultation> find(ConsultationId id) {
    return tx.read(c -> db.one(c, find, b -> b.uuid(id.value()), this::map));
  }

  @Override
  public Optional<Consultation> findBySlug(String slug) {
    return tx.read(c -> db.one(c, findBySlug, b -> b.text(slug), this::map));
  }

  @Override
  public List<Consultation> list() {
    return tx.read(c -> db.list(c, list, b -> {}, this::map));
  }

  /** Binds every column but the id, in {@link #COLUMNS} order. */
  private static void bindState(Binder b, Consultation c) throws SQLException {
    ConsultationSettings s = c.settings();
    Lifecycle l = c.lifecycle();
    b.text(c.slug())
        .text(c.title())
        .text(c.description())
        .text(c.organiser().value())
        .text(c.locale().toLanguageTag())
        .instant(c.schedule().opensAt())
        .instant(c.schedule().closesAt())
        .text(c.schedule().zone().getId())
        .name(s.voteMode())
        .integer(s.supportLimit())
        .name(s.moderationMode())
        .integer(s.autoHideThreshold())
        .text(features(s.features()))
        .bool(s.resultsHiddenUntilClose())
        .text(s.defaultRankingRule())
        .integer(s.gradeCount())
        .nullableInstant(l.publishedAt())
        .nullableInstant(l.closedEarlyAt())
        .nullableText(l.closeReason())
        .nullableInstant(l.resultsPublishedAt())
        .nullableInstant(l.archivedAt())
        .text(c.termsVersion())
        .instant(c.createdAt())
        .number(c.version());
  }

  private static String features(Set<Feature> features) {
    return features.isEmpty()
        ? ""
        : EnumSet.copyOf(features).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<Feature> features(String names) {
    return names.isEmpty()
        ? Set.of()
        : Arrays.stream(names.split(",")).map(Feature::valueOf).collect(Collectors.toSet());
  }

  private Consultation map(Row row) throws SQLException {
    return new Consultation(
        new ConsultationId(row.uuid("consultation_id")),
        row.text("slug"),
        row.text("title"),
        row.text("description"),
        ParticipantId.of(row.text("organiser")),
        Locale.forLanguageTag(row.text("locale")),
        new Schedule(
            row.instant("opens_at"), row.instant("closes_at"), ZoneId.of(row.text("zone"))),
        new ConsultationSettings(
            row.name("vote_mode", VoteMode.class),
            row.integer("support_limit"),
            row.name("moderation_mode", ModerationMode.class),
            row.integer("auto_hide_threshold"),
            features(row.text("features")),
            row.bool("results_hidden_until_close"),
            row.text("default_ranking_rule"),
            row.integer("grade_count")),
        new Lifecycle(
            row.nullableInstant("published_at"),
            row.nullableInstant("closed_early_at"),
            row.nullableText("close_reason"),
            row.nullableInstant("results_published_at"),
            row.nullableInstant("archived_at")),
        row.text("terms_version"),
        row.instant("created_at"),
        row.number("version"));
  }
}
