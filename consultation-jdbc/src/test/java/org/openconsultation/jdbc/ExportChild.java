package org.openconsultation.jdbc;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * The JVM that {@link ExportMemoryTest} starts with a small heap: builds an engine on a {@link
 * JdbcStore} over the database its arguments name ({@code <dialect> <url> <consultation id>
 * <format,...>}; user and password in {@code OC_STREAM_USER} and {@code OC_STREAM_PASSWORD}),
 * exports the consultation's contributions as a visitor in each format to a stream that only counts
 * bytes, and prints one line per format ({@code csv rows=1000000 bytes=… in 1234 ms, 810372
 * rows/s}) and the heap's peak.
 */
final class ExportChild {

  private ExportChild() {}

  public static void main(String[] args) throws SQLException {
    Dialect dialect = Dialect.valueOf(args[0]);
    DataSource dataSource = StreamingChild.dataSource(dialect, args[1]);
    ConsultationId cid = new ConsultationId(UUID.fromString(args[2]));
    ConsultationEngine engine =
        ConsultationEngine.builder()
            .store(JdbcStore.builder(dataSource).dialect(dialect).build())
            .build();
    for (String format : args[3].split(",")) {
      Counting out = new Counting();
      long start = System.nanoTime();
      ExportSummary summary = export(engine, cid, format, out);
      long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
      long rows = summary.rows(ExportTable.CONTRIBUTIONS);
      System.out.printf(
          Locale.ROOT,
          "%s rows=%d bytes=%d in %d ms, %d rows/s%n",
          format,
          rows,
          out.bytes,
          millis,
          rows * 1000 / millis);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(
        "heap: max "
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB, peak "
            + (peak >> 20)
            + " MiB");
  }

  private static ExportSummary export(
      ConsultationEngine engine, ConsultationId cid, String format, OutputStream out) {
    Actor visitor = Actor.visitor();
    ExportOptions options = ExportOptions.defaults();
    return switch (format) {
      case "csv" -> engine.exports().csv(visitor, cid, ExportTable.CONTRIBUTIONS, out, options);
      case "jsonl" ->
          engine.exports().jsonLines(visitor, cid, ExportTable.CONTRIBUTIONS, out, options);
      case "xlsx" -> engine.exports().xlsx(visitor, cid, out, options);
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }

  /** Counts what is written and keeps nothing. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
