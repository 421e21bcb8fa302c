package org.openconsultation.bench.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.model.ConsultationId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk import of ballots: the engine's importer loading an open-data package (themes,
 * contributions, revisions, ballots; participants registered on the way; tallies following from the
 * ballots) into an empty consultation, against PostgreSQL {@code COPY … FROM STDIN} of the same
 * contributions, revisions and ballots followed by the tally computation ({@code INSERT … SELECT …
 * GROUP BY}), in one transaction. Both read prepared bytes; A/B/A/B on fresh consultations.
 */
final class ImportPhase {

  private final World world;
  private final Target target;

  ImportPhase(World world, Target target) {
    this.world = world;
    this.target = target;
  }

  /** Imports the contributions and ballots of {@code source} again and again. */
  Map<String, Object> run(ConsultationId source, long ballots) throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    world
        .engine()
        .exports()
        .openDataPackage(world.organiser(), source, zip, ExportOptions.defaults());
    byte[] pack = zip.toByteArray();
    long engineNanos = 0;
    long rawNanos = 0;
    long imported = 0;
    for (int round = 0; round < 2; round++) {
      ConsultationId to = world.empty();
      long start = System.nanoTime();
      ImportSummary summary =
          world
              .engine()
              .imports()
              .openDataPackage(world.organiser(), to, new ByteArrayInputStream(pack));
      engineNanos += System.nanoTime() - start;
      imported = summary.rows().getOrDefault(ExportTable.BALLOTS, 0L);
      rawNanos += raw(source, world.empty());
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("ballots", ballots);
    figures.put("ballotsImportedByEngine", imported);
    figures.put("packageBytes", pack.length);
    figures.put("engineBallotsPerSecond", 2 * ballots * 1e9 / engineNanos);
    figures.put("rawBallotsPerSecond", 2 * ballots * 1e9 / rawNanos);
    figures.put("ratio", (double) rawNanos / engineNanos);
    return figures;
  }

  private long raw(ConsultationId source, ConsultationId to) throws Exception {
    String from = source.value().toString();
    String into = to.value().toString();
    try (Connection c = target.pool().getConnection()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      byte[] contributions = out(copy, "contribution", Copies.CONTRIBUTION_COLUMNS, from, into);
      byte[] revisions = out(copy, "revision", Copies.REVISION_COLUMNS, from, into);
      byte[] ballots = out(copy, "ballot", Copies.BALLOT_COLUMNS, from, into);
      ByteArrayOutputStream voters = new ByteArrayOutputStream();
      copy.copyOut(Copies.copyOutVoters(Target.PREFIX, from, into), voters);
      c.setAutoCommit(false);
      long start = System.nanoTime();
      in(copy, "participant", Copies.PARTICIPANT_COLUMNS, voters.toByteArray());
      in(copy, "contribution", Copies.CONTRIBUTION_COLUMNS, contributions);
      in(copy, "revision", Copies.REVISION_COLUMNS, revisions);
      in(copy, "ballot", Copies.BALLOT_COLUMNS, ballots);
      try (PreparedStatement t = c.prepareStatement(Copies.tallies(Target.PREFIX))) {
        t.setObject(1, to.value());
        t.executeUpdate();
      }
      c.commit();
      long nanos = System.nanoTime() - start;
      c.setAutoCommit(true);
      return nanos;
    }
  }

  private static byte[] out(CopyManager copy, String table, String columns, String from, String to)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    copy.copyOut(Copies.copyOut(Target.PREFIX, table, columns, from, to), bytes);
    return bytes.toByteArray();
  }

  private static void in(CopyManager copy, String table, String columns, byte[] rows)
      throws Exception {
    copy.copyIn(Copies.copyIn(Target.PREFIX, table, columns), new ByteArrayInputStream(rows));
  }
}
