package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** Building a store, detecting its dialect, and migrating its schema (on H2). */
class JdbcStoreSetupTest {

  @Test
  void theDialectIsDetectedFromTheProductName() {
    assertThat(Dialect.ofProductName("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.ofProductName("MariaDB")).isEqualTo(Dialect.MARIADB);
    assertThat(Dialect.ofProductName("MySQL")).isEqualTo(Dialect.MARIADB);
    assertThat(Dialect.ofProductName("H2")).isEqualTo(Dialect.H2);
    assertThatThrownBy(() -> Dialect.ofProductName("Oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Oracle");
    assertThat(JdbcStore.builder(h2("detect")).build().dialect()).isEqualTo(Dialect.H2);
  }

  @Test
  void migratingTwiceAppliesNothingTheSecondTime() {
    JdbcStore store = JdbcStore.builder(h2("twice")).build();

    assertThat(store.migrate()).isEqualTo(1);
    assertThat(store.migrate()).isZero();
  }

  @Test
  void aSchemaThatAlreadyHoldsTheHostsTablesIsMigratedBesideThem() throws SQLException {
    JdbcDataSource dataSource = h2("host");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE portal_user (id INT PRIMARY KEY)");
    }

    JdbcStore store = JdbcStore.builder(dataSource).build();

    assertThat(store.migrate()).isEqualTo(1);
    assertThat(store.themes().list(new ConsultationId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void anotherTablePrefixNamesEveryTableAndTheHistory() throws SQLException {
    JdbcDataSource dataSource = h2("prefix");
    JdbcStore store = JdbcStore.builder(dataSource).tablePrefix("civic_").build();
    store.migrate();
    ConsultationId cid = new ConsultationId(UUID.randomUUID());
    Theme theme = new Theme(cid, new ThemeId(UUID.randomUUID()), "Thème", "", 0);

    store.themes().insert(theme);

    assertThat(store.themes().list(cid)).containsExactly(theme);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThat(s.executeQuery("SELECT COUNT(*) FROM civic_theme").next()).isTrue();
      assertThat(s.executeQuery("SELECT COUNT(*) FROM \"civic_schema_history\"").next()).isTrue();
    }
  }

  @Test
  void theBuilderChecksItsArguments() {
    JdbcStore.Builder builder = JdbcStore.builder(h2("arguments"));
    assertThatThrownBy(() -> builder.tablePrefix("oc; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JdbcStore.builder(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDatabaseThatCannotBeReachedIsAStorageFailure() {
    JdbcDataSource nowhere = new JdbcDataSource();
    nowhere.setURL("jdbc:h2:mem:nowhere;IFEXISTS=TRUE");

    assertThatThrownBy(() -> JdbcStore.builder(nowhere).build())
        .isInstanceOf(StorageException.class);
    JdbcStore store = JdbcStore.builder(nowhere).dialect(Dialect.H2).build();
    assertThatThrownBy(() -> store.themes().list(new ConsultationId(UUID.randomUUID())))
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:setup-" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }
}
