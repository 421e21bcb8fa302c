package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.model.ConsultationId;

/**
 * Streaming reads keep memory flat whatever the size: a consultation of hundreds of thousands of
 * rows (ballots, participants, tallies, and contributions and comments with 1,100-character texts)
 * is loaded with batched plain JDBC, then streamed through every {@code forEach…} method of the
 * store in another JVM with a small heap ({@link StreamingChild}), whose consumer only counts.
 * Buffering any one of those results (PostgreSQL without a cursor, MariaDB without a streaming
 * result set, a store that collects rows into a list) runs out of that heap. On H2 always (a file
 * database, whose engine runs in the small heap too), on PostgreSQL and MariaDB when their URLs are
 * set.
 */
class StreamingMemoryTest {

  /** How many rows of each kind, and the child's maximum heap. */
  record Volume(
      String heap, int ballots, int participants, int tallies, int contributions, int comments) {

    /** PostgreSQL and MariaDB: only the driver and the store in the child's heap. */
    static final Volume SERVER = new Volume("-Xmx24m", 300_000, 250_000, 400_000, 50_000, 50_000);

    /** H2: the database engine shares the heap; fewer rows keep the run short. */
    static final Volume EMBEDDED = new Volume("-Xmx32m", 150_000, 75_000, 200_000, 25_000, 25_000);
  }

  private static final Instant T0 = Instant.parse("2017-02-08T09:00:00Z");
  private static final String TEXT = String.join("", Collections.nCopies(100, "Consulter, "));

  private final ConsultationId cid = new ConsultationId(UUID.randomUUID());

  @Test
  void onH2EveryStreamRunsInASmallHeap(@TempDir Path directory) throws Exception {
    TestDatabase database = TestDatabase.h2File(directory);
    try {
      load(database, Volume.EMBEDDED);
    } finally {
      database.close(); // the other JVM opens the file
    }
    assertStreamsInASmallHeap(database, Volume.EMBEDDED, directory);
  }

  @Test
  void onPostgresEveryStreamRunsInASmallHeap(@TempDir Path directory) throws Exception {
    try (TestDatabase database = TestDatabase.postgres()) {
      load(database, Volume.SERVER);
      assertStreamsInASmallHeap(database, Volume.SERVER, directory);
    }
  }

  @Test
  void onMariaDbEveryStreamRunsInASmallHeap(@TempDir Path directory) throws Exception {
    try (TestDatabase database = TestDatabase.mariadb()) {
      load(database, Volume.SERVER);
      assertStreamsInASmallHeap(database, Volume.SERVER, directory);
    }
  }

  private void assertStreamsInASmallHeap(TestDatabase database, Volume volume, Path directory)
      throws IOException, InterruptedException {
    Path output = directory.resolve("child.txt");
    ProcessBuilder child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                volume.heap(),
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingChild.class.getName(),
                database.dialect().name(),
                database.url(),
                cid.value().toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    child.environment().put("OC_STREAM_USER", database.user());
    child.environment().put("OC_STREAM_PASSWORD", database.password());
    Process process = child.start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);

    assertThat(ended).as("the child ended within 2 minutes:%n%s", printed).isTrue();
    assertThat(process.exitValue()).as("the child's exit status:%n%s", printed).isZero();
    assertThat(printed)
        .contains(
            "ballots=" + volume.ballots() + " in",
            "contributions=" + volume.contributions() + " in",
            "comments=" + volume.comments() + " in",
            "tallies=" + volume.tallies() + " in",
            "participants=" + volume.participants() + " in",
            "heap: max ");
  }

  /** Loads the consultation's rows with batched inserts, not through the engine. */
  private void load(TestDatabase database, Volume volume) throws SQLException {
    Codec codec = new Codec(database.dialect());
    UUID consultation = cid.value();
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      BulkLoad.insert(
          c,
          codec,
          "INSERT INTO oc_ballot (" + Ballots.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
          volume.ballots(),
          (b, i) ->
              b.uuid(consultation)
                  .uuid(new UUID(1, i / 300))
                  .text(participant(i))
                  .text("support")
                  .instant(T0)
                  .instant(T0));
      BulkLoad.insert(
          c,
          codec,
          "INSERT INTO oc_participant (consultation_id, participant_id, display_name, kind,"
              + " territory, terms_version, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          volume.participants(),
          (b, i) ->
              b.uuid(consultation)
                  .text(participant(i))
                  .text("Participante numéro " + i)
                  .text("PERSON")
                  .nullableText(null)
                  .text("cgu-1")
                  .instant(T0.plusMillis(i)));
      BulkLoad.insert(
          c,
          codec,
          "INSERT INTO oc_tally (consultation_id, contribution_id, "
              + String.join(", ", Ballots.TALLY_COLUMNS)
              + ") VALUES (?, ?, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
          volume.tallies(),
          (b, i) -> b.uuid(consultation).uuid(new UUID(2, i)));
      BulkLoad.insert(
          c,
          codec,
          "INSERT INTO oc_contribution ("
              + ContributionRows.COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          volume.contributions(),
          (b, i) ->
              b.uuid(consultation)
                  .uuid(new UUID(3, i))
                  .number(i + 1)
                  .uuid(new UUID(4, 0))
                  .text(participant(i))
                  .text("INDIVIDUAL")
                  .nullableText(null)
                  .nullableUuid(null)
                  .nullableInteger(null)
                  .nullableText(null)
                  .text("Proposition " + i)
                  .text(i + TEXT)
                  .nullableText(null)
                  .nullableDecimal(null)
                  .nullableDecimal(null)
                  .text("PUBLISHED")
                  .integer(1)
                  .instant(T0)
                  .instant(T0));
      BulkLoad.insert(
          c,
          codec,
          "INSERT INTO oc_comment (consultation_id, comment_id, contribution_id, parent_id,"
              + " author, body, stance, status, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          volume.comments(),
          (b, i) ->
              b.uuid(consultation)
                  .uuid(new UUID(5, i))
                  .uuid(new UUID(3, i % volume.contributions()))
                  .nullableUuid(null)
                  .text(participant(i))
                  .text(i + TEXT)
                  .nullableText(null)
                  .text("PUBLISHED")
                  .instant(T0.plusMillis(i)));
    }
  }

  /** Participant ids in the order of their keys, so that rows arrive in index order. */
  private static String participant(int i) {
    return String.format(Locale.ROOT, "participant-%07d", i);
  }
}
