package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.testkit.EngineFixture;
import org.openconsultation.testkit.MutableClock;

/**
 * The import runs on the JDBC store: a consultation written through the engine on one database is
 * exported as an open-data package with identifiers as stored, loaded into an empty consultation of
 * the same slug on another database, and exported again: every file of the package is the same,
 * byte for byte, and new contributions continue the references. On H2 always, on PostgreSQL and
 * MariaDB when their URLs are set.
 */
class ImportRoundTripTest {

  private static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), ZoneId.of("Europe/Paris"));
  private static final ExportOptions AS_STORED =
      ExportOptions.defaults().withPseudonyms(Pseudonyms.asStored());

  @Test
  void onH2AnExportImportedAndExportedAgainGivesTheSameFiles() throws IOException {
    roundTrip(TestDatabase::h2);
  }

  @Test
  void onPostgresAnExportImportedAndExportedAgainGivesTheSameFiles() throws IOException {
    roundTrip(TestDatabase::postgres);
  }

  @Test
  void onMariaDbAnExportImportedAndExportedAgainGivesTheSameFiles() throws IOException {
    roundTrip(TestDatabase::mariadb);
  }

  private void roundTrip(Supplier<TestDatabase> databases) throws IOException {
    try (TestDatabase from = databases.get();
        TestDatabase to = databases.get()) {
      EngineFixture source = fixture(from);
      Consultation original = fill(source);
      byte[] exported = export(source.engine(), source.organiser(), original);

      EngineFixture target = fixture(to);
      Consultation copy = target.publishedConsultation("echange", SCHEDULE, settings());
      ImportSummary summary =
          target
              .engine()
              .imports()
              .openDataPackage(target.organiser(), copy.id(), new ByteArrayInputStream(exported));
      byte[] again = export(target.engine(), target.organiser(), copy);

      assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(3);
      assertThat(summary.rows(ExportTable.REVISIONS)).isEqualTo(4);
      assertThat(summary.rows(ExportTable.BALLOTS)).isEqualTo(3);
      assertThat(entries(again)).isEqualTo(entries(exported));
      Actor newcomer = target.participant(copy.id(), "newcomer");
      ThemeId theme = target.engine().themes().list(newcomer, copy.id()).get(0).id();
      Contribution next =
          target
              .engine()
              .contributions()
              .submit(newcomer, new SubmitContribution(copy.id(), theme, "Après", "Suite"));
      assertThat(next.reference()).isEqualTo(new Reference(4));
    }
  }

  private static EngineFixture fixture(TestDatabase database) {
    return EngineFixture.on(database.store(), MutableClock.at("2017-02-10T09:00:00Z"));
  }

  private static ConsultationSettings settings() {
    return ConsultationSettings.defaults();
  }

  /** Three contributions (one edited once), a comment with its reply, three ballots. */
  private static Consultation fill(EngineFixture f) {
    ConsultationEngine engine = f.engine();
    Consultation c = f.publishedConsultation("echange", SCHEDULE, settings());
    ThemeId theme = f.theme(c.id(), "Médiation").id();
    Actor camille = f.participant(c.id(), "camille");
    Actor malik = f.participant(c.id(), "malik");
    Contribution first =
        engine
            .contributions()
            .submit(
                camille,
                new SubmitContribution(
                    c.id(),
                    theme,
                    "Des médiateurs",
                    "Dans chaque médiathèque, « sans rendez-vous »"));
    engine
        .contributions()
        .submit(malik, new SubmitContribution(c.id(), theme, "=Former les aidants", "Des cours"));
    Contribution third =
        engine
            .contributions()
            .submit(malik, new SubmitContribution(c.id(), theme, "Un guichet", "Près de chez soi"));
    f.clock().advance(java.time.Duration.ofHours(1));
    engine
        .contributions()
        .edit(
            malik, new EditContribution(c.id(), third.id(), "Un guichet unique", "Près", "Titre"));
    Comment comment =
        engine
            .comments()
            .post(camille, new PostComment(c.id(), third.id(), null, "D'accord", Stance.AGREE));
    engine
        .comments()
        .post(malik, new PostComment(c.id(), third.id(), comment.id(), "Merci ; vraiment", null));
    engine.votes().cast(camille, new CastBallot(c.id(), third.id(), Ballot.support()));
    engine.votes().cast(malik, new CastBallot(c.id(), first.id(), Ballot.support()));
    engine.votes().cast(camille, new CastBallot(c.id(), first.id(), Ballot.support()));
    return c;
  }

  private static byte[] export(ConsultationEngine engine, Actor organiser, Consultation c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.exports().openDataPackage(organiser, c.id(), out, AS_STORED);
    return out.toByteArray();
  }

  /** Each entry of the ZIP by name, as text. */
  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(
            e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(entries).containsKeys("datapackage.json", "contributions.csv", "ballots.csv");
    return entries;
  }
}
