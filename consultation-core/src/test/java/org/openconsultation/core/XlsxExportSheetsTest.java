package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ThemeId;

/** How the workbook names its sheets, adapts to results and language, and streams. */
class XlsxExportSheetsTest {

  private final TestWorld w = new TestWorld();

  private XlsxBook export(Actor actor, ConsultationId c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.engine.exports().xlsx(actor, c, out, ExportOptions.defaults());
    return new XlsxBook(out.toByteArray());
  }

  @Test
  void sheetNamesLoseForbiddenCharactersAreCutTo31AndStayUniqueIgnoringCase() {
    ConsultationId c = w.open();
    String longTitle = "Transports en commun et mobilités douces du quotidien";
    for (String title :
        List.of(
            "Santé / soins : accès [urgent] ?",
            longTitle,
            longTitle,
            "Mobilité",
            "MOBILITÉ",
            "Synthèse",
            "History",
            "'Entre apostrophes'",
            "***")) {
      w.theme(c, title);
    }

    XlsxBook book = export(w.visitor, c);

    assertThat(book.sheetNames())
        .containsExactly(
            "Synthèse",
            "Thèmes",
            "Ateliers",
            "Santé soins accès urgent",
            "Transports en commun et mobilit",
            "Transports en commun et mob (2)",
            "Mobilité",
            "MOBILITÉ (2)",
            "Synthèse (2)",
            "History (2)",
            "Entre apostrophes",
            "Thème 9");
    assertThat(book.sheetNames()).allSatisfy(name -> assertThat(name.length()).isLessThan(32));
    List<String> listed = new ArrayList<>();
    for (int row = 1; row < book.rows("Thèmes").size(); row++) {
      listed.add(book.texts("Thèmes", row).get(4));
    }
    assertThat(listed).isEqualTo(book.sheetNames().subList(3, book.sheetNames().size()));
  }

  @Test
  void whileResultsAreHiddenTheWorkbookHasNoTallyColumnsAndNoBallotFigure() {
    ConsultationId c = w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    ThemeId theme = w.theme(c, "Mobilité");
    w.register(w.alice, c);
    w.submit(w.alice, c, theme, "Des pistes cyclables");

    XlsxBook visitorBook = export(w.visitor, c);
    XlsxBook organiserBook = export(w.organiser, c);

    assertThat(visitorBook.texts("Mobilité", 0)).hasSize(10).doesNotContain("Soutiens");
    assertThat(visitorBook.rows("Synthèse"))
        .noneMatch(r -> r.getCellText(0).equals("Votes sur ces contributions"));
    assertThat(organiserBook.texts("Mobilité", 0)).hasSize(14).contains("Soutiens", "Votes");
  }

  @Test
  void anEnglishConsultationGetsEnglishLabels() {
    ConsultationId c =
        w.engine
            .consultations()
            .create(
                w.organiser,
                new CreateConsultation(
                    "city-plan",
                    "City plan",
                    "",
                    Locale.ENGLISH,
                    w.openNow(),
                    ConsultationSettings.defaults(),
                    TestWorld.TERMS))
            .id();
    w.engine.consultations().publish(w.organiser, c);
    ThemeId theme = w.theme(c, "Cycling");
    w.register(w.alice, c);
    w.submit(w.alice, c, theme, "Bike lanes");

    XlsxBook book = export(w.visitor, c);

    assertThat(book.sheetNames()).containsExactly("Summary", "Themes", "Workshops", "Cycling");
    assertThat(book.texts("Cycling", 0).subList(0, 4))
        .containsExactly("Reference", "Title", "Text", "Kind");
    assertThat(book.texts("Cycling", 1).subList(3, 4)).containsExactly("individual");
    assertThat(book.texts("Cycling", 1).get(8)).isEqualTo("published");
    assertThat(book.figure("Summary", "Phase").asString()).isEqualTo("open");
  }

  @Test
  void aThemeWithMoreRowsThanASheetKeepsInMemoryIsWrittenWholeAndProgressIsToldPerTable() {
    ConsultationId c = w.open();
    ThemeId theme = w.theme(c, "Mobilité");
    w.register(w.alice, c);
    int count = 2_345;
    for (int i = 1; i <= count; i++) {
      w.submit(w.alice, c, theme, "Idée " + i);
    }
    List<String> progress = new ArrayList<>();
    ClosingWatch out = new ClosingWatch();

    w.engine
        .exports()
        .xlsx(
            w.visitor,
            c,
            out,
            ExportOptions.defaults()
                .withProgress(
                    (table, rows, done) -> progress.add(table + " " + rows + " " + done)));

    XlsxBook book = new XlsxBook(out.toByteArray());
    assertThat(book.rows("Mobilité")).hasSize(count + 1);
    assertThat(book.texts("Mobilité", count).get(0)).isEqualTo("C-" + count);
    assertThat(book.texts("Mobilité", count).get(1)).isEqualTo("Idée " + count);
    assertThat(progress)
        .containsExactly(
            ExportTable.CONTRIBUTIONS + " " + count + " true",
            ExportTable.THEMES + " 1 true",
            ExportTable.WORKSHOPS + " 0 true");
    assertThat(out.closed).isFalse();
    assertThat(out.flushed).isTrue();
  }

  /** Records whether the export closed or flushed the caller's stream. */
  private static final class ClosingWatch extends ByteArrayOutputStream {
    boolean closed;
    boolean flushed;

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void flush() {
      flushed = true;
    }
  }
}
