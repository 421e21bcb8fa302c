package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.PhaseException;

/**
 * The CSV of each table, read back with Jackson CSV (a reader independent of the writer, taking its
 * schema from the header) in both formats: every value comes back as stored, texts with commas,
 * quotes, line breaks, semicolons, accents and emoji included.
 */
class CsvExportTest {

  private static final ExportOptions AS_STORED =
      ExportOptions.defaults().withPseudonyms(Pseudonyms.asStored());

  private final RoundTripScene s = new RoundTripScene(new TestWorld());

  private List<Map<String, String>> rows(ExportTable table, CsvFormat format) {
    return CsvExportFiles.rows(csv(table, format), format);
  }

  private byte[] csv(ExportTable table, CsvFormat format) {
    return CsvExportFiles.csv(s.w, s.w.organiser, s.c, table, AS_STORED.withCsvFormat(format));
  }

  @ParameterizedTest
  @EnumSource(CsvFormat.class)
  void contributionsReadBackAsStored(CsvFormat format) {
    List<Map<String, String>> rows = rows(ExportTable.CONTRIBUTIONS, format);

    assertThat(rows)
        .extracting(r -> r.get("reference"))
        .containsExactly("C-1", "C-2", "C-3", "C-4", "C-5", "C-6");
    Map<String, String> located = CsvExportFiles.row(rows, "id", s.located.id());
    assertThat(located.get("title")).isEqualTo(s.located.title());
    assertThat(located.get("body")).isEqualTo(s.located.body()).contains(";\n", "\"");
    assertThat(located.get("author")).isEqualTo("alice");
    assertThat(located.get("kind")).isEqualTo("individual");
    assertThat(located.get("link")).isEqualTo("/c/" + RoundTripScene.SLUG + "/C-1");
    assertThat(located.get("theme_id")).isEqualTo(s.mobility.toString());
    assertThat(located.get("submitted_at")).isEqualTo(s.located.submittedAt().toString());
    assertThat(located.get("latitude")).isEqualTo(decimal("16.2411", format));
    assertThat(located.get("longitude")).isEqualTo(decimal("-61.5331", format));
    Map<String, String> collective = CsvExportFiles.row(rows, "id", s.collective.id());
    assertThat(collective.get("kind")).isEqualTo("collective");
    assertThat(collective.get("workshop_id")).isEqualTo(s.workshop.id().toString());
    assertThat(collective.get("attendee_count")).isEqualTo("12");
    assertThat(collective.get("organisation")).isEmpty();
    Map<String, String> assisted = CsvExportFiles.row(rows, "id", s.assisted.id());
    assertThat(assisted.get("on_behalf_of")).isEqualTo("Mme Durand");
    assertThat(assisted.get("author")).isEqualTo("facilitator");
    Map<String, String> edited = CsvExportFiles.row(rows, "id", s.edited.id());
    assertThat(edited.get("revision")).isEqualTo("3");
    assertThat(edited.get("body")).isEqualTo("Version 3,\r\nfinale");
    assertThat(CsvExportFiles.row(rows, "id", s.hidden.id()).get("status")).isEqualTo("hidden");
  }

  @ParameterizedTest
  @EnumSource(CsvFormat.class)
  void everyOtherTableReadsBackAsStored(CsvFormat format) {
    List<Map<String, String>> themes = rows(ExportTable.THEMES, format);
    assertThat(themes)
        .extracting(r -> r.get("title"))
        .containsExactly("Mobilité, vélo & \"partage\"", "Logement");
    assertThat(themes.get(0).get("description")).isEqualTo("Se déplacer;\nmieux");
    assertThat(themes.get(1).get("description")).isEqualTo("''Habiter' ici");

    List<Map<String, String>> revisions = rows(ExportTable.REVISIONS, format);
    assertThat(revisions).hasSize(8);
    assertThat(
            revisions.stream()
                .filter(r -> r.get("contribution_id").equals(s.edited.id().toString())))
        .extracting(r -> r.get("reference") + " " + r.get("body") + " " + r.get("note"))
        .containsExactly(
            "C-2.1 '@tous : =SUM(A1) ",
            "C-2.2 Version 2 ",
            "C-2.3 Version 3,\r\nfinale Précisé, merci");

    Map<String, String> workshop = rows(ExportTable.WORKSHOPS, format).get(0);
    assertThat(workshop.get("held_at")).isEqualTo("2026-03-05T22:00:00Z");
    assertThat(workshop.get("time_zone")).isEqualTo("America/Guadeloupe");
    assertThat(workshop.get("address")).isEqualTo("1 rue Frébault, Pointe-à-Pitre");
    assertThat(workshop.get("longitude")).isEqualTo(decimal("-61.5331", format));
    assertThat(workshop.get("facilitators")).isEqualTo("[\"facilitator\"]");
    assertThat(workshop.get("themes")).isEqualTo("[\"" + s.mobility + "\"]");

    List<Map<String, String>> comments = rows(ExportTable.COMMENTS, format);
    Map<String, String> reply = CsvExportFiles.row(comments, "id", s.reply.id());
    assertThat(reply.get("parent_id")).isEqualTo(s.agree.id().toString());
    assertThat(reply.get("body")).isEqualTo("Non,\r\npas ici 😅");
    assertThat(reply.get("stance")).isEqualTo("disagree");
    assertThat(CsvExportFiles.row(comments, "id", s.agree.id()).get("parent_id")).isEmpty();

    List<Map<String, String>> ballots = rows(ExportTable.BALLOTS, format);
    assertThat(ballots).hasSize(7);
    assertThat(
            ballots.stream()
                .filter(b -> b.get("contribution_id").equals(s.located.id().toString())))
        .extracting(b -> b.get("participant") + "=" + b.get("value"))
        .containsExactlyInAnyOrder("carol=for", "bob=for", "erin=against");

    Map<String, String> tally =
        CsvExportFiles.row(rows(ExportTable.TALLIES, format), "contribution_id", s.located.id());
    assertThat(tally.get("ballots")).isEqualTo("3");
    assertThat(tally.get("supports")).isEqualTo("2");
    assertThat(tally.get("oppositions")).isEqualTo("1");
    assertThat(tally.get("grade_0")).isEqualTo("0");
  }

