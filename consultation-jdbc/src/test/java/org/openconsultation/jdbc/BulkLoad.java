package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Loads many rows with batched plain JDBC, committing each table, for volume tests. */
final class BulkLoad {

  private static final int BATCH = 5_000;

  private BulkLoad() {}

  /** Sets the parameters of row {@code i}. */
  @FunctionalInterface
  interface RowBinding {
    void bind(Binder binder, int i) throws SQLException;
  }

  /** Inserts {@code rows} rows with {@code sql}, in batches, then commits. */
  static void insert(Connection c, Codec codec, String sql, int rows, RowBinding binding)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < rows; i++) {
        binding.bind(new Binder(statement, codec), i);
        statement.addBatch();
        if (i % BATCH == BATCH - 1) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
    c.commit();
  }
}
