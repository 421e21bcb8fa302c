package org.openconsultation.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.openconsultation.jdbc.Dialect;

/**
 * One vote written by hand with the statements the engine's store runs for a first support ballot
 * without a limit, in one transaction at the store's isolation (READ COMMITTED on MariaDB, the
 * driver's default elsewhere): the reads of the checks (consultation, participant, contribution,
 * existing ballot), then the seat's lock and insert, the quota increment and the tally increment,
 * each creating its row when the update finds none.
 */
final class RawVote {

  private static final String P = Target.PREFIX;
  private static final String SEAT =
      " WHERE consultation_id = ? AND contribution_id = ? AND participant_id = ?";
  private static final String BALLOT_COLUMNS =
      "consultation_id, contribution_id, participant_id, ballot_value, cast_at, updated_at";
  private static final String CONSULTATION =
      "SELECT consultation_id, slug, title, description, organiser, locale, opens_at, closes_at,"
          + " zone, vote_mode, support_limit, moderation_mode, auto_hide_threshold, features,"
          + " results_hidden_until_close, default_ranking_rule, grade_count, published_at,"
          + " closed_early_at, close_reason, results_published_at, archived_at, terms_version,"
          + " created_at, version FROM "
          + P
          + "consultation WHERE consultation_id = ?";
  private static final String PARTICIPANT =
      "SELECT consultation_id, participant_id, display_name, kind, territory, terms_version,"
          + " registered_at FROM "
          + P
          + "participant WHERE consultation_id = ? AND participant_id = ?";
  private static final String CONTRIBUTION =
      "SELECT consultation_id, contribution_id, reference_number, theme_id, author, kind,"
          + " on_behalf_of, workshop_id, attendee_count, organisation, title, body, territory,"
          + " latitude, longitude, status, revision, submitted_at, updated_at FROM "
          + P
          + "contribution WHERE consultation_id = ? AND contribution_id = ?";
  private static final String FIND = "SELECT " + BALLOT_COLUMNS + " FROM " + P + "ballot" + SEAT;
  private static final String LOCK = FIND + " FOR UPDATE";
  private static final String INSERT =
      "INSERT INTO " + P + "ballot (" + BALLOT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
  private static final String MOVE_QUOTA =
      "UPDATE "
          + P
          + "vote_quota SET toward_limit = toward_limit + ?"
          + " WHERE consultation_id = ? AND participant_id = ?";
  private static final String CREATE_QUOTA =
      "INSERT INTO "
          + P
          + "vote_quota (consultation_id, participant_id, toward_limit) VALUES (?, ?, 0)";
  private static final String MOVE_TALLY =
      "UPDATE "
          + P
          + "tally SET supports = supports + ?, oppositions = oppositions + ?,"
          + " neutrals = neutrals + ?, grade_0 = grade_0 + ?, grade_1 = grade_1 + ?,"
          + " grade_2 = grade_2 + ?, grade_3 = grade_3 + ?, grade_4 = grade_4 + ?,"
          + " grade_5 = grade_5 + ?, grade_6 = grade_6 + ?, grade_7 = grade_7 + ?,"
          + " grade_8 = grade_8 + ?, grade_9 = grade_9 + ?"
          + " WHERE consultation_id = ? AND contribution_id = ?";
  private static final String CREATE_TALLY =
      "INSERT INTO "
          + P
          + "tally (consultation_id, contribution_id, supports, oppositions, neutrals, grade_0,"
          + " grade_1, grade_2, grade_3, grade_4, grade_5, grade_6, grade_7, grade_8, grade_9)"
          + " VALUES (?, ?, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)";

  private final Target target;
  private final DataSource pool;
  private final boolean postgres;

  RawVote(Target target) {
    this.target = target;
    this.pool = target.pool();
    this.postgres = target.dialect() == Dialect.POSTGRESQL;
  }

  /**
   * Casts a support ballot of {@code participant} on {@code contribution}, in one transaction, run
   * again after a deadlock or serialization failure with the store's backoff (5 ms doubling, at
   * most 250 ms, 5 runs).
   */
  void cast(UUID consultation, UUID contribution, String participant, Instant now)
      throws SQLException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        once(consultation, contribution, participant, now);
        return;
      } catch (SQLException e) {
        String state = e.getSQLState();
        boolean transientFailure =
            state != null && (state.startsWith("40") || e.getErrorCode() == 1213);
        if (!transientFailure || attempt >= 5) {
          throw e;
        }
        long cap = Math.min(250_000_000L, 5_000_000L << (attempt - 1));
        long nanos = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    }
  }

  private void once(UUID consultation, UUID contribution, String participant, Instant now)
      throws SQLException {
    try (Connection c = pool.getConnection()) {
      if (target.dialect() == Dialect.MARIADB
          && c.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      c.setAutoCommit(false);
      try {
        exists(c, CONSULTATION, consultation, null, null);
        exists(c, PARTICIPANT, consultation, null, participant);
        exists(c, CONTRIBUTION, consultation, contribution, null);
        exists(c, FIND, consultation, contribution, participant);
        if (!exists(c, LOCK, consultation, contribution, participant)) {
          insertBallot(c, consultation, contribution, participant, now);
        }
        if (move(c, MOVE_QUOTA, consultation, participant) == 0) {
          insertIfAbsent(c, CREATE_QUOTA, consultation, participant);
          move(c, MOVE_QUOTA, consultation, participant);
        }
        if (moveTally(c, consultation, contribution) == 0
            && !insertIfAbsent(c, CREATE_TALLY, consultation, contribution)) {
          moveTally(c, consultation, contribution);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private boolean exists(
      Connection c,
      String sql,
      UUID consultation,
      @org.jspecify.annotations.Nullable UUID contribution,
      @org.jspecify.annotations.Nullable String participant)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      target.uuid(s, i++, consultation);
      if (contribution != null) {
        target.uuid(s, i++, contribution);
      }
      if (participant != null) {
        s.setString(i, participant);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void insertBallot(
      Connection c, UUID consultation, UUID contribution, String participant, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(postgres ? INSERT + " ON CONFLICT DO NOTHING" : INSERT)) {
      target.uuid(s, 1, consultation);
      target.uuid(s, 2, contribution);
      s.setString(3, participant);
      s.setString(4, "support");
      target.instant(s, 5, now);
      target.instant(s, 6, now);
      s.executeUpdate();
    }
  }

  private int move(Connection c, String sql, UUID consultation, String participant)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, 1);
      target.uuid(s, 2, consultation);
      s.setString(3, participant);
      return s.executeUpdate();
    }
  }

  private int moveTally(Connection c, UUID consultation, UUID contribution) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(MOVE_TALLY)) {
      s.setLong(1, 1);
      for (int i = 2; i <= 13; i++) {
        s.setLong(i, 0);
      }
      target.uuid(s, 14, consultation);
      target.uuid(s, 15, contribution);
      return s.executeUpdate();
    }
  }

  private boolean insertIfAbsent(Connection c, String sql, UUID consultation, Object second)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(postgres ? sql + " ON CONFLICT DO NOTHING" : sql)) {
      target.uuid(s, 1, consultation);
      if (second instanceof UUID id) {
        target.uuid(s, 2, id);
      } else {
        s.setString(2, (String) second);
      }
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (!postgres && state != null && state.startsWith("23")) {
        return false;
      }
      throw e;
    }
  }
}
