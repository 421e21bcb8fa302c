package org.openconsultation.jdbc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
