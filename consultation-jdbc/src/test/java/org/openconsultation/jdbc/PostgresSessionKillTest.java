package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;
import org.opentest4j.TestAbortedException;

/**
 * On PostgreSQL ({@code OC_TEST_POSTGRES_URL}), the session of a transaction is killed from another
 * connection ({@code pg_terminate_backend}) halfway through: the database rolls it back, the store
 * runs it again on a fresh connection, and it takes effect exactly once.
 */
class PostgresSessionKillTest {

  private static @Nullable TestDatabase database;
  private static @Nullable TestAbortedException skipped;
  private static final ThreadLocal<Integer> BACKEND = new ThreadLocal<>();

  @BeforeAll
  static void open() {
    try {
      database = TestDatabase.postgres();
    } catch (TestAbortedException e) {
      skipped = e; // each test reports it as its reason to be skipped
    }
  }

  @AfterAll
  static void close() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @Test
  void aTransactionWhoseSessionIsKilledMidwayRunsAgainAndTakesEffectOnce() {
    TestDatabase db = available().clear();
    JdbcStore store = db.builder(recordingBackend(db.dataSource())).build();
    ConsultationId cid = new ConsultationId(UUID.randomUUID());
    ContributionId contribution = new ContributionId(UUID.randomUUID());
    AtomicInteger runs = new AtomicInteger();

    store
        .transactions()
        .run(
            () -> {
              store.ballots().put(vote(cid, contribution, "camille"), 3);
              if (runs.incrementAndGet() == 1) {
                db.admin("SELECT pg_terminate_backend(" + BACKEND.get() + ")");
              }
              store.ballots().put(vote(cid, contribution, "dominique"), 3);
            });

    assertThat(runs).hasValue(2);
    assertThat(store.ballots().tally(cid, contribution))
        .isEqualTo(new Tally(contribution, 2, 0, 0, List.of()));
    assertThat(store.ballots().countTowardLimit(cid, ParticipantId.of("camille"))).isEqualTo(1);
    assertThat(store.recount(cid).drifted()).isFalse();
  }

  private static BallotRecord vote(ConsultationId cid, ContributionId c, String participant) {
    Instant t0 = Instant.parse("2017-02-08T09:00:00Z");
    return new BallotRecord(cid, c, ParticipantId.of(participant), Ballot.support(), t0, t0);
  }

  /** Remembers, per thread, the backend process of the last connection handed out. */
  private static DataSource recordingBackend(DataSource pool) {
    return new DelegatingDataSource(pool) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection connection = pool.getConnection();
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
          rs.next();
          BACKEND.set(rs.getInt(1));
        }
        return connection;
      }
    };
  }

  private static TestDatabase available() {
    if (skipped != null) {
      throw skipped;
    }
    return java.util.Objects.requireNonNull(database);
  }
}
