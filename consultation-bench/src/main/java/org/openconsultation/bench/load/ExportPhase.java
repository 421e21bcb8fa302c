package org.openconsultation.bench.load;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.postgresql.PGConnection;

/**
 * Streaming export of one consultation's contributions as CSV: the engine ({@code exports().csv} as
 * a visitor) against PostgreSQL {@code COPY (SELECT …) TO STDOUT}, both into a stream that only
 * counts bytes, A/B/A/B; rows per second and the heap's peak (pools reset after a GC).
 */
final class ExportPhase {

  private final World world;
  private final Target target;

  ExportPhase(World world, Target target) {
    this.world = world;
    this.target = target;
  }

  /** Exports {@code consultation} ({@code rows} contributions); returns the figures. */
  Map<String, Object> run(ConsultationId consultation, long rows) throws Exception {
    engine(consultation);
    raw(consultation);
    long[] engine = new long[3];
    long[] raw = new long[3];
    for (int round = 0; round < 2; round++) {
      add(engine, engine(consultation));
      add(raw, raw(consultation));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("rows", rows);
    figures.put("engine", side(engine, rows));
    figures.put("raw", side(raw, rows));
    figures.put("ratio", (double) raw[0] / engine[0]);
    return figures;
  }

  private long[] engine(ConsultationId consultation) {
    Counting out = new Counting();
    Report.resetHeapPeak();
    long before = Report.heapPeak();
    long start = System.nanoTime();
    world
        .engine()
        .exports()
        .csv(
            Actor.visitor(),
            consultation,
            ExportTable.CONTRIBUTIONS,
            out,
            ExportOptions.defaults());
    long nanos = System.nanoTime() - start;
    return new long[] {nanos, out.bytes(), Report.heapPeak() - before};
  }

  private long[] raw(ConsultationId consultation) throws Exception {
    Counting out = new Counting();
    Report.resetHeapPeak();
    long before = Report.heapPeak();
    long start = System.nanoTime();
    try (Connection c = target.pool().getConnection()) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyOut(Copies.exportContributions(Target.PREFIX, consultation.value().toString()), out);
    }
    long nanos = System.nanoTime() - start;
    return new long[] {nanos, out.bytes(), Report.heapPeak() - before};
  }

  private static void add(long[] into, long[] run) {
    into[0] += run[0];
    into[1] = run[1];
    into[2] = Math.max(into[2], run[2]);
  }

  private static Map<String, Object> side(long[] totals, long rows) {
    Map<String, Object> side = new LinkedHashMap<>();
    side.put("rowsPerSecond", 2 * rows * 1e9 / totals[0]);
    side.put("bytes", totals[1]);
    side.put("heapPeakGrowthBytes", totals[2]);
    return side;
  }
}
