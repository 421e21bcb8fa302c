package org.openconsultation.jdbc;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a dialect stores UUIDs and instants: PostgreSQL {@code uuid} and {@code timestamptz}; H2
 * {@code UUID} and {@code TIMESTAMP(6)} in UTC; MariaDB {@code BINARY(16)} (big-endian, so byte
 * order is UUID order) and {@code DATETIME(6)} in UTC. Instants keep microseconds: a finer part is
 * dropped before writing, the same way on every database.
 */
final class Codec {

  private final Dialect dialect;

  Codec(Dialect dialect) {
    this.dialect = dialect;
  }

  /** What an instant reads back as: truncated to the microsecond. */
  static Instant stored(Instant value) {
    return value.truncatedTo(ChronoUnit.MICROS);
  }

  void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
    if (dialect == Dialect.MARIADB) {
      statement.setBytes(index, bytes(value));
    } else {
      statement.setObject(index, value);
    }
  }

  void setNullUuid(PreparedStatement statement, int index) throws SQLException {
    statement.setNull(index, dialect == Dialect.MARIADB ? Types.BINARY : Types.OTHER);
  }

  @Nullable UUID getUuid(ResultSet resultSet, String column) throws SQLException {
    if (dialect == Dialect.MARIADB) {
      byte[] bytes = resultSet.getBytes(column);
      return bytes == null ? null : uuid(bytes);
    }
    return resultSet.getObject(column, UUID.class);
  }

  void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    Instant micros = stored(value);
    if (dialect == Dialect.POSTGRESQL) {
      statement.setObject(index, OffsetDateTime.ofInstant(micros, ZoneOffset.UTC));
    } else {
      statement.setObject(index, LocalDateTime.ofInstant(micros, ZoneOffset.UTC));
    }
  }

  void setNullInstant(PreparedStatement statement, int index) throws SQLException {
    statement.setNull(
        index, dialect == Dialect.POSTGRESQL ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP);
  }

  @Nullable Instant getInstant(ResultSet resultSet, String column) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
    LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  static byte[] bytes(UUID value) {
    return ByteBuffer.allocate(16)
        .putLong(value.getMostSignificantBits())
        .putLong(value.getLeastSignificantBits())
        .array();
  }

  static UUID uuid(byte[] bytes) {
    if (bytes.length != 16) {
      throw new IllegalArgumentException("a UUID has 16 bytes, not " + bytes.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
