package org.openconsultation.bench.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openconsultation.jdbc.Dialect;
import org.openconsultation.jdbc.JdbcStore;

/**
 * The database a run measures: its dialect, a pool shared by the engine and the raw baseline, and
 * the store on it under the harness's own table prefix ({@value #PREFIX}).
 */
final class Target implements AutoCloseable {

  /** The table prefix of every table the harness creates, dropped at the end. */
  static final String PREFIX = "ocb_";

  private final Dialect dialect;
  private final String url;
  private final HikariDataSource pool;
  private final JdbcStore store;

  private Target(Dialect dialect, String url, String user, String password, int size) {
    this.dialect = dialect;
    this.url = url;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setPoolName("oc-bench");
    this.pool = new HikariDataSource(config);
    this.store = JdbcStore.builder(pool).dialect(dialect).tablePrefix(PREFIX).build();
  }

  /**
   * Opens {@code db} ({@code h2}, {@code postgresql} or {@code mariadb}) at {@code url}, or at the
   * local default; H2 defaults to a file under {@code scratch}. Drops the harness's tables left by
   * an earlier run, then migrates.
   */
  static Target open(
      String db, @Nullable String url, Map<String, String> env, Path scratch, int poolSize)
      throws Exception {
    String user = env.getOrDefault("OC_BENCH_USER", "");
    String password = env.getOrDefault("OC_BENCH_PASSWORD", "");
    Target target =
        switch (db) {
          case "h2" -> {
            Files.createDirectories(scratch);
            String file = scratch.resolve("load-h2").toAbsolutePath().toString();
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            yield new Target(
                Dialect.H2,
                url != null ? url : "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000",
                user.isEmpty() ? "sa" : user,
                password,
                poolSize);
          }
          case "postgresql" ->
              new Target(
                  Dialect.POSTGRESQL,
                  url != null ? url : "jdbc:postgresql://127.0.0.1:5432/test",
                  user.isEmpty() ? "postgres" : user,
                  password.isEmpty() ? env.getOrDefault("PGPASSWORD", "postgres") : password,
                  poolSize);
          case "mariadb" ->
              new Target(
                  Dialect.MARIADB,
                  url != null ? url : "jdbc:mariadb://127.0.0.1:3306/test",
                  user.isEmpty() ? "root" : user,
                  password,
                  poolSize);
          default -> throw new IllegalArgumentException("--db is h2, postgresql or mariadb");
        };
    target.dropTables();
    target.store.migrate();
    return target;
  }

  Dialect dialect() {
    return dialect;
  }

  String url() {
    return url;
  }

  HikariDataSource pool() {
    return pool;
  }

  JdbcStore store() {
    return store;
  }

  /** The database's product name and version. */
  String version() throws SQLException {
    try (Connection c = pool.getConnection()) {
      return c.getMetaData().getDatabaseProductName()
          + " "
          + c.getMetaData().getDatabaseProductVersion();
    }
  }

  /** Binds a UUID as the store does: {@code BINARY(16)} on MariaDB, a UUID elsewhere. */
  void uuid(PreparedStatement s, int index, UUID value) throws SQLException {
    if (dialect == Dialect.MARIADB) {
      s.setBytes(
          index,
          ByteBuffer.allocate(16)
              .putLong(value.getMostSignificantBits())
              .putLong(value.getLeastSignificantBits())
              .array());
    } else {
      s.setObject(index, value);
    }
  }

  /** Binds an instant as the store does. */
  void instant(PreparedStatement s, int index, Instant value) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      s.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    } else {
      s.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  /** Drops every table with the harness's prefix. */
  void dropTables() throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(true);
      var names = new java.util.ArrayList<String>();
      try (var rs =
          c.getMetaData()
              .getTables(
                  c.getCatalog(),
                  dialect == Dialect.MARIADB ? null : c.getSchema(),
                  "%",
                  new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          String schema = rs.getString("TABLE_SCHEM");
          if (name.toLowerCase(java.util.Locale.ROOT).startsWith(PREFIX)
              && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
            names.add(name);
          }
        }
      }
      try (var s = c.createStatement()) {
        if (dialect == Dialect.MARIADB) {
          s.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
        for (String name : names) {
          s.execute(
              "DROP TABLE IF EXISTS " + name + (dialect == Dialect.MARIADB ? "" : " CASCADE"));
        }
        if (dialect == Dialect.MARIADB) {
          s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
      }
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      dropTables();
    } finally {
      pool.close();
    }
  }
}
