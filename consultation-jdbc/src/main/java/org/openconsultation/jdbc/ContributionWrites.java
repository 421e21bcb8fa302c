package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Revision;

/**
 * Writes contributions and their revisions on the caller's connection and transaction, and looks
 * for each write's effect after a lost commit. An update names the revision it expects ({@code
 * WHERE … AND revision = ?}), so a stale one changes no row and becomes a conflict.
 */
final class ContributionWrites {

  private final Db db;
  private final String insert;
  private final String insertRevision;
  private final String update;
  private final String find;
  private final String revision;

  ContributionWrites(Db db) {
    this.db = db;
    this.insert =
        db.sql(
            "INSERT INTO {p}contribution ("
                + ContributionRows.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.insertRevision =
        db.sql(
            "INSERT INTO {p}revision ("
                + ContributionRows.REVISION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
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
                + ContributionRows.COLUMNS
                + " FROM {p}contribution WHERE consultation_id = ? AND contribution_id = ?");
    this.revision =
        db.sql(
            "SELECT "
                + ContributionRows.REVISION_COLUMNS
                + " FROM {p}revision WHERE consultation_id = ? AND contribution_id = ?"
                + " AND number = ?");
  }

  Optional<Contribution> find(Connection c, ConsultationId consultation, ContributionId id)
      throws SQLException {
    return db.one(
        c, find, b -> b.uuid(consultation.value()).uuid(id.value()), ContributionRows::map);
  }

  /**
   * Inserts the contribution and its first revision; a conflict if its id or reference is taken.
   */
  void insert(Connection c, Contribution contribution, Revision first) throws SQLException {
    if (!db.insertIfAbsent(c, insert, b -> ContributionRows.bindAll(b, contribution))) {
      throw conflictOnInsert(c, contribution);
    }
    db.update(c, insertRevision, b -> ContributionRows.bindRevision(b, first));
  }

  /** Whether the contribution is stored under its id and reference. */
  boolean isInserted(Connection c, Contribution contribution) throws SQLException {
    return find(c, contribution.consultationId(), contribution.id())
        .filter(stored -> stored.reference().equals(contribution.reference()))
        .isPresent();
  }

  /** Replaces the stored contribution if it is at revision {@code expected}. */
  void update(Connection c, Contribution contribution, int expected) throws SQLException {
    if (db.update(c, update, b -> ContributionRows.bindUpdate(b, contribution, expected)) == 0) {
      throw unchanged(c, contribution, expected);
    }
  }

  /** Whether the stored contribution has this one's status, revision and update time. */
  boolean isUpdated(Connection c, Contribution contribution) throws SQLException {
    return find(c, contribution.consultationId(), contribution.id())
        .filter(stored -> stored.status() == contribution.status())
        .filter(stored -> stored.revision() == contribution.revision())
        .filter(stored -> stored.updatedAt().equals(Codec.stored(contribution.updatedAt())))
        .isPresent();
  }

  /** Replaces the contribution at the previous revision by this one, and stores the revision. */
  void revise(Connection c, Contribution contribution, Revision revision) throws SQLException {
    update(c, contribution, revision.number() - 1);
    db.update(c, insertRevision, b -> ContributionRows.bindRevision(b, revision));
  }

  /** Whether the revision stored under this number is this one (same editor, time and text). */
  boolean isRevised(Connection c, Revision revision) throws SQLException {
    return db.one(
            c,
            this.revision,
            b ->
                b.uuid(revision.consultationId().value())
                    .uuid(revision.contributionId().value())
                    .integer(revision.number()),
            ContributionRows::mapRevision)
        .filter(stored -> stored.editor().equals(revision.editor()))
        .filter(stored -> stored.createdAt().equals(Codec.stored(revision.createdAt())))
        .filter(stored -> stored.title().equals(revision.title()))
        .filter(stored -> stored.body().equals(revision.body()))
        .isPresent();
  }

  private ConflictException conflictOnInsert(Connection c, Contribution contribution)
      throws SQLException {
    if (find(c, contribution.consultationId(), contribution.id()).isPresent()) {
      return new ConflictException(
          "contribution.duplicate", "contribution " + contribution.id() + " already exists");
    }
    return new ConflictException(
        "contribution.reference-taken", "reference " + contribution.reference() + " is taken");
  }

  /** Why an update changed no row: absent, another reference, or another revision. */
  private RuntimeException unchanged(Connection c, Contribution contribution, int expected)
      throws SQLException {
    Contribution stored =
        find(c, contribution.consultationId(), contribution.id())
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
}
