package org.openconsultation.jdbc;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.testkit.ConsultationStoreContract;

/** The whole testkit on H2: a new in-memory database per test, the previous one shut down. */
class H2StoreContractTest extends ConsultationStoreContract {

  private static @Nullable TestDatabase current;

  @Override
  protected ConsultationStore createStore() {
    closeCurrent();
    TestDatabase database = TestDatabase.h2();
    current = database;
    return database.store();
  }

  @AfterAll
  static void closeCurrent() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
