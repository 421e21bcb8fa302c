package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.spi.ModerationRepository;

/**
 * Reports in {@code oc_flag} (one per reporter and content, by a unique key) and decisions in
 * {@code oc_decision}, oldest first then by id. Content is a kind ({@code CONTRIBUTION} or {@code
 * COMMENT}) and an id.
 */
final class JdbcModeration implements ModerationRepository {

  private static final String FLAG_COLUMNS =
      "consultation_id, flag_id, target_kind, target_id, reporter, reason, reported_at";
  private static final String DECISION_COLUMNS =
      "consultation_id, decision_id, target_kind, target_id, action, reason, moderator,"
          + " decided_at";

  private final Db db;
  private final Transactor tx;
  private final String insertFlag;
  private final String reported;
  private final String countFlags;
  private final String flagsOf;
  private final String flags;
  private final String insertDecision;
  private final String decisionById;
  private final String decisionsOf;
  private final String decisions;

  JdbcModeration(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.insertFlag =
        db.sql("INSERT INTO {p}flag (" + FLAG_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.reported =
        db.sql(
            "SELECT COUNT(*) AS n FROM {p}flag WHERE consultation_id = ? AND target_kind = ?"
                + " AND target_id = ? AND reporter = ?");
    this.countFlags =
        db.sql(
            "SELECT COUNT(*) AS n FROM {p}flag WHERE consultation_id = ? AND target_kind = ?"
                + " AND target_id = ?");
    this.flagsOf =
        db.sql(
            "SELECT "
                + FLAG_COLUMNS
                + " FROM {p}flag WHERE consultation_id = ? AND target_kind = ? AND target_id = ?"
                + " ORDER BY reported_at, flag_id");
    this.flags =
        db.sql(
            "SELECT "
                + FLAG_COLUMNS
                + " FROM {p}flag WHERE consultation_id = ? ORDER BY reported_at, flag_id");
    this.insertDecision =
        db.sql(
            "INSERT INTO {p}decision (" + DECISION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    this.decisionById =
        db.sql(
            "SELECT COUNT(*) AS n FROM {p}decision WHERE consultation_id = ? AND decision_id = ?");
    this.decisionsOf =
        db.sql(
            "SELECT "
                + DECISION_COLUMNS
                + " FROM {p}decision WHERE consultation_id = ? AND target_kind = ?"
                + " AND target_id = ? ORDER BY decided_at, decision_id");
    this.decisions =
        db.sql(
            "SELECT "
                + DECISION_COLUMNS
                + " FROM {p}decision WHERE consultation_id = ? ORDER BY decided_at, decision_id");
  }

  @Override
  public boolean insertFlag(Flag flag) {
    // The reporter's flag on the target: this one, or an earlier one that makes it a repeat.
    Db.Binding byReporter =
        b ->
            target(b.uuid(flag.consultationId().value()), flag.target())
                .text(flag.reporter().value());
    return tx.write(
        c -> {
          boolean inserted =
              db.insertIfAbsent(
                  c,
                  insertFlag,
                  b ->
                      target(
                              b.uuid(flag.consultationId().value()).uuid(flag.id().value()),
                              flag.target())
                          .text(flag.reporter().value())
                          .text(flag.reason())
                          .instant(flag.reportedAt()));
          if (inserted) {
            return true;
          }
          if (db.number(c, reported, byReporter) > 0) {
            return false;
          }
          throw new ConflictException("flag.duplicate", "flag " + flag.id() + " already exists");
        },
        c -> db.number(c, reported, byReporter) > 0);
  }

  @Override
  public long countFlags(ConsultationId consultation, ContentRef target) {
    return tx.read(
        c -> db.number(c, countFlags, b -> target(b.uuid(consultation.value()), target)));
  }

  @Override
  public List<Flag> flags(ConsultationId consultation, ContentRef target) {
    return tx.read(
        c ->
            db.list(
                c,
                flagsOf,
                b -> target(b.uuid(consultation.value()), target),
                JdbcModeration::mapFlag));
  }

  @Override
  public List<Flag> flags(ConsultationId consultation) {
    return tx.read(
        c -> db.list(c, flags, b -> b.uuid(consultation.value()), JdbcModeration::mapFlag));
  }

  @Override
  public void insertDecision(ModerationDecision decision) {
    ConsultationId cid = decision.consultationId();
    tx.write(
        c -> {
          boolean inserted =
              db.insertIfAbsent(
                  c,
                  insertDecision,
                  b ->
                      target(b.uuid(cid.value()).uuid(decision.id().value()), decision.target())
                          .name(decision.action())
                          .text(decision.reason())
                          .nullableText(
                              decision.moderator() == null ? null : decision.moderator().value())
                          .instant(decision.decidedAt()));
          if (!inserted) {
            throw new ConflictException(
                "decision.duplicate", "decision " + decision.id() + " already exists");
          }
          return null;
        },
        c -> db.number(c, decisionById, b -> b.uuid(cid.value()).uuid(decision.id().value())) > 0);
  }

  @Override
  public List<ModerationDecision> decisions(ConsultationId consultation, ContentRef target) {
    return tx.read(
        c ->
            db.list(
                c,
                decisionsOf,
                b -> target(b.uuid(consultation.value()), target),
                JdbcModeration::mapDecision));
  }

  @Override
  public List<ModerationDecision> decisions(ConsultationId consultation) {
    return tx.read(
        c -> db.list(c, decisions, b -> b.uuid(consultation.value()), JdbcModeration::mapDecision));
  }

  private static Binder target(Binder b, ContentRef target) throws SQLException {
    if (target instanceof ContentRef.OfComment comment) {
      return b.text("COMMENT").uuid(comment.id().value());
    }
    return b.text("CONTRIBUTION").uuid(((ContentRef.OfContribution) target).id().value());
  }

  private static ContentRef target(Row row) throws SQLException {
    UUID id = row.uuid("target_id");
    return "COMMENT".equals(row.text("target_kind"))
        ? ContentRef.of(new CommentId(id))
        : ContentRef.of(new ContributionId(id));
  }

  private static Flag mapFlag(Row row) throws SQLException {
    return new Flag(
        new ConsultationId(row.uuid("consultation_id")),
        new FlagId(row.uuid("flag_id")),
        target(row),
        ParticipantId.of(row.text("reporter")),
        row.text("reason"),
        row.instant("reported_at"));
  }

  private static ModerationDecision mapDecision(Row row) throws SQLException {
    String moderator = row.nullableText("moderator");
    return new ModerationDecision(
        new ConsultationId(row.uuid("consultation_id")),
        new DecisionId(row.uuid("decision_id")),
        target(row),
        row.name("action", ModerationAction.class),
        row.text("reason"),
        moderator == null ? null : ParticipantId.of(moderator),
        row.instant("decided_at"));
  }
}
