package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.SpreadsheetCells;

/**
 * Formula injection: a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a
 * carriage return or a NUL gets a leading apostrophe, in both formats; the same characters
 * elsewhere, and numbers such as a negative longitude, are written as they are.
 */
class CsvExportFormulaTest {

  private static final String FORMULA_STARTS = "=+-@\t\r\0";

  private final RoundTripScene s = new RoundTripScene(new TestWorld());

  private List<Map<String, String>> rows(ExportTable table, CsvFormat format) {
    ExportOptions options = ExportOptions.defaults().withCsvFormat(format);
    return CsvExportFiles.rows(CsvExportFiles.csv(s.w, s.w.organiser, s.c, table, options), format);
  }

  @ParameterizedTest
  @EnumSource(CsvFormat.class)
  void textsStartingWithAFormulaCharacterAreNeutralised(CsvFormat format) {
    List<Map<String, String>> contributions = rows(ExportTable.CONTRIBUTIONS, format);
    List<Map<String, String>> revisions = rows(ExportTable.REVISIONS, format);
    List<Map<String, String>> comments = rows(ExportTable.COMMENTS, format);

    Map<String, String> firstOfEdited =
        revisions.stream()
            .filter(r -> r.get("reference").equals("C-2.1"))
            .findFirst()
            .orElseThrow();
    List<String> cells =
        List.of(
            CsvExportFiles.row(contributions, "id", s.hidden.id()).get("title"),
            CsvExportFiles.row(contributions, "id", s.edited.id()).get("title"),
            firstOfEdited.get("title"),
            firstOfEdited.get("body"),
            CsvExportFiles.row(contributions, "id", s.assisted.id()).get("title"),
            CsvExportFiles.row(comments, "id", s.carriageReturn.id()).get("body"),
            CsvExportFiles.row(comments, "id", s.replyToHidden.id()).get("body"),
            CsvExportFiles.row(contributions, "id", s.institutional.id()).get("organisation"));

    assertThat(cells)
        .containsExactly(
            "'" + s.hidden.title(),
            "'+ de vélos",
            "'-1 voiture",
            "'@tous : =SUM(A1)",
            "'\tTram",
            "'\rRetour ; à la ligne",
            "'\0nul",
            "'=Vélo 971");
    assertThat(cells.stream().map(c -> c.charAt(1)).map(String::valueOf))
        .as("every formula character is covered")
        .containsExactlyInAnyOrder("=", "+", "-", "@", "\t", "\r", "\0", "=");
  }

  @ParameterizedTest
  @EnumSource(CsvFormat.class)
  void formulaCharactersElsewhereAndNumbersAreLeftAlone(CsvFormat format) {
    List<Map<String, String>> contributions = rows(ExportTable.CONTRIBUTIONS, format);
    List<Map<String, String>> comments = rows(ExportTable.COMMENTS, format);
    Map<String, String> workshop = rows(ExportTable.WORKSHOPS, format).get(0);

    assertThat(CsvExportFiles.row(contributions, "id", s.hidden.id()).get("body"))
        .isEqualTo(s.hidden.body())
        .contains("=HYPERLINK");
    assertThat(CsvExportFiles.row(comments, "id", s.reply.id()).get("body"))
        .isEqualTo("Non,\r\npas ici 😅");
    assertThat(CsvExportFiles.row(contributions, "id", s.institutional.id()).get("latitude"))
        .isEqualTo(format == CsvFormat.SPREADSHEET ? "-21,1151" : "-21.1151");
    assertThat(workshop.get("longitude"))
        .isEqualTo(format == CsvFormat.SPREADSHEET ? "-61,5331" : "-61.5331");
    assertThat(workshop.get("address")).isEqualTo("1 rue Frébault, Pointe-à-Pitre");
  }

  @Test
  void aTextStartingWithAnApostropheGetsAnotherSoThatItReadsBackExactly() {
    assertThat(SpreadsheetCells.neutralise("'Habiter' ici")).isEqualTo("''Habiter' ici");
    assertThat(SpreadsheetCells.restore("''Habiter' ici")).isEqualTo("'Habiter' ici");
    assertThat(SpreadsheetCells.restore("'Habiter' ici")).isEqualTo("'Habiter' ici");
  }

  @Test
  void neutralisingIsUndoneExactlyAndLeavesNoFormula() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            text -> {
              String cell = SpreadsheetCells.neutralise(text);
              assertThat(SpreadsheetCells.restore(cell)).isEqualTo(text);
              assertThat(cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0).isTrue();
              boolean safe =
                  text.isEmpty()
                      || (FORMULA_STARTS.indexOf(text.charAt(0)) < 0 && text.charAt(0) != '\'');
              assertThat(cell.equals(text)).isEqualTo(safe);
            });
  }

  @Test
  void everyFormulaCharacterStartsAFormulaAndNothingElseDoes() {
    for (char c = 0; c < 0x250; c++) {
      assertThat(SpreadsheetCells.startsFormula(c))
          .as("U+%04X", (int) c)
          .isEqualTo(FORMULA_STARTS.indexOf(c) >= 0);
    }
  }
}
