package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.WorkshopBulkFile.CONTRIBUTION_THEME;
import static org.openconsultation.core.WorkshopBulkFile.DATE;
import static org.openconsultation.core.WorkshopBulkFile.LATITUDE;
import static org.openconsultation.core.WorkshopBulkFile.LONGITUDE;
import static org.openconsultation.core.WorkshopBulkFile.PLACE;
import static org.openconsultation.core.WorkshopBulkFile.THEMES;
import static org.openconsultation.core.WorkshopBulkFile.TIME;
import static org.openconsultation.core.WorkshopBulkFile.ZONE;
import static org.openconsultation.core.WorkshopBulkFile.good;
import static org.openconsultation.core.WorkshopBulkFile.with;
import static org.openconsultation.core.WorkshopBulkFile.withoutContribution;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ContributionFilter;

/** A good workshop file records every row, as the single-workshop commands would. */
class WorkshopBulkImportTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();
  private final ThemeId mobility = w.theme(c, "Mobilité");
  private final ThemeId housing = w.theme(c, "Logement");

  WorkshopBulkImportTest() {
    w.register(w.facilitator, c);
  }

  private BulkImportReport.Imported imported(WorkshopBulkFile file) {
    BulkImportReport report = engine.workshops().importWorkshops(w.facilitator, c, file.stream());
    assertThat(report).isInstanceOf(BulkImportReport.Imported.class);
    assertThat(report.imported()).isTrue();
    return (BulkImportReport.Imported) report;
  }

  @Test
  void everyRowBecomesAWorkshopWithItsCollectiveContribution() {
    WorkshopBulkFile file =
        WorkshopBulkFile.spreadsheet()
            .row(with(good("Atelier Nord"), THEMES, "Mobilité|Logement"))
            .row(
                with(
                    withoutContribution(good("Atelier Pointe-à-Pitre")),
                    Map.of(
                        DATE, "12/03/2026",
                        TIME, "9h",
                        ZONE, "America/Guadeloupe",
                        PLACE, "Médiathèque",
                        LATITUDE, "16.2411",
                        LONGITUDE, "-61.5331")))
            .row(with(good("Atelier Sud"), THEMES, "logement"));

    BulkImportReport.Imported report = imported(file);

    List<Workshop> stored = engine.workshops().list(w.visitor, c);
    assertThat(stored).containsExactlyInAnyOrderElementsOf(report.workshops());
    assertThat(report.workshops())
        .extracting(Workshop::title)
        .containsExactly("Atelier Nord", "Atelier Pointe-à-Pitre", "Atelier Sud");
    Workshop north = report.workshops().get(0);
    assertThat(north.description()).isEqualTo("Échanges sur Atelier Nord");
    assertThat(north.heldAt())
        .isEqualTo(ZonedDateTime.of(2026, 3, 10, 18, 30, 0, 0, TestWorld.PARIS));
    assertThat(north.place())
        .isEqualTo(
            new Place(
                "Maison de quartier Nord",
                "12 rue des Lilas, 75019 Paris",
                "75",
                new GeoPoint(48.8867, 2.3805),
                TestWorld.PARIS));
    assertThat(north.attendeeCount()).isEqualTo(18);
    assertThat(north.themes()).containsExactly(mobility, housing);
    assertThat(north.organiser()).isEqualTo(w.facilitator.participant());
    assertThat(north.createdAt()).isEqualTo(w.clock.instant());
    Workshop guadeloupe = report.workshops().get(1);
    assertThat(guadeloupe.heldAt())
        .isEqualTo(ZonedDateTime.of(2026, 3, 12, 9, 0, 0, 0, TestWorld.GUADELOUPE));
    assertThat(guadeloupe.place().point()).isEqualTo(new GeoPoint(16.2411, -61.5331));
    assertThat(report.workshops().get(2).themes()).containsExactly(housing);

    assertThat(report.contributions()).hasSize(2);
    Contribution first = report.contributions().get(0);
    assertThat(first.kind()).isEqualTo(ContributionKind.COLLECTIVE);
    assertThat(first.provenance()).isEqualTo(new Provenance.Collective(north.id(), 18));
    assertThat(first.themeId()).isEqualTo(mobility);
    assertThat(first.title()).isEqualTo("Proposition de Atelier Nord");
    assertThat(first.author()).isEqualTo(w.facilitator.participant());
    assertThat(first.territory()).isEqualTo("75");
    assertThat(first.location()).isEqualTo(new GeoPoint(48.8867, 2.3805));
    assertThat(first.status()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(first.reference().toString()).isEqualTo("C-1");
    assertThat(report.contributions().get(1).reference().toString()).isEqualTo("C-2");
    assertThat(engine.workshops().contributions(w.visitor, c, north.id())).containsExactly(first);
    assertThat(engine.contributions().revisions(w.visitor, c, first.id())).hasSize(1);
  }

  @Test
  void aBlankContributionThemeMeansTheWorkshopsFirstTheme() {
    BulkImportReport.Imported report =
        imported(
            WorkshopBulkFile.spreadsheet()
                .row(
                    with(
                        good("Atelier"),
                        Map.of(THEMES, "Logement|Mobilité", CONTRIBUTION_THEME, ""))));

    assertThat(report.contributions().get(0).themeId()).isEqualTo(housing);
  }

  @Test
  void theImportAnnouncesTheEventsOfTheSingleCommandsInFileOrder() {
    w.events.clear();

    BulkImportReport.Imported report =
        imported(
            WorkshopBulkFile.spreadsheet()
                .row(good("Atelier A"))
                .row(withoutContribution(good("Atelier B"))));

    assertThat(w.events).hasSize(3);
    assertThat(w.events.get(0))
        .isEqualTo(
            new DomainEvent.WorkshopChanged(
                c, w.facilitator.participant(), w.clock.instant(), report.workshops().get(0).id()));
    Contribution x = report.contributions().get(0);
    assertThat(w.events.get(1))
        .isEqualTo(
            new DomainEvent.ContributionSubmitted(
                c,
                w.facilitator.participant(),
                w.clock.instant(),
                x.id(),
                x.reference(),
                ContributionKind.COLLECTIVE,
                PublicationStatus.PUBLISHED));
    assertThat(w.events.get(2))
        .isEqualTo(
            new DomainEvent.WorkshopChanged(
                c, w.facilitator.participant(), w.clock.instant(), report.workshops().get(1).id()));
  }

  @Test
  void underPreModerationTheContributionsWaitForAModerator() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    w.theme(pre, "Mobilité");
    w.register(w.facilitator, pre);

    BulkImportReport report =
        engine
            .workshops()
            .importWorkshops(
                w.facilitator, pre, WorkshopBulkFile.spreadsheet().row(good("Atelier")).stream());

    Contribution x = ((BulkImportReport.Imported) report).contributions().get(0);
    assertThat(x.status()).isEqualTo(PublicationStatus.PENDING);
    assertThat(engine.contributions().list(w.visitor, pre, ContributionFilter.all())).isEmpty();
  }
}
