package org.openconsultation.jdbc;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.testkit.ConsultationStoreContract;
import org.opentest4j.TestAbortedException;

/**
 * The whole testkit on PostgreSQL ({@code OC_TEST_POSTGRES_URL}): a schema of its own, migrated
 * once and emptied before each test.
 */
class PostgresStoreContractTest extends ConsultationStoreContract {

  private static @Nullable TestDatabase database;
  private static @Nullable TestAbortedException skipped;

  @BeforeAll
  static void createSchema() {
    try {
      database = TestDatabase.postgres();
    } catch (TestAbortedException e) {
      skipped = e; // each test reports it as its reason to be skipped
    }
  }

  @AfterAll
  static void dropSchema() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @Override
  protected ConsultationStore createStore() {
    return available().clear().store();
  }

  private static TestDatabase available() {
    if (skipped != null) {
      throw skipped;
    }
    return java.util.Objects.requireNonNull(database);
  }
}
