package org.openconsultation.examples.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openconsultation.jdbc.JdbcStore;

/**
 * The portal's embedded H2 file database: a small connection pool and the JDBC store on it, its
 * schema migrated at every start. Nothing to install: the files live in one directory.
 */
final class PortalDatabase implements AutoCloseable {

  private static final String NAME = "portal";
  private static final int MAX_CONNECTIONS = 8;

  private final JdbcConnectionPool pool;
  private final JdbcStore store;

  private PortalDatabase(JdbcConnectionPool pool, JdbcStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** Opens (or creates) the database in {@code directory}, first deleting it when asked. */
  static PortalDatabase open(Path directory, boolean reset) {
    try {
      Files.createDirectories(directory);
      if (reset) {
        for (String file : List.of(NAME + ".mv.db", NAME + ".trace.db", Manifest.FILE)) {
          Files.deleteIfExists(directory.resolve(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(NAME) + ";LOCK_TIMEOUT=5000";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    JdbcStore store = JdbcStore.builder(pool).build();
    store.migrate();
    return new PortalDatabase(pool, store);
  }

  /** The store on this database. */
  JdbcStore store() {
    return store;
  }

  /** Closes every connection; H2 then closes the files. */
  @Override
  public void close() {
    pool.dispose();
  }
}
