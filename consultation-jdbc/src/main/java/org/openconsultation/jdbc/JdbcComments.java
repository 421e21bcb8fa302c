package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.spi.CommentRepository;

/**
 * Comments in {@code oc_comment}, oldest first then by id; lists and streams select the wanted
 * statuses in SQL ({@code status IN (…)}).
 */
final class JdbcComments implements CommentRepository {

  private static final String COLUMNS =
      "consultation_id, comment_id, contribution_id, parent_id, author, body, stance, status,"
          + " posted_at";

  private final Db db;
  private final Transactor tx;
  private final RowWrites writes;
  private final String insert;
  private final String update;
  private final String find;
  private final String byContribution;
  private final String byConsultation;

  JdbcComments(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.writes = new RowWrites(db, tx);
    this.insert =
        db.sql("INSERT INTO {p}comment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}comment SET contribution_id = ?, parent_id = ?, author = ?, body = ?,"
                + " stance = ?, status = ?, posted_at = ?"
                + " WHERE consultation_id = ? AND comment_id = ?");
    this.find =
        db.sql(
            "SELECT " + COLUMNS + " FROM {p}comment WHERE consultation_id = ? AND comment_id = ?");
    this.byContribution =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}comment WHERE consultation_id = ? AND contribution_id = ?"
                + " ORDER BY posted_at, comment_id");
    this.byConsultation =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}comment WHERE consultation_id = ? ORDER BY posted_at, comment_id");
  }

  @Override
  public void insert(Comment comment) {
    writes.insert(
        "comment",
        comment.id(),
        insert,
        b -> bindAll(b, comment),
        c -> db.one(c, find, key(comment.consultationId(), comment.id()), this::map).isPresent());
  }

  @Override
  public void update(Comment comment) {
    writes.update(
        "comment",
        comment.id(),
        update,
        b ->
            b.uuid(comment.contributionId().value())
                .nullableUuid(comment.parent() == null ? null : comment.parent().value())
                .text(comment.author().value())
                .text(comment.body())
                .nullableName(comment.stance())
                .name(comment.status())
                .instant(comment.postedAt())
                .uuid(comment.consultationId().value())
                .uuid(comment.id().value()),
        c ->
            db.one(c, find, key(comment.consultationId(), comment.id()), this::map)
                .filter(stored -> stored.status() == comment.status())
                .filter(stored -> stored.body().equals(comment.body()))
                .isPresent());
  }

  @Override
  public Optional<Comment> find(ConsultationId consultation, CommentId id) {
    return tx.read(c -> db.one(c, find, key(consultation, id), this::map));
  }

  @Override
  public List<Comment> list(
      ConsultationId consultation, ContributionId contribution, Set<PublicationStatus> statuses) {
    Filtered query = Filtered.byStatus(byContribution, statuses);
    return tx.read(
        c ->
            db.list(
                c,
                query.sql(),
                b -> {
                  b.uuid(consultation.value()).uuid(contribution.value());
                  query.bind(b);
                },
                this::map));
  }

  @Override
  public void forEach(
      ConsultationId consultation,
      Set<PublicationStatus> statuses,
      Consumer<? super Comment> action) {
    Filtered query = Filtered.byStatus(byConsultation, statuses);
    tx.stream(
        c -> {
          db.stream(
              c,
              query.sql(),
              b -> {
                b.uuid(consultation.value());
                query.bind(b);
              },
              this::map,
              action);
          return null;
        });
  }

  private static void bindAll(Binder b, Comment comment) throws SQLException {
    b.uuid(comment.consultationId().value())
        .uuid(comment.id().value())
        .uuid(comment.contributionId().value())
        .nullableUuid(comment.parent() == null ? null : comment.parent().value())
        .text(comment.author().value())
        .text(comment.body())
        .nullableName(comment.stance())
        .name(comment.status())
        .instant(comment.postedAt());
  }

  private static Db.Binding key(ConsultationId consultation, CommentId id) {
    return b -> b.uuid(consultation.value()).uuid(id.value());
  }

  private Comment map(Row row) throws SQLException {
    java.util.UUID parent = row.nullableUuid("parent_id");
    return new Comment(
        new ConsultationId(row.uuid("consultation_id")),
        new CommentId(row.uuid("comment_id")),
        new ContributionId(row.uuid("contribution_id")),
        parent == null ? null : new CommentId(parent),
        ParticipantId.of(row.text("author")),
        row.text("body"),
        row.nullableName("stance", Stance.class),
        row.name("status", PublicationStatus.class),
        row.instant("posted_at"));
  }
}
