package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Violation;

/**
 * Importing an open-data package into an empty consultation: what it writes, what it refuses, and
 * that a refusal writes nothing.
 */
class ImportTest {

  private final ImportFixture f = new ImportFixture();

  @Test
  void aBadCellIsNamedByFileLineAndColumnAndNothingIsWritten() {
    String contributions = f.file("contributions.csv");
    String row = f.source.assisted.id() + "\",C-3,";
    String broken =
        contributions
            .replace(row + "/c/", row + "/c/")
            .replace(
                "\""
                    + f.source.assisted.id()
                    + "\",C-3,/c/"
                    + RoundTripScene.SLUG
                    + "/C-3,\""
                    + f.source.mobility
                    + "\"",
                "\""
                    + f.source.assisted.id()
                    + "\",C-3,/c/"
                    + RoundTripScene.SLUG
                    + "/C-3,pas-un-identifiant");
    assertThat(broken).isNotEqualTo(contributions);
    long line = ImportFixture.lineOf(broken, f.source.assisted.id().toString());
    EngineSnapshot before = EngineSnapshot.of(f.target);

    InvalidInputException fr =
        Failures.thrown(
            InvalidInputException.class, () -> f.load(f.with("contributions.csv", broken)));
    InvalidInputException en =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                f.load(
                    f.target.organiser.withLocale(Locale.ENGLISH),
                    f.with("contributions.csv", broken)));