  @Test
  void rfc4180UsesCommasAndCrlfWithoutByteOrderMark() {
    byte[] csv = csv(ExportTable.THEMES, CsvFormat.RFC_4180);
    String text = CsvExportFiles.text(csv, CsvFormat.RFC_4180);

    assertThat(text).startsWith("id,position,title,description\r\n").endsWith("\r\n");
    assertThat(text).contains("\"Mobilité, vélo & \"\"partage\"\"\"");
  }

  @Test
  void theSpreadsheetFormatHasAByteOrderMarkSemicolonsAndDecimalCommas() {
    byte[] csv = csv(ExportTable.WORKSHOPS, CsvFormat.SPREADSHEET);
    String text = CsvExportFiles.text(csv, CsvFormat.SPREADSHEET);

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(text).startsWith("id;title;description;held_at;");
    Map<String, String> row = CsvExportFiles.rows(csv, CsvFormat.SPREADSHEET).get(0);
    assertThat(row.get("latitude")).isEqualTo("16,2411");
    assertThat(row.get("address")).isEqualTo("1 rue Frébault, Pointe-à-Pitre");
  }

  @Test
  void pseudonymsNameTheSameParticipantAlikeAcrossTablesAndHideTheIdentifier() {
    ExportOptions options = ExportOptions.defaults();
    var contributions =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.organiser, s.c, ExportTable.CONTRIBUTIONS, options),
            CsvFormat.RFC_4180);
    String alice = CsvExportFiles.row(contributions, "id", s.located.id()).get("author");
    var anotherExport =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.organiser, s.c, ExportTable.CONTRIBUTIONS, options),
            CsvFormat.RFC_4180);

    assertThat(alice).matches("p-[0-9a-f]{20}");
    assertThat(CsvExportFiles.row(anotherExport, "id", s.located.id()).get("author"))
        .as("a fresh secret for each export")
        .isNotEqualTo(alice);
    byte[] secret = "a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8);
    ExportOptions keyed = options.withPseudonyms(Pseudonyms.keyed(secret));
    var ballots =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.organiser, s.c, ExportTable.BALLOTS, keyed),
            CsvFormat.RFC_4180);
    var comments =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.organiser, s.c, ExportTable.COMMENTS, keyed),
            CsvFormat.RFC_4180);
    String aliceInComments = CsvExportFiles.row(comments, "id", s.reply.id()).get("author");
    assertThat(ballots).extracting(b -> b.get("participant")).contains(aliceInComments);
  }

  @Test
  void aVisitorGetsOnlyPublishedContentAndWhatHangsOnIt() {
    ExportOptions options = ExportOptions.defaults();
    List<Map<String, String>> contributions =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.visitor, s.c, ExportTable.CONTRIBUTIONS, options),
            CsvFormat.RFC_4180);
    List<Map<String, String>> comments =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.visitor, s.c, ExportTable.COMMENTS, options),
            CsvFormat.RFC_4180);
    List<Map<String, String>> ballots =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.visitor, s.c, ExportTable.BALLOTS, options),
            CsvFormat.RFC_4180);
    List<Map<String, String>> tallies =
        CsvExportFiles.rows(
            CsvExportFiles.csv(s.w, s.w.visitor, s.c, ExportTable.TALLIES, options),
            CsvFormat.RFC_4180);

    String hidden = s.hidden.id().toString();
    assertThat(contributions).extracting(r -> r.get("id")).hasSize(5).doesNotContain(hidden);
    assertThat(contributions).extracting(r -> r.get("status")).containsOnly("published");
    assertThat(comments)
        .extracting(r -> r.get("id"))
        .doesNotContain(s.hiddenComment.id().toString());
    assertThat(CsvExportFiles.row(comments, "id", s.replyToHidden.id()).get("parent_id"))
        .as("a reply to a comment left out shows at the top of its thread")
        .isEmpty();
    assertThat(ballots).hasSize(6).extracting(r -> r.get("contribution_id")).doesNotContain(hidden);
    assertThat(tallies).extracting(r -> r.get("contribution_id")).doesNotContain(hidden);
  }

  @Test
  void ballotsAndTalliesAreRefusedWhileResultsAreHidden() {
    TestWorld w = s.w;
    ConsultationId c = w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));

    for (ExportTable table : List.of(ExportTable.BALLOTS, ExportTable.TALLIES)) {
      PhaseException e =
          Failures.thrown(
              PhaseException.class,
              () -> CsvExportFiles.csv(w, w.alice, c, table, ExportOptions.defaults()));
      assertThat(e.code()).isEqualTo("results-hidden");
      // Those who may read hidden results may export them.
      assertThat(CsvExportFiles.csv(w, w.organiser, c, table, ExportOptions.defaults()))
          .isNotEmpty();
    }
  }

  private static String decimal(String number, CsvFormat format) {
    return format == CsvFormat.SPREADSHEET ? number.replace('.', ',') : number;
  }
}
