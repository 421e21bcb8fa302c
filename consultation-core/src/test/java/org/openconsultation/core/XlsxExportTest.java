package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ModerationAction;

/** The XLSX workbook: its sheets, their rows and cells, read back with an independent reader. */
class XlsxExportTest {

  private static final byte[] SECRET =
      "a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8);

  private final Scene s = new Scene();
  private final ExportOptions options =
      ExportOptions.defaults().withPseudonyms(Pseudonyms.keyed(SECRET));

  private XlsxBook export(Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.engine.exports().xlsx(actor, s.c, out, options);
    return new XlsxBook(out.toByteArray());
  }

  @Test
  void theSummarySheetsComeFirstThenOneSheetPerThemeInThemeOrder() {
    XlsxBook book = export(s.w.visitor);

    assertThat(book.sheetNames())
        .containsExactly("Synthèse", "Thèmes", "Ateliers", "Mobilité", "Logement");
  }

  @Test
  void everySheetKeepsItsBoldHeaderRowInViewWhileScrolling() {
    XlsxBook book = export(s.w.visitor);

    assertThat(book.parts("xl/worksheets/sheet"))
        .hasSize(5)
        .allSatisfy((name, xml) -> assertThat(xml).contains("ySplit=\"1\"", "state=\"frozen\""));
    assertThat(book.parts("xl/styles.xml").values()).singleElement().asString().contains("<b/>");
  }

