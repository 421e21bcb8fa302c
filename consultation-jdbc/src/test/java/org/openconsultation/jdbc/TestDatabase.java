package org.openconsultation.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;

/**
 * A database of its own for one test class: an H2 database in memory, a fresh PostgreSQL schema, or
 * a fresh MariaDB database, migrated once, emptied before each test and dropped at the end. The
 * PostgreSQL and MariaDB servers come from {@code OC_TEST_POSTGRES_URL} and {@code
 * OC_TEST_MARIADB_URL} (with {@code _USER} and {@code _PASSWORD}); without them the tests that need
 * them are skipped with a message that says so.
 */
final class TestDatabase implements AutoCloseable {

  /** Every table of the schema, children first. */
  static final List<String> TABLES =
      List.of(
          "ballot",
          "tally",
          "vote_quota",
          "flag",
          "decision",
          "comment",
          "revision",
          "contribution",
          "reference_counter",
          "workshop_facilitator",
          "workshop_theme",
          "workshop",
          "participant",
          "milestone",
          "news_item",
          "theme",
          "consultation");

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  private final Dialect dialect;
  private final DataSource dataSource;
  private final @Nullable HikariDataSource pool;
  private final @Nullable String adminUrl;
  private final @Nullable String dropSql;
  private final String url;
  private final String user;
  private final String password;
  private final JdbcStore store;

  private TestDatabase(
      Dialect dialect,
      DataSource dataSource,
      @Nullable HikariDataSource pool,
      @Nullable String adminUrl,
      @Nullable String dropSql,
      String url,
      String user,
      String password) {
    this.dialect = dialect;
    this.url = url;
    this.dataSource = dataSource;
    this.pool = pool;
    this.adminUrl = adminUrl;
    this.dropSql = dropSql;
    this.user = user;
    this.password = password;
    this.store = JdbcStore.builder(dataSource).build();
    store.migrate();
  }

  /** A new H2 database in memory, kept until the JVM ends or {@link #close()}. */
  static TestDatabase h2() {
    return h2("jdbc:h2:mem:oc" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  /**
   * A new H2 database in a file of {@code directory}, which another JVM may open once this one has
   * {@linkplain #close() closed} it.
   */
  static TestDatabase h2File(Path directory) {
    return h2("jdbc:h2:file:" + directory.resolve("oc").toAbsolutePath());
  }

  private static TestDatabase h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    return new TestDatabase(Dialect.H2, h2, null, null, null, url, "sa", "");
  }

  /** A new schema on the PostgreSQL server of {@code OC_TEST_POSTGRES_URL}; skips without it. */
  static TestDatabase postgres() {
    String url = env("OC_TEST_POSTGRES_URL");
    assumeTrue(
        url != null,
        "OC_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test):"
            + " PostgreSQL tests skipped");
    String user = envOr("OC_TEST_POSTGRES_USER", "postgres");
    String password = envOr("OC_TEST_POSTGRES_PASSWORD", "");
    String schema = freshName();
    execute(url, user, password, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    HikariDataSource pool = pool(schemaUrl, user, password);
    return new TestDatabase(
        Dialect.POSTGRESQL,
        pool,
        pool,
        url,
        "DROP SCHEMA " + schema + " CASCADE",
        schemaUrl,
        user,
        password);
  }

  /** A new database on the MariaDB server of {@code OC_TEST_MARIADB_URL}; skips without it. */
  static TestDatabase mariadb() {
    String url = env("OC_TEST_MARIADB_URL");
    assumeTrue(
        url != null,
        "OC_TEST_MARIADB_URL is not set (e.g. jdbc:mariadb://127.0.0.1:3306/test):"
            + " MariaDB tests skipped");
    String user = envOr("OC_TEST_MARIADB_USER", "root");
    String password = envOr("OC_TEST_MARIADB_PASSWORD", "");
    String database = freshName();
    execute(url, user, password, "CREATE DATABASE " + database);
    Matcher m = Pattern.compile("(jdbc:[a-z]+://[^/?]+)(/[^?]*)?(\\?.*)?").matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot read the MariaDB URL " + url);
    }
    String databaseUrl = m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    HikariDataSource pool = pool(databaseUrl, user, password);
    return new TestDatabase(
        Dialect.MARIADB, pool, pool, url, "DROP DATABASE " + database, databaseUrl, user, password);
  }

  Dialect dialect() {
    return dialect;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL of this database (schema, database or file), for another JVM. */
  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The migrated store on this database. */
  JdbcStore store() {
    return store;
  }

  /** Another store on the same database, with its own settings. */
  JdbcStore.Builder builder(DataSource on) {
    return JdbcStore.builder(on).dialect(dialect);
  }

  /** Deletes every row, so the next test starts from an empty store. */
  TestDatabase clear() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM oc_" + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database", e);
    }
    return this;
  }

  /** Runs {@code sql} as the administrator of the server (on another connection). */
  void admin(String sql) {
    if (adminUrl == null) {
      throw new IllegalStateException("no administrator connection for " + dialect);
    }
    execute(adminUrl, user, password, sql);
  }

  @Override
  public void close() {
    if (dialect == Dialect.H2) {
      execute(dataSource, "SHUTDOWN");
    }
    if (pool != null) {
      pool.close();
    }
    if (dropSql != null && adminUrl != null) {
      execute(adminUrl, user, password, dropSql);
    }
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(40);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(30_000);
    config.setPoolName("oc-test");
    return new HikariDataSource(config);
  }

  static void execute(String url, String user, String password, String sql) {
    try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + " on " + url, e);
    }
  }

  private static void execute(DataSource on, String sql) {
    try (Connection c = on.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  private static String freshName() {
    return "oc_t_"
        + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36)
            .toLowerCase(Locale.ROOT);
  }

  static @Nullable String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? null : value;
  }

  private static String envOr(String name, String fallback) {
    String value = env(name);
    return value == null ? fallback : value;
  }
}
