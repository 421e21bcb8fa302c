package org.openconsultation.jdbc;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.mariadb.jdbc.MariaDbDataSource;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JVM that {@link StreamingMemoryTest} starts with a small heap: opens a {@link JdbcStore} on
 * the database its arguments name ({@code <dialect> <url> <consultation id> [streams]}; user and
 * password in {@code OC_STREAM_USER} and {@code OC_STREAM_PASSWORD}), streams the consultation's
 * rows through each {@code forEach…} method (or those named, comma-separated) with a consumer that
 * only counts, and prints one line per stream ({@code ballots=300000 in 1234 ms}) and the heap's
 * peak.
 */
final class StreamingChild {

  private static @Nullable Set<String> only;

  private StreamingChild() {}

  public static void main(String[] args) throws SQLException {
    Dialect dialect = Dialect.valueOf(args[0]);
    DataSource dataSource = dataSource(dialect, args[1]);
    ConsultationId cid = new ConsultationId(UUID.fromString(args[2]));
    JdbcStore store = JdbcStore.builder(dataSource).dialect(dialect).build();
    only = args.length > 3 ? Set.of(args[3].split(",")) : null;
    count("ballots", each -> store.ballots().forEachBallot(cid, each));
    count(
        "contributions",
        each -> store.contributions().forEach(cid, ContributionFilter.all(), each));
    count(
        "comments",
        each -> store.comments().forEach(cid, EnumSet.allOf(PublicationStatus.class), each));
    count("tallies", each -> store.ballots().forEachTally(cid, each));
    count("participants", each -> store.participants().forEach(cid, each));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(
        "heap: max " + mebibytes(Runtime.getRuntime().maxMemory()) + ", peak " + mebibytes(peak));
  }

  private static void count(String what, Consumer<Consumer<Object>> stream) {
    if (only != null && !only.contains(what)) {
      return;
    }
    AtomicLong rows = new AtomicLong();
    long start = System.nanoTime();
    stream.accept(row -> rows.incrementAndGet());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(what + "=" + rows.get() + " in " + millis + " ms");
  }

  private static String mebibytes(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  static DataSource dataSource(Dialect dialect, String url) throws SQLException {
    String user = System.getenv("OC_STREAM_USER");
    String password = System.getenv("OC_STREAM_PASSWORD");
    switch (dialect) {
      case POSTGRESQL:
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(user);
        postgres.setPassword(password);
        return postgres;
      case MARIADB:
        MariaDbDataSource mariadb = new MariaDbDataSource(url);
        mariadb.setUser(user);
        mariadb.setPassword(password);
        return mariadb;
      default:
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }
  }
}
