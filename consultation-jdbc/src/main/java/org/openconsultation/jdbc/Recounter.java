package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/**
 * Compares the stored tallies and limit counters with a recount of the ballots, and repairs them on
 * request. Each repair runs in its own short transaction that first locks the counter row, then
 * recounts what it covers: a vote committed meanwhile either finished before (and is recounted) or
 * waits for the lock (and moves the repaired counter afterwards), so a repair never loses a vote.
 */
final class Recounter {

  private final Db db;
  private final Transactor tx;
  private final JdbcBallots ballots;
  private final String storedLimits;
  private final String countedLimits;
  private final String createTally;
  private final String lockTally;
  private final String storedTally;
  private final String recountContribution;
  private final String setTally;
  private final String createQuota;
  private final String lockQuota;
  private final String storedQuota;
  private final String recountParticipant;
  private final String setQuota;

  Recounter(Db db, Transactor tx, JdbcBallots ballots) {
    this.db = db;
    this.tx = tx;
    this.ballots = ballots;
    this.storedLimits =
        db.sql(
            "SELECT participant_id, toward_limit AS n FROM {p}vote_quota"
                + " WHERE consultation_id = ? AND toward_limit <> 0");
    this.countedLimits =
        db.sql(
            "SELECT participant_id, COUNT(*) AS n FROM {p}ballot WHERE consultation_id = ?"
                + " AND ballot_value IN ("
                + Ballots.COUNTED_VALUES
                + ") GROUP BY participant_id");
    String columns = String.join(", ", Ballots.TALLY_COLUMNS);
    this.createTally =
        db.sql(
            "INSERT INTO {p}tally (consultation_id, contribution_id, "
                + columns
                + ") VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)");
    String tally = " FROM {p}tally WHERE consultation_id = ? AND contribution_id = ?";
    this.lockTally = db.sql("SELECT supports" + tally + " FOR UPDATE");
    this.storedTally = db.sql("SELECT " + columns + tally);
    this.recountContribution =
        db.sql(
            "SELECT ballot_value, COUNT(*) AS n FROM {p}ballot"
                + " WHERE consultation_id = ? AND contribution_id = ? GROUP BY ballot_value");
    this.setTally =
        db.sql(
            "UPDATE {p}tally SET "
                + String.join(" = ?, ", Ballots.TALLY_COLUMNS)
                + " = ? WHERE consultation_id = ? AND contribution_id = ?");
    this.createQuota =
        db.sql(
            "INSERT INTO {p}vote_quota (consultation_id, participant_id, toward_limit)"
                + " VALUES (?, ?, 0)");
    this.storedQuota =
        db.sql(
            "SELECT toward_limit FROM {p}vote_quota WHERE consultation_id = ?"
                + " AND participant_id = ?");
    this.lockQuota = storedQuota + " FOR UPDATE";
    this.recountParticipant =
        db.sql(
            "SELECT COUNT(*) AS n FROM {p}ballot WHERE consultation_id = ? AND participant_id = ?"
                + " AND ballot_value IN ("
                + Ballots.COUNTED_VALUES
                + ")");
    this.setQuota =
        db.sql(
            "UPDATE {p}vote_quota SET toward_limit = ?"
                + " WHERE consultation_id = ? AND participant_id = ?");
  }

  DriftReport recount(ConsultationId consultation, boolean repair) {
    Map<ContributionId, Tally> stored = new HashMap<>();
    ballots.forEachTally(consultation, t -> stored.put(t.contributionId(), t));
    Map<ContributionId, Tally> recounted = ballots.recount(consultation);
    List<DriftReport.TallyDrift> tallies = new ArrayList<>();
    Set<ContributionId> contributions =
        new TreeSet<>((a, b) -> a.value().toString().compareTo(b.value().toString()));
    contributions.addAll(stored.keySet());
    contributions.addAll(recounted.keySet());
    for (ContributionId id : contributions) {
      Tally before = stored.getOrDefault(id, Tally.empty(id));
      Tally after = recounted.getOrDefault(id, Tally.empty(id));
      if (!before.equals(after)) {
        tallies.add(new DriftReport.TallyDrift(id, before, after));
      }
    }
    Map<String, Long> storedLimits = limits(consultation, this.storedLimits);
    Map<String, Long> countedLimits = limits(consultation, this.countedLimits);
    List<DriftReport.LimitDrift> limits = new ArrayList<>();
    for (String participant : new TreeSet<>(union(storedLimits, countedLimits))) {
      long before = storedLimits.getOrDefault(participant, 0L);
      long after = countedLimits.getOrDefault(participant, 0L);
      if (before != after) {
        limits.add(new DriftReport.LimitDrift(ParticipantId.of(participant), before, after));
      }
    }
    if (repair) {
      tallies.forEach(drift -> repairTally(consultation, drift.contribution()));
      limits.forEach(drift -> repairLimit(consultation, drift.participant()));
    }
    return new DriftReport(consultation, tallies, limits, repair);
  }

  private static Set<String> union(Map<String, Long> a, Map<String, Long> b) {
    Set<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private Map<String, Long> limits(ConsultationId consultation, String sql) {
    Map<String, Long> counts = new HashMap<>();
    tx.stream(
        c -> {
          db.stream(
              c,
              sql,
              b -> b.uuid(consultation.value()),
              row -> Map.entry(row.text("participant_id"), row.number("n")),
              e -> counts.put(e.getKey(), e.getValue()));
          return null;
        });
    return counts;
  }

  /** After a lost commit, found if the stored tally equals its recount. */
  private void repairTally(ConsultationId consultation, ContributionId contribution) {
    Db.Binding key = b -> b.uuid(consultation.value()).uuid(contribution.value());
    tx.write(
        c -> {
          db.insertIfAbsent(c, createTally, key);
          db.one(c, lockTally, key, row -> row.number("supports"));
          set(c, setTally, recount(c, key), key);
          return null;
        },
        c ->
            Arrays.equals(
                db.one(c, storedTally, key, Ballots::counts).orElse(new long[0]), recount(c, key)));
  }

  private long[] recount(Connection c, Db.Binding key) throws SQLException {
    long[] counts = new long[Ballots.TALLY_COLUMNS.length];
    db.stream(
        c,
        recountContribution,
        key,
        row -> Map.entry(Ballots.column(Ballots.parse(row.text("ballot_value"))), row.number("n")),
        e -> counts[e.getKey()] += e.getValue());
    return counts;
  }

  /** After a lost commit, found if the stored limit counter equals its recount. */
  private void repairLimit(ConsultationId consultation, ParticipantId participant) {
    Db.Binding key = b -> b.uuid(consultation.value()).text(participant.value());
    tx.write(
        c -> {
          db.insertIfAbsent(c, createQuota, key);
          db.one(c, lockQuota, key, row -> row.number("toward_limit"));
          long counted = db.number(c, recountParticipant, key);
          set(c, setQuota, new long[] {counted}, key);
          return null;
        },
        c ->
            db.one(c, storedQuota, key, row -> row.number("toward_limit")).orElse(-1L)
                == db.number(c, recountParticipant, key));
  }

  private void set(Connection c, String sql, long[] values, Db.Binding key) throws SQLException {
    db.update(
        c,
        sql,
        b -> {
          for (long value : values) {
            b.number(value);
          }
          key.bind(b);
        });
  }
}
