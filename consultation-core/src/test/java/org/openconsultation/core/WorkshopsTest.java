package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/** Workshops and their collective contributions. */
class WorkshopsTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();
  private final ThemeId mobility = w.theme(c, "Mobilité");
  private final ThemeId housing = w.theme(c, "Logement");

  WorkshopsTest() {
    w.register(w.facilitator, c);
    w.register(w.otherFacilitator, c);
  }

  private RecordWorkshop record(String title, LocalDateTime heldAt, WorkshopPlace place) {
    return new RecordWorkshop(
        c, title, "", heldAt, place, 20, Set.of(w.facilitator.participant()), List.of(mobility));
  }

  @Test
  void aRecordedWorkshopIsHeldInItsPlacesTimeZoneAndOrganisedByWhoeverRecordedIt() {
    Workshop ws =
        engine
            .workshops()
            .record(
                w.otherFacilitator,
                record("Atelier", LocalDateTime.of(2026, 3, 5, 18, 0), TestWorld.place()));

    assertThat(ws.heldAt())
        .isEqualTo(ZonedDateTime.of(2026, 3, 5, 18, 0, 0, 0, TestWorld.GUADELOUPE));
    assertThat(ws.heldAt().toInstant().toString()).isEqualTo("2026-03-05T22:00:00Z");
    assertThat(ws.place())
        .isEqualTo(
            new Place(
                "Médiathèque",
                "1 rue Frébault, Pointe-à-Pitre",
                "971",
                new GeoPoint(16.2411, -61.5331),
                TestWorld.GUADELOUPE));
    assertThat(ws.organiser()).isEqualTo(w.otherFacilitator.participant());
    assertThat(ws.isRunBy(w.facilitator.participant())).isTrue();
    assertThat(ws.isRunBy(w.otherFacilitator.participant())).isTrue();
    assertThat(ws.isRunBy(w.alice.participant())).isFalse();
    assertThat(engine.workshops().get(w.visitor, c, ws.id())).isEqualTo(ws);
  }

  @Test
  void workshopsAreListedByDate() {
    Workshop late =
        engine
            .workshops()
            .record(
                w.organiser,
                record("Tard", LocalDateTime.of(2026, 3, 20, 18, 0), TestWorld.place()));
    Workshop early =
        engine
            .workshops()
            .record(
                w.organiser, record("Tôt", LocalDateTime.of(2026, 3, 4, 9, 0), TestWorld.place()));

    assertThat(engine.workshops().list(w.visitor, c))
        .extracting(Workshop::id)
        .containsExactly(early.id(), late.id());
  }

  @Test
  void theWorkshopsFacilitatorsAndOrganisersMayChangeIt() {
    Workshop ws = w.workshop(w.organiser, c, mobility);

    Workshop byFacilitator =
        engine
            .workshops()
            .update(
                w.facilitator,
                new UpdateWorkshop(
                    c,
                    ws.id(),
                    "Atelier revu",
                    "Compte rendu",
                    LocalDateTime.of(2026, 3, 5, 19, 0),
                    TestWorld.place(),
                    15,
                    Set.of(w.facilitator.participant(), w.otherFacilitator.participant()),
                    List.of(mobility, housing)));

    assertThat(byFacilitator.title()).isEqualTo("Atelier revu");
    assertThat(byFacilitator.organiser()).isEqualTo(w.organiser.participant());
    assertThat(byFacilitator.createdAt()).isEqualTo(ws.createdAt());
    assertThat(byFacilitator.attendeeCount()).isEqualTo(15);
    assertThat(byFacilitator.themes()).containsExactly(mobility, housing);
    assertThat(engine.workshops().get(w.visitor, c, ws.id())).isEqualTo(byFacilitator);
    // Now a facilitator of it, the other facilitator may change it too.
    assertThat(
            engine
                .workshops()
                .update(
                    w.otherFacilitator,
                    new UpdateWorkshop(
                        c,
                        ws.id(),
                        "Encore revu",
                        "",
                        LocalDateTime.of(2026, 3, 5, 19, 0),
                        TestWorld.place(),
                        15,
                        byFacilitator.facilitators(),
                        byFacilitator.themes()))
                .title())
        .isEqualTo("Encore revu");
  }

  @Test
  void aCollectiveContributionCarriesTheWorkshopsProvenancePlaceAndTerritory() {
    Workshop ws = w.workshop(w.organiser, c, mobility);

    Contribution all =
        engine
            .contributions()
            .submitCollective(
                w.facilitator,
                new SubmitCollectiveContribution(c, ws.id(), mobility, "Synthèse", "Texte", null));
    Contribution some =
        engine
            .contributions()
            .submitCollective(
                w.facilitator,
                new SubmitCollectiveContribution(c, ws.id(), housing, "Minorité", "Texte", 4));

    assertThat(all.kind()).isEqualTo(ContributionKind.COLLECTIVE);
    assertThat(all.provenance()).isEqualTo(new Provenance.Collective(ws.id(), 12));
    assertThat(some.provenance()).isEqualTo(new Provenance.Collective(ws.id(), 4));
    assertThat(all.location()).isEqualTo(ws.place().point());
    assertThat(all.territory()).isEqualTo("971");
    assertThat(all.author()).isEqualTo(w.facilitator.participant());
    assertThat(engine.workshops().contributions(w.visitor, c, ws.id()))
        .extracting(Contribution::id)
        .containsExactly(all.id(), some.id());
  }

  @Test
  void anOrganiserMaySubmitAWorkshopsCollectiveContribution() {
    Workshop ws = w.workshop(w.facilitator, c, mobility);
    w.register(w.organiser, c);

    Contribution x =
        engine
            .contributions()
            .submitCollective(
                w.organiser,
                new SubmitCollectiveContribution(c, ws.id(), mobility, "Synthèse", "Texte", null));

    assertThat(x.kind()).isEqualTo(ContributionKind.COLLECTIVE);
  }

  @Test
  void aCollectiveContributionCannotSpeakForMoreThanTheAttendees() {
    Workshop ws = w.workshop(w.organiser, c, mobility);

    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .contributions()
                    .submitCollective(
                        w.facilitator,
                        new SubmitCollectiveContribution(
                            c, ws.id(), mobility, "Trop", "Texte", 13)));

    assertThat(e.violations().get(0).code()).isEqualTo("workshop.attendees");
    assertThat(engine.workshops().contributions(w.organiser, c, ws.id())).isEmpty();
  }

  @Test
  void aWorkshopOnlyWorksOnThemesOfItsConsultation() {
    ConsultationId other = w.open();
    ThemeId foreign = w.theme(other, "Ailleurs");

    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .workshops()
                    .record(
                        w.facilitator,
                        new RecordWorkshop(
                            c,
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            TestWorld.place(),
                            5,
                            Set.of(),
                            List.of(foreign))));

    assertThat(e.violations().get(0).code()).isEqualTo("theme.unknown");
    assertThat(engine.workshops().list(w.organiser, c)).isEmpty();
  }

  @Test
  void anUnknownWorkshopIsNotFound() {
    NotFoundException e =
        Failures.thrown(
            NotFoundException.class,
            () -> engine.workshops().get(w.visitor, c, new WorkshopId(UUID.randomUUID())));
    assertThat(e.code()).isEqualTo("workshop.not-found");
  }

  @Test
  void workshopsNeedTheWorkshopsFeature() {
    ConsultationId none =
        w.open(
            ConsultationSettings.defaults()
                .withFeatures(EnumSet.complementOf(EnumSet.of(Feature.WORKSHOPS))));
    ThemeId t = w.theme(none, "Mobilité");

    ForbiddenException e =
        Failures.thrown(ForbiddenException.class, () -> w.workshop(w.facilitator, none, t));

    assertThat(e.code()).isEqualTo("feature.disabled");
  }
}
