package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.WorkshopRepository;

/** The contract of {@link WorkshopRepository}. */
public abstract class WorkshopRepositoryContract extends StoreContract {

  private static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");
  private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");
  private static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");
  private static final LocalDateTime EVENING = LocalDateTime.of(2017, 2, 20, 18, 0);

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();

  /** For subclasses. */
  protected WorkshopRepositoryContract() {}

  private WorkshopRepository repository() {
    return store().workshops();
  }

  @Test
  void anInsertedWorkshopIsFoundInItsConsultationOnlyWithItsZone() {
    Workshop workshop = Samples.workshop(cid, EVENING, NOUMEA);

    repository().insert(workshop);

    assertThat(repository().find(cid, workshop.id())).contains(workshop);
    assertThat(repository().find(cid, workshop.id()).orElseThrow().heldAt().getZone())
        .isEqualTo(NOUMEA);
    assertThat(repository().find(other, workshop.id())).isEmpty();
    assertThat(repository().find(cid, new WorkshopId(Samples.uuid()))).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredWorkshop() {
    Workshop workshop = Samples.workshop(cid, EVENING, Samples.PARIS);
    repository().insert(workshop);

    assertThatThrownBy(
            () -> repository().insert(Samples.workshop(cid, workshop.id(), EVENING, REUNION)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().list(cid)).containsExactly(workshop);
  }

  @Test
  void anUpdateReplacesTheWorkshop() {
    Workshop workshop = Samples.workshop(cid, EVENING, GUADELOUPE);
    repository().insert(workshop);
    Place place =
        new Place(
            "Médiathèque du Lamentin",
            "Rue Schœlcher",
            "971",
            new GeoPoint(16.27, -61.63),
            GUADELOUPE);
    Workshop moved =
        new Workshop(
            cid,
            workshop.id(),
            "Atelier du Lamentin",
            "Compte rendu",
            EVENING.plusDays(1).atZone(GUADELOUPE),
            place,
            workshop.organiser(),
            Set.of(ParticipantId.of("facilitator"), ParticipantId.of("second")),
            25,
            List.of(new ThemeId(Samples.uuid())),
            workshop.createdAt());

    repository().update(moved);

    assertThat(repository().find(cid, workshop.id())).contains(moved);
  }

  @Test
  void updatingAnAbsentWorkshopIsNotFound() {
    assertThatThrownBy(() -> repository().update(Samples.workshop(cid, EVENING, Samples.PARIS)))
        .isInstanceOf(NotFoundException.class);

    assertThat(repository().list(cid)).isEmpty();
  }

  @Test
  void workshopsAreListedByTheInstantTheyWereHeldThenId() {
    // 18:00 in Réunion (UTC+4) is 14:00Z; 18:00 in Paris (UTC+1) is 17:00Z;
    // 14:00 in Guadeloupe (UTC-4) is 18:00Z: local times would give another order.
    Workshop paris = Samples.workshop(cid, new WorkshopId(Samples.uuid(7)), EVENING, Samples.PARIS);
    Workshop guadeloupe =
        Samples.workshop(cid, new WorkshopId(Samples.uuid(1)), EVENING.withHour(14), GUADELOUPE);
    Workshop reunion = Samples.workshop(cid, new WorkshopId(Samples.uuid(9)), EVENING, REUNION);
    Workshop parisTie =
        Samples.workshop(cid, new WorkshopId(Samples.uuid(8)), EVENING, Samples.PARIS);
    repository().insert(guadeloupe);
    repository().insert(parisTie);
    repository().insert(paris);
    repository().insert(reunion);

    assertThat(repository().list(cid)).containsExactly(reunion, paris, parisTie, guadeloupe);
  }

  @Test
  void theListHoldsOnlyTheConsultationsWorkshopsAndIsAnImmutableSnapshot() {
    Workshop mine = Samples.workshop(cid, EVENING, Samples.PARIS);
    repository().insert(mine);
    repository().insert(Samples.workshop(other, EVENING, Samples.PARIS));
    List<Workshop> before = repository().list(cid);

    repository().insert(Samples.workshop(cid, EVENING.plusDays(1), Samples.PARIS));

    assertThat(before).containsExactly(mine);
    assertThatThrownBy(() -> before.add(mine)).isInstanceOf(UnsupportedOperationException.class);
  }
}
