package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.StorageException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A server that accepts connections and never answers ({@code OC_TEST_SILENT_URL}, started by
 * {@code .ci/run}): the store fails within the driver's timeouts with a {@link StorageException}
 * that says nothing was done, instead of hanging.
 */
class SilentServerTest {

  @Test
  void aServerThatNeverAnswersIsAStorageFailureWithinTheTimeouts() {
    String url = TestDatabase.env("OC_TEST_SILENT_URL");
    assumeTrue(
        url != null,
        "OC_TEST_SILENT_URL is not set (a server that never answers): silent-server test skipped");
    PGSimpleDataSource silent = new PGSimpleDataSource();
    silent.setURL(url);
    silent.setUser("postgres");
    silent.setLoginTimeout(2);
    silent.setConnectTimeout(2);
    silent.setSocketTimeout(2);
    JdbcStore store = JdbcStore.builder(silent).dialect(Dialect.POSTGRESQL).build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> store.themes().list(new ConsultationId(UUID.randomUUID())))
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    assertThatThrownBy(() -> store.transactions().run(() -> {}))
        .isInstanceOf(StorageException.class);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }
}
