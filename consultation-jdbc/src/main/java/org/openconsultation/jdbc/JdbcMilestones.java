package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.spi.MilestoneRepository;

/** Timeline milestones in {@code oc_milestone}, listed by date then id. */
final class JdbcMilestones implements MilestoneRepository {

  private static final String COLUMNS =
      "consultation_id, milestone_id, label, description, milestone_date, status";

  private final Db db;
  private final Transactor tx;
  private final RowWrites writes;
  private final String insert;
  private final String update;
  private final String find;
  private final String list;

  JdbcMilestones(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.writes = new RowWrites(db, tx);
    this.insert = db.sql("INSERT INTO {p}milestone (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}milestone SET label = ?, description = ?, milestone_date = ?, status = ?"
                + " WHERE consultation_id = ? AND milestone_id = ?");
    this.find =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}milestone WHERE consultation_id = ? AND milestone_id = ?");
    this.list =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}milestone WHERE consultation_id = ?"
                + " ORDER BY milestone_date, milestone_id");
  }

  @Override
  public void insert(Milestone milestone) {
    writes.insert(
        "milestone",
        milestone.id(),
        insert,
        b ->
            b.uuid(milestone.consultationId().value())
                .uuid(milestone.id().value())
                .text(milestone.label())
                .text(milestone.description())
                .date(milestone.date())
                .name(milestone.status()),
        c ->
            db.one(c, find, key(milestone.consultationId(), milestone.id()), JdbcMilestones::map)
                .isPresent());
  }

  @Override
  public void update(Milestone milestone) {
    writes.update(
        "milestone",
        milestone.id(),
        update,
        b ->
            b.text(milestone.label())
                .text(milestone.description())
                .date(milestone.date())
                .name(milestone.status())
                .uuid(milestone.consultationId().value())
                .uuid(milestone.id().value()),
        c ->
            db.one(c, find, key(milestone.consultationId(), milestone.id()), JdbcMilestones::map)
                .filter(milestone::equals)
                .isPresent());
  }

  @Override
  public Optional<Milestone> find(ConsultationId consultation, MilestoneId id) {
    return tx.read(c -> db.one(c, find, key(consultation, id), JdbcMilestones::map));
  }

  @Override
  public List<Milestone> list(ConsultationId consultation) {
    return tx.read(c -> db.list(c, list, b -> b.uuid(consultation.value()), JdbcMilestones::map));
  }

  private static Db.Binding key(ConsultationId consultation, MilestoneId id) {
    return b -> b.uuid(consultation.value()).uuid(id.value());
  }

  private static Milestone map(Row row) throws SQLException {
    return new Milestone(
        new ConsultationId(row.uuid("consultation_id")),
        new MilestoneId(row.uuid("milestone_id")),
        row.text("label"),
        row.text("description"),
        row.date("milestone_date"),
        row.name("status", MilestoneStatus.class));
  }
}
