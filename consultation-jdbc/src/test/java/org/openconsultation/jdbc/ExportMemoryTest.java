package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.testkit.EngineFixture;
import org.openconsultation.testkit.MutableClock;

/**
 * Exports stream whatever the size: a consultation of 1,000,000 published contributions (created
 * through the engine, its contributions loaded with batched plain JDBC) is exported by the engine
 * as CSV and JSON Lines in another JVM limited to a 64 MiB heap ({@link ExportChild}), which prints
 * the rows per second. On H2 always (a file database whose engine shares the heap), on PostgreSQL
 * and MariaDB when their URLs are set.
 */
class ExportMemoryTest {

  static final int CONTRIBUTIONS = 1_000_000;
  static final String HEAP = "-Xmx64m";
  static final String FORMATS = "csv,jsonl";

  private static final Instant T0 = Instant.parse("2017-02-08T09:00:00Z");
  private static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), ZoneId.of("Europe/Paris"));
  private static final String BODY =
      "Ouvrir un lieu de médiation numérique dans chaque quartier, avec des aidants formés, des"
          + " horaires adaptés et des postes en libre accès ; « sans rendez-vous » le samedi.";
  private static final Pattern LINE =
      Pattern.compile("(\\w+) rows=(\\d+) bytes=(\\d+) in (\\d+) ms, (\\d+) rows/s");

  @Test
  void onH2AMillionContributionsExportInA64MiBHeap(@TempDir Path directory) throws Exception {
    TestDatabase database = TestDatabase.h2File(directory);
    String cid;
    try {
      cid = load(database);
    } finally {
      database.close(); // the other JVM opens the file
    }
    assertExportsInASmallHeap(database, cid, directory);
  }

  @Test
  void onPostgresAMillionContributionsExportInA64MiBHeap(@TempDir Path directory) throws Exception {
    try (TestDatabase database = TestDatabase.postgres()) {
      assertExportsInASmallHeap(database, load(database), directory);
    }
  }

  @Test
  void onMariaDbAMillionContributionsExportInA64MiBHeap(@TempDir Path directory) throws Exception {
    try (TestDatabase database = TestDatabase.mariadb()) {
      assertExportsInASmallHeap(database, load(database), directory);
    }
  }

  private void assertExportsInASmallHeap(TestDatabase database, String cid, Path directory)
      throws IOException, InterruptedException {
    Path output = directory.resolve("child.txt");
    ProcessBuilder child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ExportChild.class.getName(),
                database.dialect().name(),
                database.url(),
                cid,
                FORMATS)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    child.environment().put("OC_STREAM_USER", database.user());
    child.environment().put("OC_STREAM_PASSWORD", database.password());
    Process process = child.start();
    boolean ended = process.waitFor(300, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    System.out.println("Export of " + CONTRIBUTIONS + " contributions, " + database.dialect());
    System.out.print(printed);

    assertThat(ended).as("the child ended within 5 minutes:%n%s", printed).isTrue();
    assertThat(process.exitValue()).as("the child's exit status:%n%s", printed).isZero();
    Matcher m = LINE.matcher(printed);
    int formats = 0;
    while (m.find()) {
      formats++;
      assertThat(Long.parseLong(m.group(2))).as(m.group()).isEqualTo(CONTRIBUTIONS);
      assertThat(Long.parseLong(m.group(3))).as(m.group()).isGreaterThan(100L * CONTRIBUTIONS);
    }
    assertThat(formats).as(printed).isEqualTo(FORMATS.split(",").length);
    assertThat(printed).contains("heap: max ");
  }

  /**
   * Creates a published consultation with one theme through the engine, then loads the
   * contributions; returns the consultation's id.
   */
  private static String load(TestDatabase database) throws SQLException {
    EngineFixture fixture =
        EngineFixture.on(database.store(), MutableClock.at("2017-02-01T09:00:00Z"));
    Consultation c =
        fixture.publishedConsultation("million", SCHEDULE, ConsultationSettings.defaults());
    UUID consultation = c.id().value();
    UUID theme = fixture.theme(c.id(), "Médiation").id().value();
    Codec codec = new Codec(database.dialect());
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      BulkLoad.insert(
          connection,
          codec,
          "INSERT INTO oc_contribution ("
              + ContributionRows.COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          CONTRIBUTIONS,
          (b, i) ->
              b.uuid(consultation)
                  .uuid(new UUID(3, i))
                  .number(i + 1)
                  .uuid(theme)
                  .text("participant-" + (i % 475_000))
                  .text("INDIVIDUAL")
                  .nullableText(null)
                  .nullableUuid(null)
                  .nullableInteger(null)
                  .nullableText(null)
                  .text("Proposition " + i)
                  .text(BODY)
                  .nullableText(i % 3 == 0 ? "Occitanie" : null)
                  .nullableDecimal(null)
                  .nullableDecimal(null)
                  .text("PUBLISHED")
                  .integer(1)
                  .instant(T0.plusSeconds(i))
                  .instant(T0.plusSeconds(i)));
    }
    return consultation.toString();
  }
}