  @Test
  void aThemeSheetHasAHeaderRowAndOneRowPerContributionWithItsFields() {
    Consultation c = s.engine.consultations().get(s.w.visitor, s.c);
    XlsxBook book = export(s.w.visitor);

    assertThat(book.texts("Mobilité", 0))
        .containsExactly(
            "Référence",
            "Titre",
            "Texte",
            "Type",
            "Auteur",
            "Territoire",
            "Déposée le",
            "Modifiée le",
            "Statut",
            "Lien",
            "Soutiens",
            "Oppositions",
            "Neutres",
            "Votes");
    assertThat(book.rows("Mobilité")).hasSize(3);
    List<String> alice = book.texts("Mobilité", 1);
    assertThat(alice.subList(0, 6))
        .containsExactly(
            "C-1",
            "Des pistes cyclables",
            "Le texte de Des pistes cyclables",
            "individuelle",
            Pseudonyms.keyed(SECRET).of(s.c, s.w.alice.participant()),
            "75");
    assertThat(alice.get(8)).isEqualTo("publié");
    assertThat(alice.get(9)).isEqualTo("/c/" + c.slug() + "/C-1");
    assertThat(book.cell("Mobilité", 1, 6).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    assertThat(book.cell("Mobilité", 1, 6).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
    assertThat(book.cell("Mobilité", 1, 10).asNumber()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(book.cell("Mobilité", 1, 13).asNumber()).isEqualByComparingTo(BigDecimal.ONE);
    List<String> collective = book.texts("Mobilité", 2);
    assertThat(collective.subList(0, 4))
        .containsExactly("C-3", "Synthèse de l'atelier", "Nous proposons…", "collective");
    assertThat(collective.get(5)).isEqualTo("971");
    assertThat(book.texts("Logement", 1).get(0)).isEqualTo("C-2");
  }

  @Test
  void textsThatLookLikeFormulasAreWrittenAsPlainTextCells() {
    s.w.submit(s.w.alice, s.c, s.housing, "=HYPERLINK(\"http://example.org\";\"clic\")");
    s.engine
        .contributions()
        .submit(
            s.w.bob,
            new SubmitContribution(s.c, s.housing, "+33 6 12 34 56 78", "@SUM(A1:A9)\n-2+3"));

    XlsxBook book = export(s.w.visitor);

    Cell title = book.cell("Logement", 2, 1);
    assertThat(title.getType()).isEqualTo(CellType.STRING);
    assertThat(title.asString()).isEqualTo("=HYPERLINK(\"http://example.org\";\"clic\")");
    assertThat(book.cell("Logement", 3, 1).getType()).isEqualTo(CellType.STRING);
    assertThat(book.cell("Logement", 3, 1).asString()).isEqualTo("+33 6 12 34 56 78");
    assertThat(book.cell("Logement", 3, 2).asString()).isEqualTo("@SUM(A1:A9)\n-2+3");
    assertThat(book.parts("xl/worksheets/").values())
        .allSatisfy(xml -> assertThat(xml).doesNotContain("<f>"));
  }

  @Test
  void theKeyFiguresCountWhatTheActorMaySee() {
    s.engine
        .moderation()
        .decide(
            s.w.moderator,
            new Moderate(s.c, ContentRef.of(s.bobIdea.id()), ModerationAction.HIDE, "Hors sujet"));

    XlsxBook publicBook = export(s.w.visitor);
    XlsxBook organiserBook = export(s.w.organiser);

    assertThat(number(publicBook.figure("Synthèse", "Contributions"))).isEqualTo(2);
    assertThat(number(organiserBook.figure("Synthèse", "Contributions"))).isEqualTo(3);
    assertThat(publicBook.figure("Synthèse", "Contenus inclus").asString())
        .isEqualTo("publiés seulement");
    assertThat(organiserBook.figure("Synthèse", "Contenus inclus").asString())
        .isEqualTo("tous les statuts");
    assertThat(number(publicBook.figure("Synthèse", "Commentaires"))).isEqualTo(2);
    assertThat(number(publicBook.figure("Synthèse", "Participants"))).isEqualTo(7);
    assertThat(number(publicBook.figure("Synthèse", "Ateliers"))).isEqualTo(1);
    assertThat(number(publicBook.figure("Synthèse", "Participants aux ateliers"))).isEqualTo(12);
    assertThat(number(publicBook.figure("Synthèse", "Votes sur ces contributions"))).isEqualTo(1);
    assertThat(publicBook.figure("Synthèse", "Phase").asString()).isEqualTo("ouverte");
    assertThat(breakdown(publicBook))
        .containsExactly(
            "individuelle/publié=1", "collective/publié=1", "institutionnelle/publié=0");
    assertThat(breakdown(organiserBook))
        .contains("individuelle/publié=1", "individuelle/masqué=1", "collective/publié=1")
        .hasSize(12);
    assertThat(publicBook.rows("Logement")).hasSize(1);
    assertThat(organiserBook.texts("Logement", 1).get(8)).isEqualTo("masqué");
  }

  @Test
  void theThemesSheetCountsContributionsAndNamesEachThemesSheet() {
    XlsxBook book = export(s.w.visitor);

    assertThat(book.texts("Thèmes", 0))
        .containsExactly("Ordre", "Thème", "Description", "Contributions", "Onglet");
    assertThat(book.texts("Thèmes", 1)).containsExactly("1", "Mobilité", "", "2", "Mobilité");
    assertThat(book.texts("Thèmes", 2)).containsExactly("2", "Logement", "", "1", "Logement");
  }

  @Test
  void theWorkshopsSheetShowsEachWorkshopAtItsLocalTimeWithItsCollectiveContributions() {
    XlsxBook book = export(s.w.visitor);

    assertThat(book.texts("Ateliers", 1).subList(2, 6))
        .containsExactly(
            "America/Guadeloupe", "Médiathèque", "1 rue Frébault, Pointe-à-Pitre", "971");
    assertThat(book.texts("Ateliers", 1).get(0)).isEqualTo("Atelier mobilité");
    assertThat(book.cell("Ateliers", 1, 1).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 5, 18, 0));
    assertThat(book.cell("Ateliers", 1, 6).asNumber()).isEqualByComparingTo("16.2411");
    assertThat(book.cell("Ateliers", 1, 7).asNumber()).isEqualByComparingTo("-61.5331");
    assertThat(number(book.cell("Ateliers", 1, 8))).isEqualTo(12);
    assertThat(book.texts("Ateliers", 1).get(9)).isEqualTo("Mobilité");
    assertThat(number(book.cell("Ateliers", 1, 10))).isEqualTo(1);
  }

  @Test
  void theSummaryTellsHowManyRowsEachTableHas() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSummary summary = s.engine.exports().xlsx(s.w.visitor, s.c, out, options);

    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(3);
    assertThat(summary.rows(ExportTable.THEMES)).isEqualTo(2);
    assertThat(summary.rows(ExportTable.WORKSHOPS)).isEqualTo(1);
    assertThat(summary.rows(ExportTable.BALLOTS)).isZero();
  }

  private static long number(Cell cell) {
    return cell.asNumber().longValueExact();
  }

  /** The kind/status breakdown below the key figures, as {@code kind/status=count}. */
  private static List<String> breakdown(XlsxBook book) {
    List<org.dhatim.fastexcel.reader.Row> rows = book.rows("Synthèse");
    int start = 0;
    while (!"Type".equals(rows.get(start).getCellText(0))) {
      start++;
    }
    return rows.subList(start + 1, rows.size()).stream()
        .map(r -> r.getCellText(0) + "/" + r.getCellText(1) + "=" + r.getCellText(2))
        .toList();
  }
}
