package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openconsultation.core.WorkshopBulkFile.ADDRESS;
import static org.openconsultation.core.WorkshopBulkFile.ATTENDEES;
import static org.openconsultation.core.WorkshopBulkFile.CONTRIBUTION_BODY;
import static org.openconsultation.core.WorkshopBulkFile.CONTRIBUTION_THEME;
import static org.openconsultation.core.WorkshopBulkFile.DATE;
import static org.openconsultation.core.WorkshopBulkFile.LATITUDE;
import static org.openconsultation.core.WorkshopBulkFile.LONGITUDE;
import static org.openconsultation.core.WorkshopBulkFile.THEMES;
import static org.openconsultation.core.WorkshopBulkFile.TIME;
import static org.openconsultation.core.WorkshopBulkFile.TITLE;
import static org.openconsultation.core.WorkshopBulkFile.ZONE;
import static org.openconsultation.core.WorkshopBulkFile.good;
import static org.openconsultation.core.WorkshopBulkFile.with;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;
import org.openconsultation.core.spi.ContributionFilter;

/** A file with bad rows records nothing and reports every problem where the user will find it. */
class WorkshopBulkImportErrorsTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();

  WorkshopBulkImportErrorsTest() {
    w.theme(c, "Mobilité");
    w.register(w.facilitator, c);
  }

  private BulkImportReport.Rejected rejected(Actor actor, WorkshopBulkFile file) {
    BulkImportReport report = engine.workshops().importWorkshops(actor, c, file.stream());
    assertThat(report).isInstanceOf(BulkImportReport.Rejected.class);
    assertThat(report.imported()).isFalse();
    return (BulkImportReport.Rejected) report;
  }

  /** Three bad rows (lines 3, 5 and 7) among three good ones. */
  private static WorkshopBulkFile threeBadRows() {
    return WorkshopBulkFile.spreadsheet()
        .row(good("Atelier 1"))
        .row(with(good("Atelier 2"), Map.of(TITLE, "", DATE, "31/02/2026")))
        .row(good("Atelier 3"))
        .row(with(good("Atelier 4"), THEMES, "Mobilité|Culture"))
        .row(good("Atelier 5"))
        .row(with(good("Atelier 6"), Map.of(LATITUDE, "quarante-huit", ATTENDEES, "-3")));
  }

  @Test
  void aFileWithThreeBadRowsReportsExactlyThoseLinesAndRecordsNothing() {
    long contributionsBefore =
        engine.contributions().list(w.organiser, c, ContributionFilter.all()).size();
    w.events.clear();

    BulkImportReport.Rejected report = rejected(w.facilitator, threeBadRows());

    assertThat(report.lines()).containsExactly(3, 5, 7);
    assertThat(report.errors())
        .extracting(RowError::line, RowError::column, RowError::code)
        .containsExactly(
            tuple(3, "titre", "not-blank"),
            tuple(3, "date", "bulk.date"),
            tuple(5, "thèmes", "theme.unknown"),
            tuple(7, "latitude", "bulk.number"),
            tuple(7, "nombre de participants", "positive-or-zero"));
    assertThat(engine.workshops().list(w.organiser, c)).isEmpty();
    assertThat(engine.contributions().list(w.organiser, c, ContributionFilter.all()))
        .hasSize((int) contributionsBefore);
    assertThat(w.events).isEmpty();
  }

  @Test
  void messagesAreInTheActorsLanguageAndTheSameAsTheSingleWorkshopCommands() {
    BulkImportReport.Rejected french = rejected(w.facilitator, threeBadRows());
    Actor english = w.facilitator.withLocale(Locale.ENGLISH);
    BulkImportReport.Rejected inEnglish = rejected(english, threeBadRows());

    assertThat(french.errors().get(0).message()).isEqualTo(single(w.facilitator, "title"));
    assertThat(inEnglish.errors().get(0).message()).isEqualTo(single(english, "title"));
    assertThat(french.errors().get(0).message()).isNotEqualTo(inEnglish.errors().get(0).message());
    assertThat(french.errors().get(1).message())
        .isEqualTo("Une date comme 2026-03-14 ou 14/03/2026 est attendue, pas « 31/02/2026 ».");
    assertThat(inEnglish.errors().get(1).message())
        .isEqualTo("Expected a date such as 2026-03-14 or 14/03/2026, not \"31/02/2026\".");
    assertThat(french.errors().get(2).message())
        .isEqualTo("Thème inconnu pour cette consultation : Culture.");
    assertThat(inEnglish.errors().get(2).message())
        .isEqualTo("Unknown theme for this consultation: Culture.");
    assertThat(inEnglish.errors().get(4).message()).isEqualTo(single(english, "attendeeCount"));
  }

  /** The message the engine gives for the first violation at {@code path} of a bad command. */
  private String single(Actor actor, String path) {
    RecordWorkshop bad =
        new RecordWorkshop(
            c,
            "",
            "",
            LocalDateTime.of(2026, 3, 10, 18, 30),
            new WorkshopPlace("Lieu", "Adresse", "75", new GeoPoint(48, 2), TestWorld.PARIS),
            -3,
            Set.of(),
            List.of());
    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> engine.workshops().record(actor, bad));
    return e.violations().stream()
        .filter(v -> v.path().equals(path))
        .map(Violation::message)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void cellsThatCannotBeReadAreEachReported() {
    BulkImportReport.Rejected report =
        rejected(
            w.facilitator,
            WorkshopBulkFile.spreadsheet()
                .row(
                    with(
                        good("Atelier"),
                        Map.of(
                            TIME, "25:00",
                            ZONE, "Europe/Lutece",
                            LONGITUDE, "200",
                            ATTENDEES, "douze",
                            ADDRESS, "",
                            CONTRIBUTION_THEME, "Culture",
                            CONTRIBUTION_BODY, ""))));

    assertThat(report.errors())
        .extracting(RowError::column, RowError::code)
        .containsExactly(
            tuple("heure", "bulk.time"),
            tuple("fuseau horaire", "bulk.time-zone"),
            tuple("adresse", "not-blank"),
            tuple("longitude", "bulk.longitude"),
            tuple("nombre de participants", "bulk.integer"),
            tuple("thème de la contribution", "theme.unknown"),
            tuple("texte de la contribution", "not-blank"));
    assertThat(report.lines()).containsExactly(2);
  }

  @Test
  void aWorkshopGivenTwiceOrAlreadyRecordedIsReported() {
    WorkshopBulkFile twice =
        WorkshopBulkFile.spreadsheet()
            .row(good("Atelier Nord"))
            .row(with(good("atelier  nord"), DATE, "10/03/2026"));

    BulkImportReport.Rejected report = rejected(w.facilitator, twice);

    assertThat(report.errors())
        .containsExactly(
            new RowError(
                3,
                "titre",
                "bulk.duplicate",
                "Même atelier que la ligne 2 (même titre, même date, même heure et même lieu)."));

    engine
        .workshops()
        .importWorkshops(
            w.facilitator, c, WorkshopBulkFile.spreadsheet().row(good("Atelier Nord")).stream());
    BulkImportReport.Rejected again =
        rejected(w.facilitator, WorkshopBulkFile.spreadsheet().row(good("Atelier Nord")));
    assertThat(again.errors())
        .extracting(RowError::line, RowError::code)
        .containsExactly(tuple(2, "bulk.already-recorded"));
    assertThat(engine.workshops().list(w.organiser, c)).hasSize(1);
  }

  @Test
  void aCollectiveContributionNeedsAttendees() {
    BulkImportReport.Rejected report =
        rejected(
            w.facilitator, WorkshopBulkFile.spreadsheet().row(with(good("A"), ATTENDEES, "0")));

    assertThat(report.errors())
        .extracting(RowError::column, RowError::code)
        .containsExactly(tuple("nombre de participants", "workshop.attendees"));
  }
}
