package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openconsultation.core.WorkshopBulkFile.DESCRIPTION;
import static org.openconsultation.core.WorkshopBulkFile.LATITUDE;
import static org.openconsultation.core.WorkshopBulkFile.LONGITUDE;
import static org.openconsultation.core.WorkshopBulkFile.TITLE;
import static org.openconsultation.core.WorkshopBulkFile.good;
import static org.openconsultation.core.WorkshopBulkFile.with;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/** The files the import reads and the template it writes. */
class WorkshopBulkImportFormatsTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();
  private final ThemeId mobility = w.theme(c, "Mobilité");
  private final ThemeId publicSpaces = w.theme(c, "Espaces publics");

  WorkshopBulkImportFormatsTest() {
    w.register(w.facilitator, c);
  }

  private BulkImportReport importing(byte[] file) {
    return engine.workshops().importWorkshops(w.facilitator, c, new ByteArrayInputStream(file));
  }

  private List<RowError> errors(byte[] file) {
    BulkImportReport report = importing(file);
    assertThat(report).isInstanceOf(BulkImportReport.Rejected.class);
    return ((BulkImportReport.Rejected) report).errors();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The records of a CSV text, read with Jackson CSV. */
  private static List<List<String>> records(String csv, char separator) {
    try (MappingIterator<String[]> it =
        new CsvMapper()
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvSchema.emptySchema().withColumnSeparator(separator))
            .readValues(csv)) {
      List<List<String>> records = new ArrayList<>();
      while (it.hasNext()) {
        records.add(List.of(it.next()));
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] withBom(byte[] file) {
    byte[] out = new byte[file.length + 3];
    System.arraycopy(BOM, 0, out, 0, 3);
    System.arraycopy(file, 0, out, 3, file.length);
    return out;
  }

  @Test
  void commasOrSemicolonsWithOrWithoutAByteOrderMarkAllImport() {
    String english =
        "title,description,date,time,time zone,place name,address,territory,latitude,longitude,"
            + "attendee count,themes\r\n"
            + "Workshop,,2026-03-10,18:30,Europe/Paris,Town hall,\"1 place de la Mairie, Paris\","
            + "75,48.85,2.35,10,Mobilité\r\n";
    String french =
        "titre;date;heure;lieu;adresse;territoire;latitude;longitude;nombre de participants\n"
            + "Atelier;2026-03-11;18:30;Mairie;1 place de la Mairie, Paris;75;48,85;2,35;10\n";

    List<byte[]> files =
        List.of(utf8(english), withBom(utf8(english)), utf8(french), withBom(utf8(french)));
    List<String> titles = new ArrayList<>();
    for (byte[] file : files) {
      ConsultationId other = w.open();
      w.theme(other, "Mobilité");
      BulkImportReport.Imported report =
          (BulkImportReport.Imported)
              engine
                  .workshops()
                  .importWorkshops(w.facilitator, other, new ByteArrayInputStream(file));
      Workshop ws = report.workshops().get(0);
      assertThat(ws.place().address()).isEqualTo("1 place de la Mairie, Paris");
      assertThat(ws.place().point()).isEqualTo(new GeoPoint(48.85, 2.35));
      titles.add(ws.title());
    }
    assertThat(titles).containsExactly("Workshop", "Workshop", "Atelier", "Atelier");
  }

  @Test
  void headersMatchIgnoringCaseAccentsSpacingAndOrder() {
    String file =
        "  LIEU ;Titre;Nombre_de_participants;THEMES;Adresse;Territoire;Heure;Date;Latitude;"
            + "Longitude\r\n"
            + "Mairie;Atelier;10;espaces publics|MOBILITE;1 place de la Mairie;75;18:30;"
            + "10/03/2026;48,85;2,35\r\n";

    BulkImportReport report = importing(utf8(file));

    Workshop ws = ((BulkImportReport.Imported) report).workshops().get(0);
    assertThat(ws.themes()).containsExactly(publicSpaces, mobility);
    assertThat(ws.place().name()).isEqualTo("Mairie");
  }

  @Test
  void linesAreCountedAsASpreadsheetShowsThemEvenAfterCellsWithLineBreaks() {
    byte[] file =
        WorkshopBulkFile.spreadsheet()
            .row(with(good("Atelier 1"), DESCRIPTION, "Première ligne\nDeuxième ligne\nTroisième"))
            .row(List.of("", "", "", "", "", "", "", "", "", "", "", "", "", "", ""))
            .row(with(good("Atelier 2"), TITLE, ""))
            .bytes();

    assertThat(errors(file))
        .extracting(RowError::line, RowError::column, RowError::code)
        .containsExactly(tuple(4, "titre", "not-blank"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAsAWhole() {
    byte[] latin1 =
        "titre;date\r\nAtelier mobilité;2026-03-10\r\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(errors(latin1))
        .containsExactly(
            new RowError(
                1,
                null,
                "bulk.encoding",
                "Le fichier n'est pas en UTF-8 : enregistrez-le au format « CSV UTF-8 »."));
  }

  @Test
  void theHeaderRowMustNameTheRequiredColumnsAndNoUnknownOne() {
    byte[] file = utf8("titre;date;heure;couleur;lieu;lieu\r\nA;2026-03-10;18:30;bleu;M;M\r\n");

    assertThat(errors(file))
        .extracting(RowError::line, RowError::column, RowError::code)
        .containsExactlyInAnyOrder(
            tuple(1, "couleur", "bulk.header.unknown"),
            tuple(1, "lieu", "bulk.header.duplicate"),
            tuple(1, "adresse", "bulk.header.missing"),
            tuple(1, "territoire", "bulk.header.missing"),
            tuple(1, "latitude", "bulk.header.missing"),
            tuple(1, "longitude", "bulk.header.missing"),
            tuple(1, "nombre de participants", "bulk.header.missing"));
  }

  @Test
  void anEmptyFileAFileWithoutRowsAndARowWithTooManyCellsAreRefused() {
    assertThat(errors(new byte[0])).extracting(RowError::code).containsExactly("bulk.empty");
    assertThat(errors(WorkshopBulkFile.spreadsheet().bytes()))
        .extracting(RowError::line, RowError::code)
        .containsExactly(tuple(2, "bulk.no-rows"));
    List<String> tooWide = new ArrayList<>(good("Atelier"));
    tooWide.add("débordement");
    assertThat(errors(WorkshopBulkFile.spreadsheet().row(tooWide).bytes()))
        .extracting(RowError::line, RowError::code)
        .containsExactly(tuple(2, "bulk.extra-cells"));
  }

  @Test
  void theTemplateIsUtf8WithAByteOrderMarkSemicolonsAFrenchHeaderAndAnExampleRow() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.workshops().writeWorkshopTemplate(Locale.FRENCH, out);
    byte[] template = out.toByteArray();

    assertThat(template).startsWith(BOM);
    List<List<String>> records =
        records(new String(template, 3, template.length - 3, StandardCharsets.UTF_8), ';');
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isEqualTo(WorkshopBulkFile.FRENCH);
    assertThat(records.get(1).get(LATITUDE)).isEqualTo("48,8867");
    assertThat(records.get(1).get(LONGITUDE)).isEqualTo("2,3805");
    assertThat(records.get(1).get(TITLE)).isEqualTo("Atelier mobilité du quartier Nord");
  }

  @Test
  void theFilledInTemplateImportsItsExampleRow() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.workshops().writeWorkshopTemplate(Locale.FRENCH, out);

    BulkImportReport.Imported report = (BulkImportReport.Imported) importing(out.toByteArray());

    Workshop ws = report.workshops().get(0);
    assertThat(ws.title()).isEqualTo("Atelier mobilité du quartier Nord");
    assertThat(ws.heldAt()).isEqualTo(ZonedDateTime.of(2026, 3, 14, 18, 30, 0, 0, TestWorld.PARIS));
    assertThat(ws.place().point()).isEqualTo(new GeoPoint(48.8867, 2.3805));
    assertThat(ws.attendeeCount()).isEqualTo(18);
    assertThat(ws.themes()).containsExactly(mobility, publicSpaces);
    Contribution x = report.contributions().get(0);
    assertThat(x.title()).isEqualTo("Des rues apaisées autour des écoles");
    assertThat(x.themeId()).isEqualTo(mobility);
  }

  @Test
  void theEnglishRfc4180TemplateUsesCommasAndDecimalPointsAndImportsToo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.workshops().writeWorkshopTemplate(Locale.ENGLISH, CsvFormat.RFC_4180, out);
    byte[] template = out.toByteArray();

    assertThat(template[0]).isEqualTo((byte) 't');
    List<List<String>> records = records(new String(template, StandardCharsets.UTF_8), ',');
    assertThat(records.get(0)).isEqualTo(WorkshopBulkFile.ENGLISH);
    assertThat(records.get(1).get(LATITUDE)).isEqualTo("48.8867");
    assertThat(records.get(1).get(LONGITUDE)).isEqualTo("2.3805");
    BulkImportReport report = importing(template);
    assertThat(report.imported()).isTrue();
  }

  @Test
  void unreadableCoordinatesDoNotHideTheOtherCellsProblems() {
    byte[] file =
        WorkshopBulkFile.spreadsheet()
            .row(with(good("Atelier"), Map.of(LATITUDE, "", LONGITUDE, "2.3.5", TITLE, " ")))
            .bytes();

    assertThat(errors(file))
        .extracting(RowError::column, RowError::code)
        .containsExactly(
            tuple("titre", "not-blank"),
            tuple("latitude", "bulk.required"),
            tuple("longitude", "bulk.number"));
  }
}
