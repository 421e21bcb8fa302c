package org.openconsultation.jdbc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** {@link JdbcStoreBehaviour} on H2. */
class H2StoreBehaviourTest extends JdbcStoreBehaviour {

  private static @Nullable TestDatabase database;

  @BeforeAll
  static void open() {
    database = TestDatabase.h2();
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
    return Objects.requireNonNull(database);
  }

  /** {@link FaultBehaviour} on this database. */
  @Nested
  class Faults extends FaultBehaviour {
    @Override
    TestDatabase database() {
      return H2StoreBehaviourTest.this.database();
    }
  }

  /** {@link EngineFaultBehaviour} on this database. */
  @Nested
  class EngineFaults extends EngineFaultBehaviour {
    @Override
    TestDatabase database() {
      return H2StoreBehaviourTest.this.database();
    }
  }
}
