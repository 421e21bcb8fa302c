package org.openconsultation.jdbc;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.opentest4j.TestAbortedException;

/** {@link JdbcStoreBehaviour} on Postgres. */
class PostgresStoreBehaviourTest extends JdbcStoreBehaviour {

  private static @Nullable TestDatabase database;
  private static @Nullable TestAbortedException skipped;

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

  @Override
  TestDatabase database() {
    return available();
  }

  private static TestDatabase available() {
    if (skipped != null) {
      throw skipped;
    }
    return java.util.Objects.requireNonNull(database);
  }

  /** {@link FaultBehaviour} on this database. */
  @Nested
  class Faults extends FaultBehaviour {
    @Override
    TestDatabase database() {
      return PostgresStoreBehaviourTest.this.database();
    }
  }

  /** {@link EngineFaultBehaviour} on this database. */
  @Nested
  class EngineFaults extends EngineFaultBehaviour {
    @Override
    TestDatabase database() {
      return PostgresStoreBehaviourTest.this.database();
    }
  }
}
