package org.openconsultation.jdbc;

import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * The reads that exports stream over a whole consultation in one query each, in reference order:
 * revisions joined to their contribution, and contributions joined to their tally. One cursor at a
 * time, so MariaDB streams them too (its driver buffers an open result when another query runs).
 */
final class ContributionStreams {

  private final Db db;
  private final Transactor tx;
  private final String revisions;
  private final String withTallies;

  ContributionStreams(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.revisions =
        db.sql(
            "SELECT "
                + qualified("r", ContributionRows.REVISION_COLUMNS)
                + ", c.reference_number"
                + " FROM {p}revision r JOIN {p}contribution c"
                + " ON c.consultation_id = r.consultation_id"
                + " AND c.contribution_id = r.contribution_id"
                + " WHERE c.consultation_id = ? ORDER BY c.reference_number, r.number");
    StringJoiner counters = new StringJoiner(", ");
    for (String column : Ballots.TALLY_COLUMNS) {
      counters.add("COALESCE(t." + column + ", 0) AS " + column);
    }
    this.withTallies =
        db.sql(
            "SELECT "
                + qualified("c", ContributionRows.COLUMNS)
                + ", "
                + counters
                + " FROM {p}contribution c LEFT JOIN {p}tally t"
                + " ON t.consultation_id = c.consultation_id"
                + " AND t.contribution_id = c.contribution_id"
                + " WHERE c.consultation_id = ? ORDER BY c.reference_number");
  }

  /** Revisions of the selected contributions, by reference number then revision number. */
  void forEachRevision(
      ConsultationId consultation,
      ContributionFilter filter,
      BiConsumer<? super Reference, ? super Revision> action) {
    stream(
        revisions,
        consultation,
        filter,
        row ->
            new Cited(
                new Reference(row.number("reference_number")), ContributionRows.mapRevision(row)),
        cited -> action.accept(cited.reference(), cited.revision()));
  }

  /** The selected contributions by reference number, each with its tally. */
  void forEachWithTally(
      ConsultationId consultation,
      ContributionFilter filter,
      BiConsumer<? super Contribution, ? super Tally> action) {
    stream(
        withTallies,
        consultation,
        filter,
        row -> {
          Contribution c = ContributionRows.map(row);
          return new Counted(c, Ballots.tally(c.id(), Ballots.counts(row)));
        },
        counted -> action.accept(counted.contribution(), counted.tally()));
  }

  private <T> void stream(
      String sql,
      ConsultationId consultation,
      ContributionFilter filter,
      Db.Mapper<T> mapper,
      Consumer<? super T> action) {
    // The filter's conditions name contribution columns that the joined table does not have.
    Filtered query = Filtered.of(sql, filter);
    tx.stream(
        c -> {
          db.stream(
              c,
              query.sql(),
              b -> {
                b.uuid(consultation.value());
                query.bind(b);
              },
              mapper,
              action);
          return null;
        });
  }

  private static String qualified(String alias, String columns) {
    StringJoiner out = new StringJoiner(", ");
    for (String column : columns.split(",")) {
      out.add(alias + "." + column.strip());
    }
    return out.toString();
  }

  private record Counted(Contribution contribution, Tally tally) {}

  private record Cited(Reference reference, Revision revision) {}
}
