package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.openconsultation.core.model.StorageException;

/**
 * The SQL dialects the JDBC store speaks. {@link JdbcStore.Builder#build()} detects it from the
 * connection's {@link java.sql.DatabaseMetaData#getDatabaseProductName() product name} unless the
 * host sets one.
 */
public enum Dialect {
  /** PostgreSQL 12 or later (and engines that speak its protocol and SQL, such as Citus). */
  POSTGRESQL("postgresql"),
  /** MariaDB 10.6 or later, and MySQL 8 or later. */
  MARIADB("mariadb"),
  /** H2 2.x, embedded or in memory. */
  H2("h2");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The classpath folder of this dialect's Flyway migrations, such as {@code
   * classpath:org/openconsultation/jdbc/migration/postgresql}.
   */
  public String migrationLocation() {
    return "classpath:org/openconsultation/jdbc/migration/" + folder;
  }

  /**
   * The dialect of a database product name as JDBC reports it: {@code PostgreSQL}, {@code MariaDB},
   * {@code MySQL} (served as {@link #MARIADB}) or {@code H2}.
   *
   * @throws IllegalArgumentException for any other product
   */
  public static Dialect ofProductName(String productName) {
    Objects.requireNonNull(productName, "productName");
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    if (name.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "unsupported database " + productName + ": expected PostgreSQL, MariaDB, MySQL or H2");
  }

  /**
   * Detects the dialect of {@code dataSource} by opening one connection.
   *
   * @throws StorageException if no connection can be opened
   * @throws IllegalArgumentException if the database is not one of the supported ones
   */
  public static Dialect detect(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      return ofProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StorageException("cannot open a connection to detect the database", e, false);
    }
  }
}
