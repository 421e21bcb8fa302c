package org.openconsultation.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Sets the parameters of a statement in order, converting values the dialect's way. */
final class Binder {

  private final PreparedStatement statement;
  private final Codec codec;
  private int index;

  Binder(PreparedStatement statement, Codec codec) {
    this.statement = statement;
    this.codec = codec;
  }

  Binder uuid(UUID value) throws SQLException {
    codec.setUuid(statement, ++index, value);
    return this;
  }

  Binder nullableUuid(@Nullable UUID value) throws SQLException {
    if (value == null) {
      codec.setNullUuid(statement, ++index);
      return this;
    }
    return uuid(value);
  }

  Binder text(String value) throws SQLException {
    statement.setString(++index, value);
    return this;
  }

  Binder nullableText(@Nullable String value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.VARCHAR);
      return this;
    }
    return text(value);
  }

  Binder number(long value) throws SQLException {
    statement.setLong(++index, value);
    return this;
  }

  Binder integer(int value) throws SQLException {
    statement.setInt(++index, value);
    return this;
  }

  Binder nullableInteger(@Nullable Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.INTEGER);
      return this;
    }
    return integer(value);
  }

  Binder decimal(double value) throws SQLException {
    statement.setDouble(++index, value);
    return this;
  }

  Binder nullableDecimal(@Nullable Double value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.DOUBLE);
      return this;
    }
    return decimal(value);
  }

  Binder bool(boolean value) throws SQLException {
    statement.setBoolean(++index, value);
    return this;
  }

  Binder instant(Instant value) throws SQLException {
    codec.setInstant(statement, ++index, value);
    return this;
  }

  Binder nullableInstant(@Nullable Instant value) throws SQLException {
    if (value == null) {
      codec.setNullInstant(statement, ++index);
      return this;
    }
    return instant(value);
  }

  Binder date(LocalDate value) throws SQLException {
    statement.setObject(++index, value);
    return this;
  }

  Binder name(Enum<?> value) throws SQLException {
    return text(value.name());
  }

  Binder nullableName(@Nullable Enum<?> value) throws SQLException {
    return nullableText(value == null ? null : value.name());
  }
}
