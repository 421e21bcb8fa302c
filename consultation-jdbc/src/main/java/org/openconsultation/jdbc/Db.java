package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs SQL on a given connection: binds parameters, maps rows, streams large results with a fetch
 * size, and inserts "if absent" without raising an error that would abort a PostgreSQL transaction.
 * Table names are written {@code {p}ballot} and get the store's prefix.
 */
final class Db {

  /** Rows fetched per round trip when streaming. */
  static final int FETCH_SIZE = 500;

  private final Dialect dialect;
  private final Codec codec;
  private final String prefix;

  Db(Dialect dialect, String prefix) {
    this.dialect = dialect;
    this.codec = new Codec(dialect);
    this.prefix = prefix;
  }

  /** Sets a statement's parameters. */
  @FunctionalInterface
  interface Binding {
    void bind(Binder binder) throws SQLException;
  }

  /** Maps the current row. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(Row row) throws SQLException;
  }

  Dialect dialect() {
    return dialect;
  }

  /** {@code template} with every {@code {p}} replaced by the table prefix. */
  String sql(String template) {
    return template.replace("{p}", prefix);
  }

  /** Runs an insert, update or delete and returns the number of rows it changed. */
  int update(Connection connection, String sql, Binding binding) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binding.bind(new Binder(statement, codec));
      return statement.executeUpdate();
    }
  }

  /**
   * Runs an insert and returns false instead of failing when a unique key is taken. On PostgreSQL
   * the insert says {@code ON CONFLICT DO NOTHING}, so the transaction stays usable; MariaDB and H2
   * undo only the failed statement.
   */
  boolean insertIfAbsent(Connection connection, String insert, Binding binding)
      throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      return update(connection, insert + " ON CONFLICT DO NOTHING", binding) == 1;
    }
    try {
      update(connection, insert, binding);
      return true;
    } catch (SQLException e) {
      if (Failures.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /** The first row, if any. */
  <T> Optional<T> one(Connection connection, String sql, Binding binding, Mapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binding.bind(new Binder(statement, codec));
      try (ResultSet resultSet = statement.executeQuery()) {
        return resultSet.next()
            ? Optional.of(mapper.map(new Row(resultSet, codec)))
            : Optional.empty();
      }
    }
  }

  /** A single number, such as a count. */
  long number(Connection connection, String sql, Binding binding) throws SQLException {
    return one(connection, sql, binding, row -> row.number("n")).orElse(0L);
  }

  /** Every row, as an immutable list. */
  <T> List<T> list(Connection connection, String sql, Binding binding, Mapper<T> mapper)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    stream(connection, sql, binding, mapper, rows::add);
    return Collections.unmodifiableList(rows);
  }

  /** Hands the rows one by one to {@code action}, fetching {@value #FETCH_SIZE} at a time. */
  <T> void stream(
      Connection connection,
      String sql,
      Binding binding,
      Mapper<T> mapper,
      Consumer<? super T> action)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(FETCH_SIZE);
      binding.bind(new Binder(statement, codec));
      try (ResultSet resultSet = statement.executeQuery()) {
        Row row = new Row(resultSet, codec);
        while (resultSet.next()) {
          action.accept(mapper.map(row));
        }
      }
    }
  }
}
