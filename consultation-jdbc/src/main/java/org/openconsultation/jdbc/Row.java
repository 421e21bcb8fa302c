package org.openconsultation.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads the columns of the current row of a result set, converting values the dialect's way. */
final class Row {

  private final ResultSet resultSet;
  private final Codec codec;

  Row(ResultSet resultSet, Codec codec) {
    this.resultSet = resultSet;
    this.codec = codec;
  }

  UUID uuid(String column) throws SQLException {
    UUID value = nullableUuid(column);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value;
  }

  @Nullable UUID nullableUuid(String column) throws SQLException {
    return codec.getUuid(resultSet, column);
  }

  String text(String column) throws SQLException {
    String value = resultSet.getString(column);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value;
  }

  @Nullable String nullableText(String column) throws SQLException {
    return resultSet.getString(column);
  }

  long number(String column) throws SQLException {
    return resultSet.getLong(column);
  }

  int integer(String column) throws SQLException {
    return resultSet.getInt(column);
  }

  @Nullable Integer nullableInteger(String column) throws SQLException {
    int value = resultSet.getInt(column);
    return resultSet.wasNull() ? null : value;
  }

  double decimal(String column) throws SQLException {
    return resultSet.getDouble(column);
  }

  @Nullable Double nullableDecimal(String column) throws SQLException {
    double value = resultSet.getDouble(column);
    return resultSet.wasNull() ? null : value;
  }

  boolean bool(String column) throws SQLException {
    return resultSet.getBoolean(column);
  }

  Instant instant(String column) throws SQLException {
    Instant value = nullableInstant(column);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value;
  }

  @Nullable Instant nullableInstant(String column) throws SQLException {
    return codec.getInstant(resultSet, column);
  }

  LocalDate date(String column) throws SQLException {
    LocalDate value = resultSet.getObject(column, LocalDate.class);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value;
  }

  <E extends Enum<E>> E name(String column, Class<E> type) throws SQLException {
    return Enum.valueOf(type, text(column));
  }

  <E extends Enum<E>> @Nullable E nullableName(String column, Class<E> type) throws SQLException {
    String value = nullableText(column);
    return value == null ? null : Enum.valueOf(type, value);
  }
}