    assertThat(fr.violations()).hasSize(1);
    Violation v = fr.violations().get(0);
    assertThat(v.path()).isEqualTo("contributions.csv:" + line + ":theme_id");
    assertThat(v.code()).isEqualTo("import.cell");
    assertThat(v.message())
        .isEqualTo(
            "contributions.csv, ligne "
                + line
                + ", colonne theme_id : un identifiant tel que"
                + " 0195c8a4-7c2e-7d3a-9b1e-4f5a6b7c8d9e est attendu, pas « pas-un-identifiant »");
    assertThat(en.violations().get(0).message())
        .startsWith(
            "contributions.csv, line " + line + ", column theme_id: expected an identifier");
    assertThat(EngineSnapshot.of(f.target)).isEqualTo(before);
  }

  @Test
  void everyBadCellOfTheFileIsReported() {
    String broken =
        f.file("revisions.csv")
            .replace(",C-2.2,2,", ",C-2.2,deux,")
            .replace("2026-03-02T08:07:00Z", "hier");

    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> f.load(f.with("revisions.csv", broken)));

    // A row is named by the line it starts on, even when a cell spans several lines.
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "revisions.csv:"
                + ImportFixture.lineOf(broken, f.source.located.id() + "\",C-1.1")
                + ":created_at",
            "revisions.csv:" + ImportFixture.lineOf(broken, ",deux,") + ":number");
  }

  @Test
  void aRowReferringToNothingIsRefused() {
    String comments = f.file("comments.csv");
    String unknown = "01234567-89ab-7def-8123-456789abcdef";
    String broken =
        comments.replace(
            "\"" + f.source.agree.id() + "\",\"" + f.source.located.id() + "\"",
            "\"" + f.source.agree.id() + "\",\"" + unknown + "\"");

    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> f.load(f.with("comments.csv", broken)));

    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).code()).isEqualTo("import.reference");
    assertThat(e.violations().get(0).path())
        .isEqualTo(
            "comments.csv:"
                + ImportFixture.lineOf(broken, f.source.agree.id().toString())
                + ":contribution_id");
    assertThat(e.violations().get(0).message()).endsWith("il n'y a pas de contribution " + unknown);
  }

  @Test
  void talliesThatTheBallotsDoNotGiveAreRefusedAndNothingIsWritten() {
    String tallies = f.file("tallies.csv");
    String row = "\"" + f.source.located.id() + "\",3,2,1,0,";
    assertThat(tallies).contains(row);
    String broken = tallies.replace(row, "\"" + f.source.located.id() + "\",3,3,0,0,");
    EngineSnapshot before = EngineSnapshot.of(f.target);

    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> f.load(f.with("tallies.csv", broken)));

    assertThat(e.violations()).extracting(Violation::code).containsExactly("import.tally");
    assertThat(e.violations().get(0).path())
        .isEqualTo(
            "tallies.csv:"
                + ImportFixture.lineOf(broken, row.substring(0, 38))
                + ":contribution_id");
    assertThat(EngineSnapshot.of(f.target)).isEqualTo(before);
    assertThat(f.target.store.participants().count(f.copy)).isZero();
  }

  @Test
  void aConsultationThatHasContentIsRefused() {
    f.load(f.zip);
    EngineSnapshot before = EngineSnapshot.of(f.target);

    ConflictException again = Failures.thrown(ConflictException.class, () -> f.load(f.zip));
    assertThat(again.code()).isEqualTo("import.not-empty");
    assertThat(again.getMessage()).startsWith("Cette consultation a déjà du contenu");

    var onlyATheme = f.target.open();
    f.target.theme(onlyATheme, "Santé");
    ConflictException themed =
        Failures.thrown(
            ConflictException.class,
            () ->
                f.target
                    .engine
                    .imports()
                    .openDataPackage(
                        f.target.organiser, onlyATheme, new ByteArrayInputStream(f.zip)));
    assertThat(themed.code()).isEqualTo("import.not-empty");
    assertThat(EngineSnapshot.of(f.target).consultations().get(f.copy))
        .isEqualTo(before.consultations().get(f.copy));
  }

  @Test
  void onlyThoseWhoManageDataMayImport() {
    EngineSnapshot before = EngineSnapshot.of(f.target);
    for (Actor actor :
        List.of(f.target.alice, f.target.moderator, f.target.facilitator, f.target.visitor)) {
      ForbiddenException e = Failures.thrown(ForbiddenException.class, () -> f.load(actor, f.zip));
      assertThat(e.code()).isEqualTo("forbidden.manage-data");
      ForbiddenException json =
          Failures.thrown(
              ForbiddenException.class,
              () ->
                  f.target
                      .engine
                      .imports()
                      .json(actor, f.copy, new ByteArrayInputStream(new byte[0])));
      assertThat(json.code()).isEqualTo("forbidden.manage-data");
    }
    assertThat(EngineSnapshot.of(f.target)).isEqualTo(before);
  }

  @Test
  void everyParticipantMetIsRegisteredAtTheirFirstActivity() {
    ImportSummary summary = f.load(f.zip);

    Participant alice = participant("alice");
    assertThat(alice.displayName()).isEqualTo("alice");
    assertThat(alice.kind()).isEqualTo(ParticipantKind.PERSON);
    assertThat(alice.registeredAt()).isEqualTo(f.source.located.submittedAt());
    assertThat(alice.termsVersion()).isEqualTo(TestWorld.TERMS);
    assertThat(alice.territory()).isNull();
    assertThat(participant("asso-velo").kind()).isEqualTo(ParticipantKind.ORGANISATION);
    assertThat(participant("organiser").registeredAt()).isEqualTo(f.source.workshop.createdAt());
    assertThat(participant("erin").registeredAt()).isEqualTo(f.source.hiddenComment.postedAt());
    // alice, bob, carol, erin, the association, the facilitator and the workshop's organiser.
    assertThat(summary.participantsCreated()).isEqualTo(7);
    assertThat(f.target.store.participants().count(f.copy)).isEqualTo(7);
  }

  @Test
  void aCompletedImportIsAnnouncedOnceWithWhatEachTableHeldAndARefusedOneNotAtAll() {
    f.target.events.clear();
    try {
      f.load(f.target.alice, f.zip);
    } catch (ForbiddenException expected) {
      // refused: nothing to announce
    }
    assertThat(f.target.events).isEmpty();

    ImportSummary summary = f.load(f.zip);

    assertThat(f.target.events)
        .singleElement()
        .isInstanceOfSatisfying(
            DomainEvent.ContentImported.class,
            e -> {
              assertThat(e.consultationId()).isEqualTo(f.copy);
              assertThat(e.actor()).isEqualTo(f.target.organiser.participant());
              assertThat(e.rows()).isEqualTo(summary.rows());
              assertThat(e.rows().get(ExportTable.CONTRIBUTIONS)).isPositive();
            });
  }

  @Test
  void idsReferencesRevisionsAndTextsAreKeptAndTheNextReferenceFollowsTheHighest() {
    f.load(f.zip);

    Contribution edited =
        f.target.store.contributions().find(f.copy, f.source.edited.id()).orElseThrow();
    assertThat(edited.reference()).isEqualTo(f.source.edited.reference());
    assertThat(edited.revision()).isEqualTo(3);
    assertThat(f.target.store.contributions().revisions(f.copy, edited.id()))
        .extracting(r -> r.number() + " " + r.title())
        .containsExactly("1 -1 voiture", "2 Moins de voitures", "3 + de vélos");
    assertThat(
            f.target.store.contributions().find(f.copy, f.source.hidden.id()).orElseThrow().title())
        .isEqualTo(f.source.hidden.title());
    assertThat(f.target.store.themes().find(f.copy, f.source.housing).orElseThrow().description())
        .isEqualTo("'Habiter' ici");

    f.target.register(f.target.dave, f.copy);
    Contribution next = f.target.submit(f.target.dave, f.copy, f.source.mobility, "Après l'import");
    assertThat(next.reference().toString()).isEqualTo("C-7");
  }

  @Test
  void aClosedConsultationCanBeRestored() {
    f.target
        .engine
        .consultations()
        .closeEarly(f.target.organiser, new CloseEarly(f.copy, "Réserve"));
    assertThat(f.target.engine.consultations().phase(f.copy)).isEqualTo(Phase.CLOSED);

    ImportSummary summary = f.load(f.zip);

    assertThat(summary.rows(ExportTable.BALLOTS)).isEqualTo(7);
    assertThat(f.target.store.ballots().tally(f.copy, f.source.located.id()).supports())
        .isEqualTo(2);
  }

  @Test
  void filesInAnyOrderAndInTheSpreadsheetFormatAreRead() {
    Map<String, byte[]> spreadsheet = new LinkedHashMap<>();
    List<ExportTable> tables = new ArrayList<>(List.of(ExportTable.values()));
    Collections.reverse(tables);
    for (ExportTable table : tables) {
      spreadsheet.put(
          table.fileStem() + ".csv",
          CsvExportFiles.csv(
              f.source.w,
              f.source.w.organiser,
              f.source.c,
              table,
              ImportFixture.AS_STORED.withCsvFormat(CsvFormat.SPREADSHEET)));
    }

    f.load(CsvExportFiles.zip(spreadsheet));

    RoundTripTest.assertSameEntries(
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(
                f.target, f.target.organiser, f.copy, ImportFixture.AS_STORED)),
        CsvExportFiles.unzip(f.zip));
  }

  @Test
  void aMissingFileAMissingColumnAndAnUnknownColumnAreRefused() {
    Map<String, byte[]> entries = f.entries();
    entries.remove("revisions.csv");
    InvalidInputException missingFile =
        Failures.thrown(InvalidInputException.class, () -> f.load(CsvExportFiles.zip(entries)));
    assertThat(missingFile.violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("import.file revisions.csv");

    String themes = f.file("themes.csv");
    InvalidInputException header =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                f.load(
                    f.with(
                        "themes.csv",
                        themes.replaceFirst("id,position,title,", "id,rang,title,"))));
    assertThat(header.violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactlyInAnyOrder(
            "import.header themes.csv:1:rang", "import.header themes.csv:1:position");
  }

  @Test
  void somethingOtherThanAZipIsRefused() {
    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () -> f.load("id,title\r\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(e.violations()).extracting(Violation::code).containsExactly("import.file");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    Map<String, byte[]> entries = f.entries();
    entries.put(
        "themes.csv",
        f.file("themes.csv")
            .replace("Logement", "Hébergement")
            .getBytes(StandardCharsets.ISO_8859_1));

    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> f.load(CsvExportFiles.zip(entries)));

    assertThat(e.violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("import.file themes.csv");
  }

  @Test
  void aLinkColumnMayBeLeftOut() {
    String contributions = f.file("contributions.csv");
    assertThat(contributions).contains(",link,");

    // Rewrite the file without its link column, through the independent reader.
    List<Map<String, String>> rows =
        CsvExportFiles.rows(contributions.getBytes(StandardCharsets.UTF_8), CsvFormat.RFC_4180);
    StringBuilder text = new StringBuilder();
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    header.remove("link");
    text.append(String.join(",", header)).append("\r\n");
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add("\"" + row.get(column).replace("\"", "\"\"") + "\"");
      }
      text.append(String.join(",", cells)).append("\r\n");
    }

    ImportSummary summary = f.load(f.with("contributions.csv", text.toString()));

    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(6);
    assertThat(participant("alice").id()).isEqualTo(ParticipantId.of("alice"));
  }

  private Participant participant(String id) {
    return f.target.store.participants().find(f.copy, ParticipantId.of(id)).orElseThrow();
  }
}
