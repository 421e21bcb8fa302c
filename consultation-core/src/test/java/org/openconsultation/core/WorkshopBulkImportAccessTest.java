package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openconsultation.core.WorkshopBulkFile.good;
import static org.openconsultation.core.WorkshopBulkFile.withoutContribution;

import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.PhaseException;

/** Who may import workshops, and when. */
class WorkshopBulkImportAccessTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();

  WorkshopBulkImportAccessTest() {
    w.theme(c, "Mobilité");
    w.register(w.facilitator, c);
  }

  private BulkImportReport importing(Actor actor, ConsultationId id, WorkshopBulkFile file) {
    return engine.workshops().importWorkshops(actor, id, file.stream());
  }

  /** A file the import must not even open. */
  private static InputStream unread() {
    return new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the file was read");
      }
    };
  }

  @Test
  void participantsAndVisitorsMayNotImportWorkshopsAndTheirFileIsNotRead() {
    w.register(w.alice, c);

    ForbiddenException participant =
        Failures.thrown(
            ForbiddenException.class,
            () -> engine.workshops().importWorkshops(w.alice, c, unread()));
    ForbiddenException visitor =
        Failures.thrown(
            ForbiddenException.class,
            () -> engine.workshops().importWorkshops(w.visitor, c, unread()));

    assertThat(participant.code()).isEqualTo("forbidden.manage-workshops");
    assertThat(visitor.code()).isEqualTo("forbidden.manage-workshops");
    assertThat(engine.workshops().list(w.organiser, c)).isEmpty();
  }

  @Test
  void organisersMayImportWorkshops() {
    BulkImportReport report =
        importing(
            w.organiser, c, WorkshopBulkFile.spreadsheet().row(withoutContribution(good("A"))));

    assertThat(report.imported()).isTrue();
  }

  @Test
  void anArchivedConsultationRefusesImports() {
    w.clock.advance(Duration.ofDays(31));
    engine.consultations().archive(w.organiser, c);

    PhaseException e =
        Failures.thrown(
            PhaseException.class,
            () -> engine.workshops().importWorkshops(w.facilitator, c, unread()));

    assertThat(e.code()).isEqualTo("phase.archived");
  }

  @Test
  void withoutTheWorkshopsFeatureImportsAreRefused() {
    ConsultationId none =
        w.open(
            ConsultationSettings.defaults()
                .withFeatures(EnumSet.complementOf(EnumSet.of(Feature.WORKSHOPS))));

    ForbiddenException e =
        Failures.thrown(
            ForbiddenException.class,
            () -> engine.workshops().importWorkshops(w.facilitator, none, unread()));

    assertThat(e.code()).isEqualTo("feature.disabled");
  }

  @Test
  void anUnknownConsultationIsNotFound() {
    ConsultationId unknown = new ConsultationId(new UUID(1, 2));

    NotFoundException e =
        Failures.thrown(
            NotFoundException.class,
            () -> engine.workshops().importWorkshops(w.facilitator, unknown, unread()));

    assertThat(e.code()).isEqualTo("consultation.not-found");
  }

  @Test
  void afterCloseWorkshopsStillImportButCollectiveContributionsAreReportedRowByRow() {
    engine.consultations().closeEarly(w.organiser, new CloseEarly(c, "Réserve électorale"));

    BulkImportReport.Rejected report =
        (BulkImportReport.Rejected)
            importing(
                w.facilitator,
                c,
                WorkshopBulkFile.spreadsheet()
                    .row(withoutContribution(good("Atelier 1")))
                    .row(good("Atelier 2")));
    BulkImportReport workshopsOnly =
        importing(
            w.facilitator,
            c,
            WorkshopBulkFile.spreadsheet().row(withoutContribution(good("Atelier 1"))));

    assertThat(report.errors())
        .extracting(RowError::line, RowError::column, RowError::code)
        .containsExactly(tuple(3, "titre de la contribution", "phase.closed"));
    assertThat(report.errors().get(0).message())
        .isEqualTo("Ce n'est pas possible tant que la consultation est close.");
    assertThat(workshopsOnly.imported()).isTrue();
  }

  @Test
  void collectiveContributionsNeedTheFacilitatorToBeRegistered() {
    BulkImportReport.Rejected report =
        (BulkImportReport.Rejected)
            importing(w.otherFacilitator, c, WorkshopBulkFile.spreadsheet().row(good("Atelier")));

    assertThat(report.errors())
        .extracting(RowError::line, RowError::code)
        .containsExactly(tuple(2, "participant.not-registered"));
  }
}
